package org.lifeline.agent.fc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lifeline.agent.fc.FakeAutopilot.heartbeat;
import static org.lifeline.agent.fc.FakeAutopilot.position;

import java.time.Duration;

import io.dronefleet.mavlink.common.DistanceSensor;
import io.dronefleet.mavlink.common.MavDistanceSensor;
import io.dronefleet.mavlink.common.MavSensorOrientation;
import io.dronefleet.mavlink.common.TerrainReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.agent.release.AltitudeFrame;
import org.lifeline.time.ManualScheduler;

/** The height above terrain the tracker reports, for drops whose altitude is above terrain. */
class TerrainHeightTest {

    private final ManualScheduler clock = new ManualScheduler();
    private final FakeAutopilot fc = new FakeAutopilot();
    private FlightControllerTracker tracker;

    @BeforeEach
    void start() {
        tracker = new FlightControllerTracker(fc, clock, TrackerOptions.defaults(1));
        tracker.start();
        fc.deliver(heartbeat(true, 3));
        fc.deliver(position(34.06, 114.40, 30, 0));
    }

    private static TerrainReport terrain(int spacing, float currentHeight) {
        return TerrainReport.builder().lat(340600000).lon(1144000000).spacing(spacing).terrainHeight(55f)
                .currentHeight(currentHeight).pending(0).loaded(504).build();
    }

    private static DistanceSensor rangefinder(int cm, MavSensorOrientation orientation) {
        return DistanceSensor.builder().minDistance(20).maxDistance(4000).currentDistance(cm)
                .type(MavDistanceSensor.MAV_DISTANCE_SENSOR_LASER).id(0).orientation(orientation).covariance(0).build();
    }

    private double height() {
        return tracker.state().snapshot().altitude(AltitudeFrame.TERRAIN);
    }

    @Test
    void unknownUntilTheAutopilotReportsIt() {
        assertThat(height()).isNaN();
        assertThat(tracker.state().snapshot().altitude(AltitudeFrame.MEAN_SEA_LEVEL)).isEqualTo(78.0);
        assertThat(tracker.state().snapshot().altitude(AltitudeFrame.HOME)).isEqualTo(30.0);
    }

    @Test
    void theAutopilotsTerrainReportGivesTheHeightAboveTerrain() {
        fc.deliver(terrain(100, 27.5f));
        assertThat(height()).isEqualTo(27.5);
    }

    @Test
    void aTerrainReportWithoutTerrainDataSaysNothing() {
        fc.deliver(terrain(0, 0f));
        assertThat(height()).isNaN();
    }

    @Test
    void aDownwardRangefinderInItsRangeIsTheFallback() {
        fc.deliver(rangefinder(1240, MavSensorOrientation.MAV_SENSOR_ROTATION_NONE));
        assertThat(height()).as("a forward-looking sensor is not a height").isNaN();
        fc.deliver(rangefinder(9000, MavSensorOrientation.MAV_SENSOR_ROTATION_PITCH_270));
        assertThat(height()).as("beyond its maximum range").isNaN();
        fc.deliver(rangefinder(1240, MavSensorOrientation.MAV_SENSOR_ROTATION_PITCH_270));
        assertThat(height()).isEqualTo(12.4);
    }

    @Test
    void theTerrainReportWinsOverTheRangefinderWhileBothAreFresh() {
        fc.deliver(rangefinder(1240, MavSensorOrientation.MAV_SENSOR_ROTATION_PITCH_270));
        fc.deliver(terrain(100, 27.5f));
        assertThat(height()).isEqualTo(27.5);
    }

    @Test
    void aStaleReportCountsAsNone() {
        fc.deliver(terrain(100, 27.5f));
        clock.advance(Duration.ofSeconds(3));
        fc.deliver(heartbeat(true, 3));
        fc.deliver(position(34.06, 114.40, 30, 0));
        assertThat(height()).isNaN();
    }
}
