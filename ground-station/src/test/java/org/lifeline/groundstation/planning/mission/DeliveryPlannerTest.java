package org.lifeline.groundstation.planning.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.planning.fence.FenceShape;
import org.lifeline.groundstation.planning.vehicle.VehicleFileReader;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MissionItem;
import org.lifeline.plan.FencePolygon;

class DeliveryPlannerTest {

    private final Airspace airspace = SampleAirspace.read();
    private final VehicleProfile quad = vehicle(SampleAirspace.VEHICLE.toString());

    private static VehicleProfile vehicle(String path) {
        try {
            return VehicleFileReader.read(java.nio.file.Path.of(path));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private DeliveryPlan plan(VehicleProfile v, String launch, String... drops) throws PlanningException {
        DeliveryPlanner planner = new DeliveryPlanner(airspace, v, SampleAirspace.straight(),
                DeliveryPlanner.projectionFor(airspace));
        return planner.plan(new DeliveryRequest(launch, List.of(drops), 30, OptionalDouble.of(1.5), List.of(), Landing.LAND));
    }

    @Test
    void singleDropPlanHasMissionFenceRallyAndEnergy() throws Exception {
        DeliveryPlan p = plan(quad, "launch-fire", "dp-elderly-home");
        assertThat(p.mission().releaseSequences()).hasSize(1);
        MissionItem descend = p.mission().items().get(p.mission().releaseSequences().get(0) - 1);
        assertThat(descend.z()).as("the drop point's own dropAltitude").isEqualTo(10f);
        assertThat(p.energy().remainingPercent()).isGreaterThan(25);
        assertThat(p.rally()).hasSize(2);
        assertThat(p.geofence().polygons()).filteredOn(FencePolygon::inclusion).hasSize(1);
        assertThat(p.fence().cost()).isLessThanOrEqualTo(quad.fenceVertexBudget());
        assertThat(p.fence().exclusions()).extracting(z -> z.id())
                .contains("nf-hospital", "nf-substation", "nf-offices");
        FenceShape substation = p.fence().exclusions().stream().filter(z -> z.id().equals("nf-substation"))
                .findFirst().orElseThrow().shape();
        assertThat(substation.covers(p.projection().toLocal(airspace.zone("nf-substation").orElseThrow().area()))).isTrue();
        assertThat(p.clearance().zoneId()).isNotEmpty();
        assertThat(p.clearance().metres()).isGreaterThan(30);
        assertThat(p.flightPlan().mission()).hasSize(p.mission().items().size() - 1);
    }

    @Test
    void legCrossingASealedZoneClimbsToItsMinimumOverflightAltitude() throws Exception {
        DeliveryPlan p = plan(quad, "launch-fire", "dp-elderly-home", "dp-dongcheng");
        RouteLeg crossing = p.route().legs().get(1);
        assertThat(crossing.name()).isEqualTo("dp-elderly-home → dp-dongcheng");
        assertThat(crossing.altitudes().highest()).isEqualTo(80.0);
        assertThat(p.route().legs().get(0).altitudes().highest()).isEqualTo(50.0);
        assertThat(p.mission().releaseSequences()).hasSize(2);
        // the approach over the second drop stays at the overflight altitude until over the point
        int release = p.mission().releaseSequences().get(1);
        assertThat(p.mission().items().get(release - 2).z()).isEqualTo(80f);
    }

    @Test
    void routeCuttingAClosedNoFlyZoneIsRefused() {
        assertThatThrownBy(() -> plan(quad, "launch-fire", "dp-xicheng-gate"))
                .isInstanceOfSatisfying(PlanningException.class,
                        e -> assertThat(e.reason()).isEqualTo(PlanningException.Reason.UNSAFE_ROUTE))
                .hasMessageContaining("enters no-fly zone nf-offices");
    }

    @Test
    void unknownDropPointListsTheKnownOnes() {
        assertThatThrownBy(() -> plan(quad, "launch-fire", "dp-nowhere"))
                .isInstanceOfSatisfying(PlanningException.class,
                        e -> assertThat(e.reason()).isEqualTo(PlanningException.Reason.BAD_INPUT))
                .hasMessageStartingWith("unknown drop point 'dp-nowhere'; the airspace has dp-jianshe-b3, dp-jianshe-b7");
    }

    @Test
    void tourBeyondTheBatteryIsRefusedWithTheShortfall() throws Exception {
        VehicleProfile small = VehicleFileReader.parse("small.json", java.nio.file.Files.readString(SampleAirspace.VEHICLE)
                .replace("\"batteryWh\": 710", "\"batteryWh\": 360"));
        assertThatThrownBy(() -> plan(small, "launch-fire", "dp-elderly-home", "dp-dongcheng"))
                .isInstanceOfSatisfying(PlanningException.class,
                        e -> assertThat(e.reason()).isEqualTo(PlanningException.Reason.ENERGY))
                .hasMessageContaining("below the 25 % reserve of 90.0 Wh");
    }

    @Test
    void tooHeavyParcelIsBadInput() {
        DeliveryPlanner planner = new DeliveryPlanner(airspace, quad, SampleAirspace.straight(),
                DeliveryPlanner.projectionFor(airspace));
        assertThatThrownBy(() -> planner.plan(new DeliveryRequest("launch-fire", List.of("dp-elderly-home"), 30,
                OptionalDouble.of(2.5), List.of(), Landing.LAND)))
                .hasMessage("payload 2.50 kg is over the vehicle's maximum of 2.00 kg");
    }

    @Test
    void landingEndsTheMissionOverTheLaunchSite() throws Exception {
        DeliveryPlan p = plan(quad, "launch-fire", "dp-elderly-home");
        List<MissionItem> items = p.mission().items();
        MissionItem last = items.get(items.size() - 1);
        assertThat(last.command()).isEqualTo(MavCmd.NAV_LAND);
        assertThat(last.latitude()).isEqualTo(34.0655);
    }

    @Test
    void schoolWithALowCeilingIsOverflownAboveItAndLeftOutOfTheFence() throws Exception {
        DeliveryPlanner planner = new DeliveryPlanner(airspace, quad,
                new AirspaceLegRouter(airspace, quad, 30),
                DeliveryPlanner.projectionFor(airspace));
        DeliveryPlan p = planner.plan(new DeliveryRequest("launch-west", List.of("dp-jianshe-b3"), 30,
                OptionalDouble.empty(), List.of(), Landing.LAND));
        var school = p.projection().toLocal(airspace.zone("nf-school-1").orElseThrow().area());
        RouteLeg out = p.route().legs().get(0);
        var line = new org.locationtech.jts.geom.GeometryFactory().createLineString(
                out.points().stream().map(p.projection()::toLocal).toArray(org.locationtech.jts.geom.Coordinate[]::new));
        assertThat(line.intersects(school)).as("the shortest route crosses the school").isTrue();
        assertThat(out.altitudes().segmentAltitudes()).allSatisfy(a -> assertThat(a).isGreaterThanOrEqualTo(40 + 10.0));
        assertThat(p.fence().exclusions()).extracting(z -> z.id()).doesNotContain("nf-school-1").contains("nf-offices");
        assertThat(p.clearance().zoneId()).isEqualTo("nf-offices");
        assertThat(p.clearance().metres()).isGreaterThanOrEqualTo(30 - 0.5);
    }

    @Test
    void rallySpotInsideANoFlyZoneIsRefused() {
        DeliveryPlanner planner = new DeliveryPlanner(airspace, quad, SampleAirspace.straight(),
                DeliveryPlanner.projectionFor(airspace));
        assertThatThrownBy(() -> planner.plan(new DeliveryRequest("launch-fire", List.of("dp-elderly-home"), 30,
                OptionalDouble.empty(), List.of(org.lifeline.plan.GeoPoint.of(34.0720, 114.3925)), Landing.LAND)))
                .hasMessage("rally point 34.072000,114.392500 is inside no-fly zone nf-hospital");
    }
}
