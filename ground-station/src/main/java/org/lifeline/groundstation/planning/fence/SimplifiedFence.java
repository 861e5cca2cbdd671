package org.lifeline.groundstation.planning.fence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.lifeline.plan.FenceCircle;
import org.lifeline.plan.FencePolygon;
import org.lifeline.plan.GeoPoint;
import org.lifeline.plan.Geofence;
import org.locationtech.jts.geom.Coordinate;

/**
 * The fence as it will be uploaded, still in the local metric frame.
 *
 * @param inclusion  the operating area, shrunk to fit, if there is one
 * @param exclusions the no-fly zones, grown to fit, in input order
 */
public record SimplifiedFence(Optional<FenceZone> inclusion, List<FenceZone> exclusions) {

    public SimplifiedFence {
        exclusions = List.copyOf(exclusions);
    }

    /** Fence items the autopilot will store. */
    public int cost() {
        return inclusion.map(z -> z.shape().cost()).orElse(0)
                + exclusions.stream().mapToInt(z -> z.shape().cost()).sum();
    }

    /** The fence in latitude/longitude; {@code toGeo} converts a local coordinate. */
    public Geofence toGeofence(Function<Coordinate, GeoPoint> toGeo) {
        List<FencePolygon> polygons = new ArrayList<>();
        List<FenceCircle> circles = new ArrayList<>();
        inclusion.ifPresent(z -> add(z.shape(), true, toGeo, polygons, circles));
        for (FenceZone z : exclusions) {
            add(z.shape(), false, toGeo, polygons, circles);
        }
        return new Geofence(polygons, circles);
    }

    private static void add(FenceShape shape, boolean inclusion, Function<Coordinate, GeoPoint> toGeo,
                            List<FencePolygon> polygons, List<FenceCircle> circles) {
        if (shape instanceof FenceShape.Ring ring) {
            Coordinate[] cs = ring.polygon().getExteriorRing().getCoordinates();
            List<GeoPoint> vertices = new ArrayList<>();
            for (int i = 0; i < cs.length - 1; i++) {
                GeoPoint g = toGeo.apply(cs[i]);
                vertices.add(GeoPoint.of(g.latitude(), g.longitude()));
            }
            polygons.add(new FencePolygon(inclusion, vertices));
        } else if (shape instanceof FenceShape.Circle circle) {
            GeoPoint c = toGeo.apply(circle.center());
            circles.add(new FenceCircle(inclusion, GeoPoint.of(c.latitude(), c.longitude()), circle.radius()));
        }
    }
}
