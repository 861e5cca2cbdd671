package org.lifeline.groundstation.planning.altitude;

import java.util.ArrayList;
import java.util.List;

import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.airspace.NoFlyZone;
import org.lifeline.groundstation.airspace.QuarantineZone;
import org.lifeline.groundstation.geo.LocalProjection;
import org.lifeline.plan.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The vertical rules of an airspace for one leg, as {@link VerticalLimit}s in the local frame:
 * <ul>
 *   <li>a no-fly zone with a ceiling is closed up to its ceiling plus the vertical margin, one with
 *       a floor from its floor less the margin; a zone closed at every altitude is left to the
 *       route planner, which keeps the leg out of it sideways;</li>
 *   <li>a quarantine zone with a minimum overflight altitude is closed below it, unless the leg
 *       starts or ends at a drop point inside the zone (the leg delivers there); one without is
 *       left to the route planner.</li>
 * </ul>
 */
public final class AirspaceLimits {

    private AirspaceLimits() {
    }

    /** Whether the zone is closed from the ground up without limit (only a detour passes it). */
    public static boolean closedAtEveryAltitude(NoFlyZone z) {
        return z.floorMetres() <= 0 && Double.isInfinite(z.ceilingMetres());
    }

    /** Whether a leg between {@code from} and {@code to} delivers into (or out of) {@code q}. */
    public static boolean servesZone(QuarantineZone q, GeoPoint from, GeoPoint to) {
        GeometryFactory f = q.area().getFactory();
        return q.area().covers(f.createPoint(new Coordinate(from.longitude(), from.latitude())))
                || q.area().covers(f.createPoint(new Coordinate(to.longitude(), to.latitude())));
    }

    public static List<VerticalLimit> forLeg(Airspace airspace, LocalProjection projection, double verticalMargin,
                                             GeoPoint from, GeoPoint to) {
        List<VerticalLimit> out = new ArrayList<>();
        for (NoFlyZone z : airspace.noFlyZones()) {
            if (closedAtEveryAltitude(z)) {
                continue;
            }
            double bottom = z.floorMetres() <= 0 ? Double.NEGATIVE_INFINITY : z.floorMetres() - verticalMargin;
            double top = Double.isInfinite(z.ceilingMetres()) ? Double.POSITIVE_INFINITY : z.ceilingMetres() + verticalMargin;
            out.add(new VerticalLimit(z.id(), local(projection, z.area()), bottom, top));
        }
        for (QuarantineZone q : airspace.quarantineZones()) {
            if (Double.isFinite(q.minOverflightAltitudeMetres()) && !servesZone(q, from, to)) {
                out.add(VerticalLimit.minimumOverflight(q.id(), local(projection, q.area()), q.minOverflightAltitudeMetres()));
            }
        }
        return out;
    }

    private static Geometry local(LocalProjection projection, Geometry geographic) {
        return projection.toLocal(geographic);
    }
}
