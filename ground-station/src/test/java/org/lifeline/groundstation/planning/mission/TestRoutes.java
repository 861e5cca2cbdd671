package org.lifeline.groundstation.planning.mission;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.lifeline.groundstation.planning.altitude.LegAltitudes;
import org.lifeline.plan.GeoPoint;

/** Hand-made routes near the SITL home (34.0655 N, 114.4010 E). */
public final class TestRoutes {

    public static final Stop LAUNCH = new Stop("launch-east", "East pad", new GeoPoint(34.0655, 114.4010, 48));
    public static final Stop CLINIC = new Stop("clinic", "Clinic", GeoPoint.of(34.06895, 114.40785));
    public static final Stop TOWER = new Stop("tower-7", "Tower 7", GeoPoint.of(34.0700, 114.4000));

    private TestRoutes() {
    }

    /** A leg through the given points, every vertex at the given altitudes. */
    public static RouteLeg leg(String name, List<GeoPoint> points, Double... altitudes) {
        List<Double> vertex = Arrays.asList(altitudes);
        List<Double> segments = new ArrayList<>();
        for (int i = 0; i + 1 < vertex.size(); i++) {
            segments.add(Math.max(vertex.get(i), vertex.get(i + 1)));
        }
        return new RouteLeg(name, points, new LegAltitudes(segments, vertex));
    }

    /** Launch → two route points → clinic (the 2nd route point at 80 m) → one point → launch. */
    public static DeliveryRoute singleDrop() {
        RouteLeg out = leg("launch-east → clinic", List.of(LAUNCH.position(), GeoPoint.of(34.0668, 114.4032),
                GeoPoint.of(34.0681, 114.4061), CLINIC.position()), 60.0, 60.0, 80.0, 80.0);
        RouteLeg back = leg("clinic → launch-east", List.of(CLINIC.position(), GeoPoint.of(34.0668, 114.4032),
                LAUNCH.position()), 60.0, 60.0, 60.0);
        return new DeliveryRoute(LAUNCH, List.of(new Drop(CLINIC, 12)), List.of(out, back));
    }

    /** Launch → clinic → tower 7 → launch, straight legs at 60 m. */
    public static DeliveryRoute twoDrops() {
        RouteLeg a = leg("launch-east → clinic", List.of(LAUNCH.position(), CLINIC.position()), 60.0, 60.0);
        RouteLeg b = leg("clinic → tower-7", List.of(CLINIC.position(), GeoPoint.of(34.0700, 114.4040),
                TOWER.position()), 70.0, 70.0, 60.0);
        RouteLeg c = leg("tower-7 → launch-east", List.of(TOWER.position(), LAUNCH.position()), 60.0, 60.0);
        return new DeliveryRoute(LAUNCH, List.of(new Drop(CLINIC, 12), new Drop(TOWER, 10)), List.of(a, b, c));
    }
}
