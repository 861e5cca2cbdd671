package org.lifeline.groundstation.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.lifeline.plan.GeoPoint;
import org.locationtech.jts.geom.Coordinate;

class LocalProjectionTest {

    /**
     * The documented bound: within 25 km of the centre, plane distance is within 0.2 m of the
     * geodesic one (0.15 m measured) (the scale error grows as x²/2R² with the distance x from the central meridian).
     */
    @Property(tries = 300)
    void planeDistanceIsWithinTwentyCentimetresOfTheGeodesicInsideAFiftyKilometreArea(
            @ForAll @DoubleRange(min = -70, max = 70) double centreLat,
            @ForAll @DoubleRange(min = -180, max = 180) double centreLon,
            @ForAll @DoubleRange(min = 0, max = 25_000) double r1, @ForAll @DoubleRange(min = 0, max = 6.3) double a1,
            @ForAll @DoubleRange(min = 0, max = 25_000) double r2, @ForAll @DoubleRange(min = 0, max = 6.3) double a2) {
        LocalProjection p = new LocalProjection(centreLat, centreLon);
        GeoPoint g1 = p.toGeo(new Coordinate(r1 * Math.cos(a1), r1 * Math.sin(a1)));
        GeoPoint g2 = p.toGeo(new Coordinate(r2 * Math.cos(a2), r2 * Math.sin(a2)));

        double plane = p.toLocal(g1).distance(p.toLocal(g2));
        double geodesic = Geodesic.distance(g1.latitude(), g1.longitude(), g2.latitude(), g2.longitude());

        assertThat(Math.abs(plane - geodesic)).isLessThan(0.2);
    }

    @Property(tries = 200)
    void planeDistanceIsWithinOneAndAHalfCentimetresInsideTenKilometres(
            @ForAll @DoubleRange(min = -70, max = 70) double centreLat,
            @ForAll @DoubleRange(min = -5_000, max = 5_000) double x1, @ForAll @DoubleRange(min = -3_500, max = 3_500) double y1,
            @ForAll @DoubleRange(min = -5_000, max = 5_000) double x2, @ForAll @DoubleRange(min = -3_500, max = 3_500) double y2) {
        LocalProjection p = new LocalProjection(centreLat, 114.39);
        GeoPoint g1 = p.toGeo(new Coordinate(x1, y1));
        GeoPoint g2 = p.toGeo(new Coordinate(x2, y2));

        double geodesic = Geodesic.distance(g1.latitude(), g1.longitude(), g2.latitude(), g2.longitude());

        assertThat(Math.abs(new Coordinate(x1, y1).distance(new Coordinate(x2, y2)) - geodesic)).isLessThan(0.015);
    }

    @Property(tries = 300)
    void projectingAndUnprojectingReturnsThePointToTenMicrometres(
            @ForAll @DoubleRange(min = -80, max = 80) double centreLat,
            @ForAll @DoubleRange(min = -180, max = 180) double centreLon,
            @ForAll @DoubleRange(min = -0.4, max = 0.4) double dLat, @ForAll @DoubleRange(min = -0.4, max = 0.4) double dLon) {
        LocalProjection p = new LocalProjection(centreLat, centreLon);
        double lon = centreLon + dLon > 180 ? centreLon + dLon - 360 : centreLon + dLon < -180 ? centreLon + dLon + 360 : centreLon + dLon;
        Coordinate local = p.toLocal(centreLat + dLat, lon);

        Coordinate back = p.toLocal(p.toGeo(local));

        assertThat(back.distance(local)).isLessThan(1e-5);
    }

    @Test
    void theCentreIsTheOriginAndNorthIsPlusY() {
        LocalProjection p = new LocalProjection(34.06, 114.39);

        assertThat(p.toLocal(34.06, 114.39).distance(new Coordinate(0, 0))).isLessThan(1e-9);
        Coordinate north = p.toLocal(34.07, 114.39);
        assertThat(north.x).isEqualTo(0, offset(1e-9));
        assertThat(north.y).isEqualTo(Geodesic.distance(34.06, 114.39, 34.07, 114.39), offset(1e-3));
        assertThat(p.toLocal(34.06, 114.40).x).isPositive();
    }

    @Test
    void worksAcrossTheAntimeridian() {
        LocalProjection p = new LocalProjection(-17.7, 179.99);

        Coordinate east = p.toLocal(-17.7, -179.99);

        assertThat(east.x).isEqualTo(Geodesic.distance(-17.7, 179.99, -17.7, -179.99), offset(0.01));
        assertThat(p.toGeo(east).longitude()).isEqualTo(-179.99, offset(1e-9));
    }
}
