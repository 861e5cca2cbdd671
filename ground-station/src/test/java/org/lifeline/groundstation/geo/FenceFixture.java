package org.lifeline.groundstation.geo;

import java.util.List;

import org.lifeline.plan.FenceCircle;
import org.lifeline.plan.FencePolygon;
import org.lifeline.plan.GeoPoint;
import org.lifeline.plan.Geofence;
import org.locationtech.jts.geom.Coordinate;

/** Fences laid out in metres east and north of a point near Wuhan, for the fence tests. */
public final class FenceFixture {

    public static final LocalProjection AREA = new LocalProjection(30.5, 114.3);

    private FenceFixture() {
    }

    /** The position {@code east}, {@code north} metres from the area's centre. */
    public static GeoPoint at(double east, double north) {
        return AREA.toGeo(new Coordinate(east, north));
    }

    /** A polygon through the given (east, north) pairs, in metres. */
    public static FencePolygon polygon(boolean inclusion, double... eastNorth) {
        GeoPoint[] v = new GeoPoint[eastNorth.length / 2];
        for (int i = 0; i < v.length; i++) {
            v[i] = at(eastNorth[2 * i], eastNorth[2 * i + 1]);
        }
        return new FencePolygon(inclusion, List.of(v));
    }

    public static FencePolygon rectangle(boolean inclusion, double west, double south, double east, double north) {
        return polygon(inclusion, west, south, east, south, east, north, west, north);
    }

    public static FenceCircle circle(boolean inclusion, double east, double north, double radius) {
        return new FenceCircle(inclusion, at(east, north), radius);
    }

    public static Geofence polygons(FencePolygon... polygons) {
        return new Geofence(List.of(polygons), List.of());
    }

    public static Geofence circles(FenceCircle... circles) {
        return new Geofence(List.of(), List.of(circles));
    }
}
