package org.lifeline.plan;

/** A circular geofence: stay inside (inclusion) or outside (exclusion) the circle. */
public record FenceCircle(boolean inclusion, GeoPoint center, double radiusMetres) {

    public FenceCircle {
        if (!(radiusMetres > 0) || Double.isInfinite(radiusMetres)) {
            throw new IllegalArgumentException("fence circle radius " + radiusMetres + " is not a positive number of metres");
        }
    }
}
