package org.lifeline.groundstation.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.lifeline.plan.GeoPoint;
import org.lifeline.plan.Geofence;

/**
 * The sign of the margin is the safety contract: positive strictly inside an inclusion, negative
 * outside it, and the reverse for an exclusion; its size is the distance to the boundary.
 */
class FenceMarginProperties {

    @Property(tries = 400)
    void aPointsMarginIsPositiveExactlyWhenItIsInsideAnInclusionRectangle(
            @ForAll @DoubleRange(min = -3000, max = 0) double west, @ForAll @DoubleRange(min = 1, max = 3000) double width,
            @ForAll @DoubleRange(min = -3000, max = 0) double south, @ForAll @DoubleRange(min = 1, max = 3000) double height,
            @ForAll @DoubleRange(min = -4000, max = 4000) double x, @ForAll @DoubleRange(min = -4000, max = 4000) double y) {
        double east = west + width;
        double north = south + height;
        double outX = Math.max(0, Math.max(west - x, x - east));
        double outY = Math.max(0, Math.max(south - y, y - north));
        boolean inside = outX == 0 && outY == 0;
        double expected = inside ? Math.min(Math.min(x - west, east - x), Math.min(y - south, north - y)) : -Math.hypot(outX, outY);
        Assume.that(Math.abs(expected) > 0.05);
        GeoPoint p = FenceFixture.at(x, y);

        double inclusion = FenceMargin.metres(FenceFixture.polygons(FenceFixture.rectangle(true, west, south, east, north)),
                p.latitude(), p.longitude());
        double exclusion = FenceMargin.metres(FenceFixture.polygons(FenceFixture.rectangle(false, west, south, east, north)),
                p.latitude(), p.longitude());

        assertThat(inclusion > 0).isEqualTo(inside);
        assertThat(inclusion).isCloseTo(expected, offset(0.02));
        assertThat(exclusion).isEqualTo(-inclusion);
    }

    @Property(tries = 200)
    void anExtraFenceNeverWidensTheMargin(
            @ForAll @DoubleRange(min = -500, max = 500) double x, @ForAll @DoubleRange(min = -500, max = 500) double y,
            @ForAll @DoubleRange(min = -400, max = 400) double cx, @ForAll @DoubleRange(min = 5, max = 300) double r,
            @ForAll boolean inclusion) {
        Geofence one = FenceFixture.polygons(FenceFixture.rectangle(true, -400, -400, 400, 400));
        Geofence two = new Geofence(one.polygons(), List.of(FenceFixture.circle(inclusion, cx, 0, r)));
        GeoPoint p = FenceFixture.at(x, y);

        assertThat(FenceMargin.metres(two, p.latitude(), p.longitude()))
                .isLessThanOrEqualTo(FenceMargin.metres(one, p.latitude(), p.longitude()) + 0.01); // two projections: a few millimetres apart
    }
}
