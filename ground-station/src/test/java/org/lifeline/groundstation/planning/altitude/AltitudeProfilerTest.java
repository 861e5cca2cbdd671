package org.lifeline.groundstation.planning.altitude;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class AltitudeProfilerTest {

    private static final List<Coordinate> STRAIGHT = List.of(new Coordinate(0, 0), new Coordinate(1000, 0),
            new Coordinate(2000, 0), new Coordinate(3000, 0));

    private static Geometry wkt(String text) {
        try {
            return new WKTReader().read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static AltitudeProfiler profiler(VerticalLimit... limits) {
        return new AltitudeProfiler(60, 15, 120, 20, List.of(limits));
    }

    @Test
    void openAirspaceIsFlownAtCruise() throws Exception {
        LegAltitudes a = profiler().profile("a", STRAIGHT);
        assertThat(a.vertexAltitudes()).containsExactly(60.0, 60.0, 60.0, 60.0);
    }

    @Test
    void quarantineZoneIsCrossedAtItsMinimumOverflightAltitudeOnlyWhereCrossed() throws Exception {
        Geometry zone = wkt("POLYGON ((1200 -100, 1800 -100, 1800 100, 1200 100, 1200 -100))");
        LegAltitudes a = profiler(VerticalLimit.minimumOverflight("q1", zone, 90)).profile("a", STRAIGHT);
        assertThat(a.segmentAltitudes()).containsExactly(60.0, 90.0, 60.0);
        // climbed by the start of the crossing segment, still high at its end
        assertThat(a.vertexAltitudes()).containsExactly(60.0, 90.0, 90.0, 60.0);
    }

    @Test
    void lowNoFlyZoneIsOverflownAboveItsCeilingPlusMargin() throws Exception {
        Geometry zone = wkt("POLYGON ((2010 -50, 2200 -50, 2200 50, 2010 50, 2010 -50))");
        // ceiling 40 m plus a 10 m margin, from the ground: forbidden up to 50 m
        LegAltitudes a = new AltitudeProfiler(30, 15, 120, 20,
                List.of(new VerticalLimit("sub", zone, Double.NEGATIVE_INFINITY, 50))).profile("a", STRAIGHT);
        // the second segment ends 10 m from the zone, inside the 20 m horizontal margin
        assertThat(a.segmentAltitudes()).containsExactly(30.0, 50.0, 50.0);
    }

    @Test
    void zoneWithAFloorIsPassedUnderneathWhenNothingAboveIsAllowed() throws Exception {
        Geometry zone = wkt("POLYGON ((500 -500, 2500 -500, 2500 500, 500 500, 500 -500))");
        LegAltitudes a = profiler(new VerticalLimit("corridor", zone, 45, Double.POSITIVE_INFINITY))
                .profile("a", STRAIGHT);
        assertThat(a.segmentAltitudes()).allSatisfy(alt -> assertThat(alt).isLessThan(45.0).isGreaterThan(44.9));
    }

    @Test
    void zoneReachingAboveTheLegalCeilingIsAConflictNamingIt() {
        Geometry zone = wkt("POLYGON ((1200 -100, 1800 -100, 1800 100, 1200 100, 1200 -100))");
        assertThatThrownBy(() -> profiler(VerticalLimit.minimumOverflight("sealed-3", zone, 130)).profile("out", STRAIGHT))
                .isInstanceOf(AltitudeConflictException.class)
                .hasMessage("leg out, segment 2: no altitude from 15 to 120 m is allowed over zone sealed-3 (needs at least 130 m)");
    }

    @Test
    void zoneBeyondTheHorizontalMarginDoesNotRaiseTheRoute() throws Exception {
        Geometry zone = wkt("POLYGON ((1200 25, 1800 25, 1800 100, 1200 100, 1200 25))");
        LegAltitudes a = profiler(VerticalLimit.minimumOverflight("q", zone, 90)).profile("a", STRAIGHT);
        assertThat(a.highest()).isEqualTo(60.0);
    }
}
