package org.lifeline.simulator.vehicle;

import static org.assertj.core.api.Assertions.assertThat;

import io.dronefleet.mavlink.minimal.Heartbeat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionType;
import org.lifeline.simulator.flight.Wind;

class FailsafeTest {

    /** An inclusion square 500 m on a side around home that the mission's third leg leaves. */
    private static List<MissionItem> fenceSquare(double half) {
        List<MissionItem> items = new ArrayList<>();
        double[][] corners = {{-half, -half}, {half, -half}, {half, half}, {-half, half}};
        for (double[] c : corners) {
            items.add(Fixture.at(MavCmd.NAV_FENCE_POLYGON_VERTEX_INCLUSION, c[0], c[1], 0, 4));
        }
        return items;
    }

    @Test
    void leavingTheInclusionFenceTriggersRtlWithAStatusText() {
        Fixture f = new Fixture();
        assertThat(f.gcs.uploadAndWait(MissionType.FENCE, fenceSquare(250))).isEqualTo(Peer.accepted());
        assertThat(f.gcs.uploadAndWait(MissionType.MISSION, Fixture.deliveryMission())).isEqualTo(Peer.accepted());
        f.armAndStart();
        boolean rtl = f.clock.runUntil(() -> f.vehicle.state().mode() == CopterMode.RTL, Duration.ofMinutes(5));
        assertThat(rtl).isTrue();
        VehicleState s = f.vehicle.state();
        double north = Fixture.FRAME.north(s.latitude());
        double east = Fixture.FRAME.east(s.longitude());
        assertThat(Math.max(Math.abs(north), Math.abs(east))).isBetween(250.0, 253.0);
        f.clock.runFor(Duration.ofMillis(1100));
        assertThat(f.gcs.texts()).contains("Fence Breached: inclusion polygon");
        assertThat(f.gcs.last(Heartbeat.class).orElseThrow().customMode()).isEqualTo(CopterMode.RTL.number());
        assertThat(f.clock.runUntil(() -> !f.vehicle.state().armed(), Duration.ofMinutes(5))).isTrue();
        VehicleState end = f.vehicle.state();
        assertThat(Math.hypot(Fixture.FRAME.north(end.latitude()), Fixture.FRAME.east(end.longitude()))).isLessThan(2.5);
        assertThat(f.vehicle.statusTexts()).doesNotContain("Gripper load released");
    }

    @Test
    void enteringAnExclusionCircleTriggersRtl() {
        Fixture f = new Fixture();
        MissionItem circle = Fixture.at(MavCmd.NAV_FENCE_CIRCLE_EXCLUSION, 75, 50, 0, 20);
        assertThat(f.gcs.uploadAndWait(MissionType.FENCE, List.of(circle))).isEqualTo(Peer.accepted());
        f.gcs.uploadAndWait(MissionType.MISSION, Fixture.deliveryMission());
        f.armAndStart();
        assertThat(f.clock.runUntil(() -> f.vehicle.state().mode() == CopterMode.RTL, Duration.ofMinutes(3))).isTrue();
        assertThat(f.vehicle.statusTexts()).contains("Fence Breached: exclusion circle");
    }

    @Test
    void lowBatteryTriggersRtlWithArduPilotsMessage() {
        // ArduPilot ships the battery failsafe off; an operator turns it on (RTL at 4400 mAh left of 5000)
        Fixture f = new Fixture(SimulatedVehicle.builder().batteryCapacityMah(5000).parameter("BATT_LOW_MAH", 4400)
                .parameter("BATT_FS_LOW_ACT", 2));
        f.gcs.uploadAndWait(MissionType.MISSION, Fixture.deliveryMission());
        f.armAndStart();
        assertThat(f.clock.runUntil(() -> f.vehicle.state().mode() == CopterMode.RTL, Duration.ofMinutes(10))).isTrue();
        assertThat(f.vehicle.statusTexts()).anyMatch(t -> t.startsWith("Battery 1 is low"));
        assertThat(f.vehicle.state().usedMah()).isBetween(599.0, 605.0);
        assertThat(f.clock.runUntil(() -> !f.vehicle.state().armed(), Duration.ofMinutes(10))).isTrue();
    }

    @Test
    void losingTheGroundStationHeartbeatTriggersRtlWhenTheFailsafeIsEnabled() {
        Fixture f = new Fixture(SimulatedVehicle.builder().parameter("FS_GCS_ENABLE", 1));
        f.gcs.uploadAndWait(MissionType.MISSION, Fixture.deliveryMission());
        f.armAndStart();
        f.clock.runFor(Duration.ofSeconds(40));
        assertThat(f.vehicle.state().mode()).isEqualTo(CopterMode.AUTO);
        f.gcs.heartbeats(false);
        f.clock.runFor(Duration.ofSeconds(4));
        assertThat(f.vehicle.state().mode()).isEqualTo(CopterMode.AUTO);
        f.clock.runFor(Duration.ofSeconds(3));
        assertThat(f.vehicle.state().mode()).isEqualTo(CopterMode.RTL);
        assertThat(f.vehicle.statusTexts()).contains("GCS Failsafe");
        f.gcs.heartbeats(true);
        f.clock.runFor(Duration.ofSeconds(2));
        assertThat(f.vehicle.statusTexts()).contains("GCS Failsafe Cleared");
        assertThat(f.vehicle.state().mode()).isEqualTo(CopterMode.RTL);
    }

    @Test
    void theCompanionsHeartbeatDoesNotKeepTheGcsFailsafeQuiet() {
        Fixture f = new Fixture(SimulatedVehicle.builder().parameter("FS_GCS_ENABLE", 1));
        f.gcs.uploadAndWait(MissionType.MISSION, Fixture.deliveryMission());
        f.armAndStart();
        f.companion.heartbeats(true);
        f.clock.runFor(Duration.ofSeconds(30));
        f.gcs.heartbeats(false);
        f.clock.runFor(Duration.ofSeconds(7));
        assertThat(f.vehicle.state().mode()).isEqualTo(CopterMode.RTL);
    }

    @Test
    void withArduCoptersDefaultTheGcsFailsafeIsOffAndTheMissionContinues() {
        Fixture f = new Fixture();
        f.gcs.uploadAndWait(MissionType.MISSION, Fixture.deliveryMission());
        f.armAndStart();
        f.clock.runFor(Duration.ofSeconds(30));
        f.gcs.heartbeats(false);
        f.clock.runFor(Duration.ofSeconds(20));
        assertThat(f.vehicle.state().mode()).isEqualTo(CopterMode.AUTO);
        assertThat(f.vehicle.statusTexts()).doesNotContain("GCS Failsafe");
    }

    @Test
    void theSameSeedFliesTheSameTrajectoryAndAnotherSeedDoesNot() {
        List<double[]> a = trajectory(7);
        List<double[]> b = trajectory(7);
        List<double[]> c = trajectory(8);
        assertThat(a).hasSameSizeAs(b);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i)).containsExactly(b.get(i));
        }
        assertThat(a.get(a.size() / 2)).isNotEqualTo(c.get(c.size() / 2));
    }

    private static List<double[]> trajectory(long seed) {
        Fixture f = new Fixture(SimulatedVehicle.builder().seed(seed).wind(new Wind(6, 250, 2, 4)));
        f.gcs.uploadAndWait(MissionType.MISSION, Fixture.deliveryMission());
        f.armAndStart();
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            f.clock.runFor(Duration.ofSeconds(1));
            VehicleState s = f.vehicle.state();
            points.add(new double[] {s.latitude(), s.longitude(), s.relativeAltitude(), s.batteryVoltage()});
        }
        return points;
    }
}
