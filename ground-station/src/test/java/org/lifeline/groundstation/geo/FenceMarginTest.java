package org.lifeline.groundstation.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.lifeline.groundstation.geo.FenceFixture.circle;
import static org.lifeline.groundstation.geo.FenceFixture.circles;
import static org.lifeline.groundstation.geo.FenceFixture.polygon;
import static org.lifeline.groundstation.geo.FenceFixture.polygons;
import static org.lifeline.groundstation.geo.FenceFixture.rectangle;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lifeline.plan.GeoPoint;
import org.lifeline.plan.Geofence;

/** The signed margin of one position to a fence, on fences laid out in metres. */
class FenceMarginTest {

    private static final double CM = 0.01;

    private static double margin(Geofence fence, double east, double north) {
        GeoPoint p = FenceFixture.at(east, north);
        return FenceMargin.metres(fence, p.latitude(), p.longitude());
    }

    @Test
    void insideAnInclusionTheMarginIsTheDistanceToTheNearestEdge() {
        Geofence square = polygons(rectangle(true, -100, -100, 100, 100));

        assertThat(margin(square, 0, 0)).isCloseTo(100, offset(CM));
        assertThat(margin(square, 70, -20)).isCloseTo(30, offset(CM));
        assertThat(margin(square, 100, 0)).isCloseTo(0, offset(CM));
    }

    @Test
    void outsideAnInclusionTheMarginIsMinusTheDistanceToIt() {
        Geofence square = polygons(rectangle(true, -100, -100, 100, 100));

        assertThat(margin(square, 114, 0)).isCloseTo(-14, offset(CM));
        assertThat(margin(square, 103, 104)).isCloseTo(-5, offset(CM)); // past the corner: 3-4-5
    }

    @Test
    void anExclusionIsTheOtherWayRound() {
        Geofence zone = polygons(rectangle(false, -50, -50, 50, 50));

        assertThat(margin(zone, 0, 30)).isCloseTo(-20, offset(CM));
        assertThat(margin(zone, 0, 80)).isCloseTo(30, offset(CM));
    }

    @Test
    void aConcavePolygonsNotchIsOutsideIt() {
        // an L: the notch at the top right is outside the inclusion
        Geofence l = polygons(polygon(true, 0, 0, 200, 0, 200, 100, 100, 100, 100, 200, 0, 200));

        assertThat(margin(l, 150, 150)).isCloseTo(-50, offset(CM));
        assertThat(margin(l, 50, 150)).isCloseTo(50, offset(CM));
    }

    @Test
    void circlesMeasureFromTheirRim() {
        assertThat(margin(circles(circle(true, 0, 0, 300)), 0, 250)).isCloseTo(50, offset(CM));
        assertThat(margin(circles(circle(true, 0, 0, 300)), 0, 320)).isCloseTo(-20, offset(CM));
        assertThat(margin(circles(circle(false, 0, 0, 40)), 30, 0)).isCloseTo(-10, offset(CM));
        assertThat(margin(circles(circle(false, 0, 0, 40)), 0, -65)).isCloseTo(25, offset(CM));
    }

    @Test
    void withSeveralFencesTheNearestLimitCounts() {
        Geofence fence = new Geofence(
                List.of(rectangle(true, -500, -500, 500, 500), rectangle(false, 100, -20, 140, 20)),
                List.of(circle(false, -200, 0, 50)));
        FenceMargin m = FenceMargin.of(fence);
        GeoPoint nearZone = FenceFixture.at(90, 0);
        GeoPoint nearCircle = FenceFixture.at(-140, 0);
        GeoPoint nearEdge = FenceFixture.at(0, 480);

        assertThat(m.nearest(nearZone.latitude(), nearZone.longitude()).metres()).isCloseTo(10, offset(CM));
        assertThat(m.nearest(nearZone.latitude(), nearZone.longitude()).inclusion()).isFalse();
        assertThat(m.at(nearCircle.latitude(), nearCircle.longitude())).isCloseTo(10, offset(CM));
        assertThat(m.nearest(nearEdge.latitude(), nearEdge.longitude()).metres()).isCloseTo(20, offset(CM));
        assertThat(m.nearest(nearEdge.latitude(), nearEdge.longitude()).inclusion()).isTrue();
    }

    @Test
    void anEmptyFenceLimitsNothing() {
        assertThat(margin(Geofence.none(), 0, 0)).isEqualTo(Double.POSITIVE_INFINITY);
    }
}
