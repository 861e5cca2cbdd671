package org.lifeline.simulator.flight;

import org.lifeline.plan.GeoPoint;

/**
 * A local north/east frame in metres around a reference point (home). An equirectangular
 * projection is plenty for a delivery radius of a few kilometres (error below 0.1 % at 5 km)
 * and is cheap enough to run every simulation step.
 */
public final class LocalFrame {

    /** Mean Earth radius used by ArduPilot's location code, in metres. */
    public static final double EARTH_RADIUS = 6_378_100.0;

    private final double refLat;
    private final double refLon;
    private final double metresPerDegLat;
    private final double metresPerDegLon;

    public LocalFrame(double refLat, double refLon) {
        this.refLat = refLat;
        this.refLon = refLon;
        this.metresPerDegLat = Math.toRadians(1) * EARTH_RADIUS;
        this.metresPerDegLon = metresPerDegLat * Math.cos(Math.toRadians(refLat));
    }

    public static LocalFrame around(GeoPoint reference) {
        return new LocalFrame(reference.latitude(), reference.longitude());
    }

    /** North offset in metres of {@code lat}. */
    public double north(double lat) {
        return (lat - refLat) * metresPerDegLat;
    }

    /** East offset in metres of {@code lon}. */
    public double east(double lon) {
        return (lon - refLon) * metresPerDegLon;
    }

    public double latitude(double north) {
        return refLat + north / metresPerDegLat;
    }

    public double longitude(double east) {
        return refLon + east / metresPerDegLon;
    }

    /** Horizontal distance in metres between two lat/lon positions near the reference. */
    public double distance(double lat1, double lon1, double lat2, double lon2) {
        return Math.hypot(north(lat2) - north(lat1), east(lon2) - east(lon1));
    }
}
