package org.lifeline.groundstation.planning.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.airspace.AirspaceReader;
import org.lifeline.groundstation.geo.Geodesic;
import org.lifeline.groundstation.geo.LocalProjection;
import org.lifeline.plan.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

class AirspaceRoutePlannerTest {

    static final Instant MAY = Instant.parse("2026-05-01T04:00:00Z");
    static Airspace airspace;

    @BeforeAll
    static void readSample() throws Exception {
        airspace = AirspaceReader.read(Path.of(AirspaceRoutePlannerTest.class.getResource("/airspace/valid.geojson").toURI()));
    }

    static double clearance(AirspaceRoutePlanner planner, Route route, String zoneId) {
        LocalProjection p = planner.projection();
        Geometry zone = p.toLocal(airspace.zone(zoneId).orElseThrow().area());
        Coordinate[] cs = route.points().stream().map(p::toLocal).toArray(Coordinate[]::new);
        LineString line = zone.getFactory().createLineString(cs);
        return zone.distance(line);
    }

    @Test
    void fliesAroundTheHospitalAndTheSealedEstateAtSixtyMetres() throws Exception {
        AirspaceRoutePlanner planner = new AirspaceRoutePlanner(airspace, new RouteOptions(20, 60, MAY));

        Route r = planner.tour(List.of("depot", "clinic-roof")).orElseThrow();

        assertThat(r.points()).hasSizeGreaterThan(2);
        assertThat(clearance(planner, r, "hospital")).isGreaterThanOrEqualTo(20 - 1e-6);
        assertThat(clearance(planner, r, "estate-7")).isGreaterThanOrEqualTo(20 - 1e-6);
        assertThat(r.points()).allMatch(p -> p.altitude() == 60);
        assertThat(r.points().get(0)).isEqualTo(new GeoPoint(34.02, 114.32, 60));
        assertThat(r.points().get(r.points().size() - 1)).isEqualTo(new GeoPoint(34.10, 114.45, 60));
    }

    @Test
    void itsLengthAgreesWithTheGeodesicLengthOfItsSegments() throws Exception {
        AirspaceRoutePlanner planner = new AirspaceRoutePlanner(airspace, new RouteOptions(20, 60, MAY));

        Route r = planner.tour(List.of("depot", "clinic-roof")).orElseThrow();

        double geodesic = 0;
        for (int i = 1; i < r.points().size(); i++) {
            GeoPoint a = r.points().get(i - 1);
            GeoPoint b = r.points().get(i);
            geodesic += Geodesic.distance(a.latitude(), a.longitude(), b.latitude(), b.longitude());
        }
        assertThat(Math.abs(r.lengthMetres() - geodesic)).isLessThan(0.4);
    }

    @Test
    void overfliesTheEstateAboveItsMinimumOverflightAltitude() throws Exception {
        AirspaceRoutePlanner low = new AirspaceRoutePlanner(airspace, new RouteOptions(20, 60, MAY));
        AirspaceRoutePlanner high = new AirspaceRoutePlanner(airspace, new RouteOptions(20, 100, MAY));

        Route r = high.tour(List.of("depot", "clinic-roof")).orElseThrow();

        assertThat(clearance(high, r, "estate-7")).isZero();
        assertThat(clearance(high, r, "hospital")).isGreaterThanOrEqualTo(20 - 1e-6);
        assertThat(r.lengthMetres()).isLessThan(low.tour(List.of("depot", "clinic-roof")).orElseThrow().lengthMetres());
    }

    @Test
    void aDeliveryEntersTheQuarantineZoneThatListsItsDropPointAndReturnsHome() throws Exception {
        AirspaceRoutePlanner planner = new AirspaceRoutePlanner(airspace, new RouteOptions(20, 60, MAY));

        Route r = planner.delivery("depot", List.of("estate-7-gate", "clinic-roof")).orElseThrow();

        assertThat(r.legs()).extracting(RouteLeg::toId).containsExactly("estate-7-gate", "clinic-roof", "depot");
        assertThat(r.legs().get(0).points().get(r.legs().get(0).points().size() - 1).latitude()).isEqualTo(34.078);
        assertThat(r.points().get(0)).isEqualTo(r.points().get(r.points().size() - 1));
        assertThat(r.lengthMetres()).isEqualTo(r.legs().stream().mapToDouble(RouteLeg::lengthMetres).sum());
    }

    @Test
    void refusesToEnterAQuarantineZoneWhenNotDeliveringThere() {
        AirspaceRoutePlanner planner = new AirspaceRoutePlanner(airspace, new RouteOptions(20, 60, MAY));

        Planned<Route> r = planner.route(GeoPoint.of(34.02, 114.32), GeoPoint.of(34.078, 114.43));

        assertThat(r).isInstanceOf(Planned.Blocked.class);
        Blockage b = ((Planned.Blocked<Route>) r).blockage();
        assertThat(b.reason()).isEqualTo("leg start → goal: goal is unreachable: it lies inside quarantine zone estate-7"
                + " (Riverside estate) or within the 20 m margin around it");
        assertThat(b.zoneIds()).containsExactly("estate-7");
    }

    @Test
    void theSchoolZoneBlocksOnlyWhileInForce() {
        GeoPoint south = GeoPoint.of(34.0595, 114.3975);
        GeoPoint inside = GeoPoint.of(34.0605, 114.3975);

        assertThat(new AirspaceRoutePlanner(airspace, new RouteOptions(5, 40, MAY)).route(south, inside).isFound()).isFalse();
        assertThat(new AirspaceRoutePlanner(airspace, new RouteOptions(5, 40, Instant.parse("2026-08-01T00:00:00Z")))
                .route(south, inside).isFound()).isTrue();
    }

    @Test
    void rejectsAnUnknownStop() {
        AirspaceRoutePlanner planner = new AirspaceRoutePlanner(airspace, new RouteOptions(20, 60, null));

        assertThatThrownBy(() -> planner.delivery("depot", List.of("nowhere")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no launch site or drop point with id \"nowhere\" in the airspace");
    }
}
