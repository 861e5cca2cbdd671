package org.lifeline.groundstation.logs.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.plan.FenceCircle;
import org.lifeline.plan.FlightPlan;
import org.lifeline.plan.GeoPoint;
import org.lifeline.plan.Geofence;

/**
 * The report's geofence margin over {@link DeliveryFixture}'s track, which runs 3 m east of the
 * leg from home to 200 m north: the smallest margin of any sample to the fence. The fixture lays
 * its metres out on a sphere; measured on the ellipsoid they are 0.2 % longer east-west and
 * 0.25 % shorter north-south at its latitude, hence the tolerances.
 */
class FenceMarginReportTest {

    private static FlightRecord flight;

    @BeforeAll
    static void readTheFixture(@TempDir Path tmp) throws Exception {
        flight = DeliveryFixture.flight(tmp);
    }

    private static Check fenceCheck(Geofence fence) {
        FlightPlan base = FixturePlan.plan();
        FlightPlan plan = new FlightPlan(base.plannedHome(), base.mission(), fence, List.of());
        SortieReport r = new SortieAnalysis(Thresholds.defaults()).analyse(flight, SortieInputs.of(Optional.of(plan), "fence.plan"));
        return r.checks().stream().filter(c -> c.name().equals("Geofence margin")).findFirst().orElseThrow();
    }

    @Test
    void theMarginIsTheClosestApproachToTheFence() {
        // the fixture's fence is 50 m around the leg; the track is 3 m east of it: 47 m from the east edge
        assertThat(SortieAnalysis.fenceMargin(flight, FixturePlan.plan().fence())).isCloseTo(47, within(0.2));
        assertThat(fenceCheck(FixturePlan.plan().fence()).status()).isEqualTo(Check.Status.PASS);
    }

    @Test
    void aTrackThatLeavesACircleFailsAsABreach() {
        // a 150 m circle around home: the leg runs to 200 m north, so it leaves the circle by about 50 m
        Geofence circle = new Geofence(List.of(), List.of(new FenceCircle(true,
                new GeoPoint(DeliveryFixture.HOME_LAT, DeliveryFixture.HOME_LON, 0), 150)));

        assertThat(SortieAnalysis.fenceMargin(flight, circle)).isCloseTo(-50, within(1.0));
        Check c = fenceCheck(circle);
        assertThat(c.status()).isEqualTo(Check.Status.FAIL);
        assertThat(c.value()).contains("(BREACH)");
    }
}
