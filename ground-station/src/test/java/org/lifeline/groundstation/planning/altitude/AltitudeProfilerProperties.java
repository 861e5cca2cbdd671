package org.lifeline.groundstation.planning.altitude;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * Whatever the zones and the route, a profile that is returned never flies a segment, nor any
 * altitude between its two waypoints, inside a block that comes within the horizontal margin,
 * and never above the ceiling or below the lowest altitude.
 */
class AltitudeProfilerProperties {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final double MARGIN = 15;

    @Provide
    Arbitrary<List<Coordinate>> routes() {
        Arbitrary<Coordinate> point = Combinators.combine(Arbitraries.doubles().between(-2000, 2000),
                Arbitraries.doubles().between(-2000, 2000)).as(Coordinate::new);
        return point.list().ofMinSize(2).ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<VerticalLimit>> limits() {
        Arbitrary<VerticalLimit> limit = Combinators.combine(
                Arbitraries.doubles().between(-2000, 2000), Arbitraries.doubles().between(-2000, 2000),
                Arbitraries.doubles().between(20, 600), Arbitraries.integers().between(0, 2),
                Arbitraries.doubles().between(20, 140)).as((x, y, r, type, h) -> {
                    var area = GEOMETRY.createPoint(new Coordinate(x, y)).buffer(r, 4);
                    return switch (type) {
                        case 0 -> VerticalLimit.minimumOverflight("q", area, h);
                        case 1 -> new VerticalLimit("ceiling", area, Double.NEGATIVE_INFINITY, h);
                        default -> new VerticalLimit("floor", area, h, Double.POSITIVE_INFINITY);
                    };
                });
        return limit.list().ofMaxSize(6);
    }

    @Property(tries = 300)
    void returnedProfilesNeverEnterABlock(@ForAll("routes") List<Coordinate> route,
                                          @ForAll("limits") List<VerticalLimit> limits) {
        AltitudeProfiler profiler = new AltitudeProfiler(50, 15, 120, MARGIN, limits);
        LegAltitudes a;
        try {
            a = profiler.profile("leg", route);
        } catch (AltitudeConflictException e) {
            return; // refusing is always safe
        }
        assertThat(a.vertexAltitudes()).allSatisfy(v -> assertThat(v).isBetween(15.0, 120.0));
        for (int i = 0; i + 1 < route.size(); i++) {
            LineString segment = GEOMETRY.createLineString(new Coordinate[]{route.get(i), route.get(i + 1)});
            double low = Math.min(a.vertexAltitudes().get(i), a.vertexAltitudes().get(i + 1));
            double high = Math.max(a.vertexAltitudes().get(i), a.vertexAltitudes().get(i + 1));
            for (VerticalLimit l : limits) {
                if (l.footprint().isWithinDistance(segment, MARGIN)) {
                    boolean clear = high < l.bottom() || low >= l.top();
                    assertThat(clear).as("segment %d flown %.1f..%.1f m clears %s %.1f..%.1f", i, low, high,
                            l.zoneId(), l.bottom(), l.top()).isTrue();
                }
            }
        }
    }

    @Property(tries = 200)
    void openAirspaceIsAlwaysFlownAtCruise(@ForAll("routes") List<Coordinate> route) throws Exception {
        LegAltitudes a = new AltitudeProfiler(50, 15, 120, MARGIN, new ArrayList<>()).profile("leg", route);
        assertThat(a.vertexAltitudes()).containsOnly(50.0);
    }
}
