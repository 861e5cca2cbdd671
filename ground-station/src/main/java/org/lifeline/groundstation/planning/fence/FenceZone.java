package org.lifeline.groundstation.planning.fence;

import java.util.Objects;

import org.locationtech.jts.geom.Polygon;

/** A zone to fence, in the local metric frame: a polygon, or a circle when {@code shape} is one. */
public record FenceZone(String id, FenceShape shape) {

    public FenceZone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(shape, "shape");
    }

    public static FenceZone polygon(String id, Polygon polygon) {
        return new FenceZone(id, new FenceShape.Ring(FenceSimplifier.shell(polygon)));
    }
}
