package org.lifeline.groundstation.logs.report;

/**
 * Small-area geometry for the report: a local east/north plane around a reference point
 * (equirectangular, accurate to well under 0.1 % within a few kilometres, which is a delivery
 * sortie), distances, and the distance from a point to a segment.
 */
final class Geo {

    static final double EARTH_RADIUS = 6_371_008.8;

    private final double lat0;
    private final double lon0;
    private final double cosLat0;

    Geo(double lat0, double lon0) {
        this.lat0 = lat0;
        this.lon0 = lon0;
        this.cosLat0 = Math.cos(Math.toRadians(lat0));
    }

    /** East of the reference, metres. */
    double east(double lon) {
        return Math.toRadians(lon - lon0) * cosLat0 * EARTH_RADIUS;
    }

    /** North of the reference, metres. */
    double north(double lat) {
        return Math.toRadians(lat - lat0) * EARTH_RADIUS;
    }

    static double distance(double lat1, double lon1, double lat2, double lon2) {
        double x = Math.toRadians(lon2 - lon1) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        double y = Math.toRadians(lat2 - lat1);
        return Math.sqrt(x * x + y * y) * EARTH_RADIUS;
    }

    /** Distance from (px, py) to the segment (ax, ay)-(bx, by). */
    static double toSegment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }
}
