package org.lifeline.groundstation.planning.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.airspace.AirspaceProblem;
import org.lifeline.groundstation.airspace.AirspaceReader;
import org.lifeline.groundstation.airspace.LeftOut;
import org.lifeline.groundstation.planning.fence.FenceZone;
import org.lifeline.groundstation.planning.route.AirspaceRoutePlanner;
import org.lifeline.groundstation.planning.route.RouteOptions;
import org.lifeline.groundstation.planning.vehicle.VehicleFileReader;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;
import org.lifeline.plan.FencePolygon;
import org.lifeline.plan.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Airspace files as a county draws them (GeoJSON in {@code src/test/resources/airspace}), and
 * what planning makes of them. {@code county.geojson}: an operating area with a reservoir (a
 * hole), a drop point on a hospital's roof, a launch site in the next county, a no-fly zone
 * whose ring does not close, two drop points sharing an id, a quarantine zone without
 * destinations and one with, and a courtyard closed in by two overlapping blocks.
 */
class AirspaceAsOperatorsWriteItTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private final Airspace county = read("county.geojson");
    private final VehicleProfile quad = quad();

    private static Airspace read(String name) {
        try {
            return AirspaceReader.read(Path.of(AirspaceAsOperatorsWriteItTest.class.getResource("/airspace/" + name).toURI()));
        } catch (URISyntaxException | java.io.IOException | org.lifeline.groundstation.airspace.AirspaceException e) {
            throw new IllegalStateException(e);
        }
    }

    private static VehicleProfile quad() {
        try {
            return VehicleFileReader.read(SampleAirspace.VEHICLE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private DeliveryPlan plan(Airspace airspace, String launch, String... drops) throws PlanningException {
        return new DeliveryPlanner(airspace, quad, new AirspaceLegRouter(airspace, quad, 30),
                DeliveryPlanner.projectionFor(airspace))
                .plan(new DeliveryRequest(launch, List.of(drops), 30, OptionalDouble.empty(), List.of(), Landing.LAND));
    }

    @Test
    void routeAcrossAnOperatingAreaWithAHoleGoesAroundItAndTheFenceExcludesTheHole() throws Exception {
        DeliveryPlan p = plan(county, "depot", "dp-east");

        Polygon reservoir = (Polygon) GEOMETRY.createPolygon(((Polygon) p.projection().toLocal(
                county.operatingArea().area())).getInteriorRingN(0).getCoordinates());
        assertThat(track(p).distance(reservoir)).isGreaterThanOrEqualTo(30);
        assertThat(p.fence().exclusions()).extracting(FenceZone::id).contains("operating-area hole 1");
        assertThat(p.fence().exclusions().stream().filter(z -> z.id().equals("operating-area hole 1")).findFirst()
                .orElseThrow().shape().covers(reservoir)).isTrue();
        assertThat(p.geofence().polygons()).filteredOn(FencePolygon::inclusion).hasSize(1);
    }

    @Test
    void aMultiPolygonOperatingAreaIsFencedByThePartFlownInWithItsHoles() throws Exception {
        Airspace towns = read("two-towns.geojson");

        DeliveryPlan east = plan(towns, "east-pad", "dp-east");

        assertThat(east.geofence().polygons()).filteredOn(FencePolygon::inclusion).singleElement()
                .satisfies(inclusion -> assertThat(inclusion.vertices()).allSatisfy(
                        v -> assertThat(v.longitude()).isGreaterThanOrEqualTo(114.41 - 1e-9)));
        assertThat(east.fence().exclusions()).extracting(FenceZone::id).containsExactly("operating-area hole 1");
        assertThat(east.rally()).hasSize(1);
        assertThat(plan(towns, "west-pad", "dp-west").fence().exclusions()).extracting(FenceZone::id)
                .containsExactly("nf-mill");
        assertThatThrownBy(() -> plan(towns, "west-pad", "dp-east"))
                .isInstanceOfSatisfying(PlanningException.class,
                        e -> assertThat(e.reason()).isEqualTo(PlanningException.Reason.NO_ROUTE))
                .hasMessageContaining("unreachable");
    }

    @Test
    void everyProblemIsReportedWithItsIndexIdAndWhatWasExpected() {
        assertThat(county.problems()).extracting(AirspaceProblem::toString).containsExactly(
                "county.geojson: features[4] (id \"nf-yard\"): geometry.coordinates[0]: ring is not closed: last position"
                        + " 34.0071, 114.3811 differs from the first 34.0070, 114.3810; expected the first position repeated"
                        + " at the end; kept as a no-fly zone at every altitude and time, over the convex hull of its positions",
                "county.geojson: features[15] (id \"dp-dup\"): properties.id: duplicate id, already used by features[14];"
                        + " expected unique ids; left out",
                "county.geojson: features[14] (id \"dp-dup\"): properties.id: its id is also used by features[15];"
                        + " expected unique ids; left out",
                "county.geojson: features[8] (id \"launch-far\"): geometry: launch-far lies outside the operating area area"
                        + " (County) (at 34.0000, 114.4500); expected a launch site inside the operating area; left out",
                "county.geojson: features[11] (id \"dp-x\"): geometry: dp-x lies inside no-fly zone nf-hospital"
                        + " (County People's Hospital) (at 34.0075, 114.3880); expected a drop point outside every no-fly zone;"
                        + " left out",
                "county.geojson: features[13] (id \"dp-yard\"): geometry: dp-yard lies inside no-fly zone nf-yard"
                        + " (Depot yard, kept closed for a problem in features[4]) (at 34.0080, 114.3820); expected a drop point outside every no-fly zone; left out",
                "county.geojson: features[18] (id \"dp-listed-no\"): geometry: dp-listed-no lies inside quarantine zone"
                        + " q-listed (Hill estate), which accepts parcels only at dp-listed-ok (at 34.0060, 114.4170);"
                        + " expected the zone to list it in destinations (or to list none, accepting every drop point inside);"
                        + " left out");
        assertThat(county.leftOut()).extracting(LeftOut::id)
                .containsExactlyInAnyOrder("dp-dup", "dp-dup", "launch-far", "dp-x", "dp-yard", "dp-listed-no");
    }

    @Test
    void aPlanNamingALeftOutDropPointIsRefusedWithThatPointsOwnReason() {
        assertThatThrownBy(() -> plan(county, "depot", "dp-east", "dp-x"))
                .isInstanceOfSatisfying(PlanningException.class,
                        e -> assertThat(e.reason()).isEqualTo(PlanningException.Reason.BAD_INPUT))
                .hasMessage("drop point dp-x was left out of the airspace:"
                        + " dp-x lies inside no-fly zone nf-hospital (County People's Hospital)");
        assertThatThrownBy(() -> plan(county, "depot", "dp-dup"))
                .hasMessageContaining("drop point dp-dup was left out of the airspace:")
                .hasMessageContaining("expected unique ids");
        assertThatThrownBy(() -> plan(county, "launch-far", "dp-east"))
                .hasMessage("launch site launch-far was left out of the airspace:"
                        + " launch-far lies outside the operating area area (County)");
    }

    @Test
    void aZoneThatDoesNotCloseIsKeptClosedSoTheRouteStillGoesAroundIt() throws Exception {
        Geometry yard = county.zone("nf-yard").orElseThrow().area();
        assertThat(yard.covers(GEOMETRY.createPoint(new Coordinate(114.382, 34.008)))).isTrue();

        DeliveryPlan p = plan(county, "depot", "dp-east");

        assertThat(p.mission().releaseSequences()).hasSize(1);
    }

    @Test
    void aQuarantineZoneWithoutDestinationsAcceptsEveryDropPointInsideIt() throws Exception {
        assertThat(county.quarantineZone("q-estate").destinations()).isEmpty();

        DeliveryPlan p = plan(county, "depot", "dp-estate");

        assertThat(p.mission().releaseSequences()).hasSize(1);
    }

    @Test
    void aQuarantineZoneWithDestinationsAcceptsOnlyThoseListed() throws Exception {
        assertThat(plan(county, "depot", "dp-listed-ok").mission().releaseSequences()).hasSize(1);
        assertThatThrownBy(() -> plan(county, "depot", "dp-listed-no"))
                .hasMessage("drop point dp-listed-no was left out of the airspace: dp-listed-no lies inside quarantine zone"
                        + " q-listed (Hill estate), which accepts parcels only at dp-listed-ok");
    }

    @Test
    void aCourtyardClosedInByOverlappingZonesIsUnreachableAndTheZonesAreNamed() {
        assertThatThrownBy(() -> plan(county, "depot", "dp-courtyard"))
                .isInstanceOfSatisfying(PlanningException.class,
                        e -> assertThat(e.reason()).isEqualTo(PlanningException.Reason.NO_ROUTE))
                .hasMessage("no route depot → dp-courtyard: drop point dp-courtyard is unreachable with the 30 m margin: it is closed in by"
                        + " no-fly zones nf-block-a (Block A) and nf-block-b (Block B)");
    }

    @Test
    void aLaunchSiteClosedInByOverlappingZonesIsUnreachableToo() {
        assertThatThrownBy(() -> plan(county, "launch-courtyard", "dp-east"))
                .isInstanceOfSatisfying(PlanningException.class,
                        e -> assertThat(e.reason()).isEqualTo(PlanningException.Reason.NO_ROUTE))
                .hasMessageEndingWith("launch site launch-courtyard is unreachable with the 30 m margin: it is closed in by"
                        + " no-fly zones nf-block-a (Block A) and nf-block-b (Block B)");
    }

    @Test
    void whetherADropPointIsUsableCanBeAskedBeforePlanning() {
        assertThat(county.dropPointRefusal("dp-east")).isEmpty();
        assertThat(county.dropPointRefusal("dp-x")).hasValue("drop point dp-x was left out of the airspace:"
                + " dp-x lies inside no-fly zone nf-hospital (County People's Hospital)");
        assertThat(county.dropPointRefusal("dp-nowhere")).get().asString().startsWith("unknown drop point 'dp-nowhere'");
        assertThat(county.dropRefusalAt(GeoPoint.of(34.0075, 114.388))).hasValue(
                "the drop point at 34.0075, 114.3880 lies inside no-fly zone nf-hospital (County People's Hospital)");
        assertThat(county.dropRefusalAt(GeoPoint.of(34.006, 114.415))).get().asString()
                .contains("inside quarantine zone q-listed (Hill estate), which accepts parcels only at dp-listed-ok");
        assertThat(county.dropRefusalAt(GeoPoint.of(33.993, 114.389))).isEmpty();
        assertThat(county.dropRefusalAt(GeoPoint.of(34.05, 114.40))).get().asString().contains("outside the operating area");
    }

    @Test
    void whetherADropPointCanBeReachedFromALaunchSiteCanBeAskedBeforePlanning() {
        AirspaceRoutePlanner routes = new AirspaceRoutePlanner(county, new RouteOptions(30, 110, null));

        assertThat(routes.unreachable("depot", "dp-east")).isEmpty();
        assertThat(routes.unreachable("depot", "dp-courtyard")).get().asString()
                .endsWith("drop point dp-courtyard is unreachable with the 30 m margin: it is closed in by"
                        + " no-fly zones nf-block-a (Block A) and nf-block-b (Block B)");
        assertThat(routes.unreachable("depot", "dp-x")).get().asString().startsWith("drop point dp-x was left out");
    }

    private static Geometry track(DeliveryPlan p) {
        return GEOMETRY.buildGeometry(p.route().legs().stream()
                .map(l -> (Geometry) GEOMETRY.createLineString(l.points().stream().map(p.projection()::toLocal)
                        .toArray(Coordinate[]::new))).toList());
    }
}
