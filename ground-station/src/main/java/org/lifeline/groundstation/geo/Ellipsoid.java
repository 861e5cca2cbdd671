package org.lifeline.groundstation.geo;

/** The WGS84 ellipsoid, the datum of GPS positions and of GeoJSON. */
final class Ellipsoid {

    /** Semi-major axis in metres. */
    static final double A = 6_378_137.0;
    /** Flattening. */
    static final double F = 1 / 298.257223563;
    /** Semi-minor axis in metres. */
    static final double B = A * (1 - F);

    private Ellipsoid() {
    }
}
