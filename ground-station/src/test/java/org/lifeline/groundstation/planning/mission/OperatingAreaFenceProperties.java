package org.lifeline.groundstation.planning.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.airspace.DropPoint;
import org.lifeline.groundstation.planning.fence.FenceShape;
import org.lifeline.groundstation.planning.fence.FenceZone;
import org.lifeline.groundstation.planning.vehicle.TestVehicles;
import org.lifeline.groundstation.planning.vehicle.VehicleFileReader;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;
import org.lifeline.plan.FencePolygon;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * The fence step never refuses a route the route step accepted, whatever the operating area:
 * holes (a reservoir, a prison) and several parts (a MultiPolygon) included, for any margin and
 * any fence clearance. Either the planner finds no route (and says so), or the plan has a fence
 * whose inclusion is the outer ring of the part flown in, whose exclusions include every hole
 * of that part, and which keeps the track inside the inclusion and out of every exclusion.
 */
class OperatingAreaFenceProperties {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    @Property(tries = 60)
    void aRouteTheRouteStepAcceptsIsNeverRefusedByTheFenceStep(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 2) int parts,
            @ForAll @DoubleRange(min = 0.5, max = 60) double margin,
            @ForAll @DoubleRange(min = 0, max = 40) double fenceClearance) throws Exception {
        Airspace airspace = RandomAirspaces.of(seed, parts);
        VehicleProfile vehicle = vehicle(fenceClearance);
        DeliveryPlanner planner = new DeliveryPlanner(airspace, vehicle, new AirspaceLegRouter(airspace, vehicle, margin),
                DeliveryPlanner.projectionFor(airspace));
        List<String> drops = airspace.dropPoints().stream().map(DropPoint::id).toList();
        DeliveryPlan plan;
        try {
            plan = planner.plan(new DeliveryRequest("launch", drops, margin, OptionalDouble.empty(), List.of(), Landing.LAND));
        } catch (PlanningException e) {
            assertThat(e.reason()).as(e.getMessage()).isEqualTo(PlanningException.Reason.NO_ROUTE);
            Statistics.label("outcome").collect("no route");
            return;
        }
        Statistics.label("outcome").collect(parts == 1 ? "planned" : "planned in a MultiPolygon");
        Geometry track = track(plan);
        Polygon part = partFlownIn(plan, track);
        Statistics.label("holes in the part flown").collect(part.getNumInteriorRing() > 0 ? "some" : "none");
        FenceShape inclusion = plan.fence().inclusion().orElseThrow().shape();
        assertThat(inclusion.covers(track)).isTrue();
        List<FenceZone> holes = plan.fence().exclusions().stream().filter(z -> z.id().startsWith("operating-area hole")).toList();
        assertThat(holes).hasSize(part.getNumInteriorRing());
        for (FenceZone z : plan.fence().exclusions()) {
            assertThat(z.shape().distance(track)).as(z.id()).isGreaterThan(0);
        }
        for (int h = 0; h < part.getNumInteriorRing(); h++) {
            Polygon hole = GEOMETRY.createPolygon(part.getInteriorRingN(h).getCoordinates());
            assertThat(holes).anySatisfy(z -> assertThat(z.shape().covers(hole)).isTrue());
        }
        assertThat(plan.geofence().polygons()).filteredOn(FencePolygon::inclusion).hasSize(1);
    }

    private static VehicleProfile vehicle(double fenceClearance) throws Exception {
        String json = TestVehicles.quadJson()
                .replace("\"batteryWh\": 400", "\"batteryWh\": 100000")
                .replace("\"fenceVertexBudget\": 60", "\"fenceVertexBudget\": 10000, \"fenceClearance\": " + fenceClearance);
        return VehicleFileReader.parse("big.vehicle.json", json);
    }

    private static Geometry track(DeliveryPlan plan) {
        return GEOMETRY.buildGeometry(plan.route().legs().stream()
                .map(l -> (Geometry) GEOMETRY.createLineString(l.points().stream().map(plan.projection()::toLocal)
                        .toArray(Coordinate[]::new))).toList());
    }

    private static Polygon partFlownIn(DeliveryPlan plan, Geometry track) {
        Geometry area = plan.projection().toLocal(plan.airspace().operatingArea().area());
        for (int i = 0; i < area.getNumGeometries(); i++) {
            if (area.getGeometryN(i).covers(track)) {
                return (Polygon) area.getGeometryN(i);
            }
        }
        throw new AssertionError("the track leaves every part of the operating area");
    }
}
