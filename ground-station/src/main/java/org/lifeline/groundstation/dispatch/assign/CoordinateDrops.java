package org.lifeline.groundstation.dispatch.assign;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.airspace.DropPoint;
import org.lifeline.groundstation.airspace.TimeWindow;
import org.lifeline.plan.GeoPoint;

/**
 * Drops given by coordinates, flown like airspace drop points. Intake has checked the position
 * against the airspace (inside the operating area, outside every no-fly zone reaching down to
 * drop height); for the wave each becomes a drop point of its own, named by its coordinates
 * ({@code 34.080500,114.401500}), with the vehicle's default drop altitude and release radius,
 * added to the airspace the wave and the mission planner work in. Its travel costs are the
 * planner's geofenced paths like every other stop's ({@link TravelMatrices}); a position no
 * legal path reaches is explained like an unreachable drop point.
 */
public final class CoordinateDrops {

    private CoordinateDrops() {
    }

    /** The name of a drop at these coordinates: degrees to 6 decimals (about 0.1 m). */
    public static String id(double latitude, double longitude) {
        return String.format(Locale.ROOT, "%.6f,%.6f", latitude, longitude);
    }

    /**
     * The drop points of the parcels given by coordinates that {@code airspace} does not
     * already have, one per distinct name, in the order first met.
     */
    public static List<DropPoint> of(Airspace airspace, Collection<QueuedParcel> parcels) {
        Map<String, DropPoint> out = new LinkedHashMap<>();
        for (QueuedParcel p : parcels) {
            if (p.position().isEmpty() || airspace.dropPoint(p.dropPointId()).isPresent()
                    || airspace.launchSite(p.dropPointId()).isPresent()) {
                continue;
            }
            GeoPoint at = p.position().get();
            out.putIfAbsent(p.dropPointId(), new DropPoint(p.dropPointId(), p.dropPointId(),
                    GeoPoint.of(at.latitude(), at.longitude()), OptionalDouble.empty(), OptionalDouble.empty(),
                    TimeWindow.ALWAYS));
        }
        return List.copyOf(out.values());
    }

    /** {@code airspace} with {@code extra} drop points after its own. */
    public static Airspace with(Airspace airspace, List<DropPoint> extra) {
        if (extra.isEmpty()) {
            return airspace;
        }
        List<DropPoint> drops = new ArrayList<>(airspace.dropPoints());
        drops.addAll(extra);
        return airspace.withPoints(airspace.launchSites(), drops, List.of());
    }
}
