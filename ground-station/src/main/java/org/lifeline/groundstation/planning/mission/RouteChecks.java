package org.lifeline.groundstation.planning.mission;

import java.util.List;
import java.util.Locale;

import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.airspace.NoFlyZone;
import org.lifeline.groundstation.airspace.QuarantineZone;
import org.lifeline.groundstation.geo.LocalProjection;
import org.lifeline.groundstation.planning.altitude.AirspaceLimits;
import org.lifeline.plan.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * Checks a finished route against the airspace, independently of how it was found: no segment
 * may enter a no-fly zone at an altitude the zone covers, nor a quarantine zone closed to
 * overflight that its leg does not serve. Also measures the smallest horizontal distance kept
 * from a no-fly zone at the altitude flown, which the pilot is shown.
 */
final class RouteChecks {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private RouteChecks() {
    }

    static NoFlyClearance check(Airspace airspace, LocalProjection projection, List<RouteLeg> legs)
            throws PlanningException {
        NoFlyClearance best = NoFlyClearance.NONE;
        for (RouteLeg leg : legs) {
            GeoPoint from = leg.points().get(0);
            GeoPoint to = leg.points().get(leg.points().size() - 1);
            for (int i = 0; i + 1 < leg.points().size(); i++) {
                LineString segment = GEOMETRY.createLineString(new Coordinate[]{
                        projection.toLocal(leg.points().get(i)), projection.toLocal(leg.points().get(i + 1))});
                double low = Math.min(leg.altitudeAt(i), leg.altitudeAt(i + 1));
                double high = Math.max(leg.altitudeAt(i), leg.altitudeAt(i + 1));
                for (NoFlyZone z : airspace.noFlyZones()) {
                    if (high < z.floorMetres() || low > z.ceilingMetres()) {
                        continue;
                    }
                    double d = projection.toLocal(z.area()).distance(segment);
                    if (d <= 0) {
                        throw new PlanningException(PlanningException.Reason.UNSAFE_ROUTE, String.format(Locale.ROOT,
                                "leg %s, segment %d enters no-fly zone %s at %.0f..%.0f m", leg.name(), i + 1, z.id(), low, high));
                    }
                    if (d < best.metres()) {
                        best = new NoFlyClearance(d, z.id());
                    }
                }
                for (QuarantineZone q : airspace.quarantineZones()) {
                    if (low >= q.minOverflightAltitudeMetres() || AirspaceLimits.servesZone(q, from, to)) {
                        continue;
                    }
                    Geometry area = projection.toLocal(q.area());
                    if (area.intersects(segment)) {
                        throw new PlanningException(PlanningException.Reason.UNSAFE_ROUTE, String.format(Locale.ROOT,
                                "leg %s, segment %d crosses quarantine zone %s at %.0f m, below its minimum overflight altitude",
                                leg.name(), i + 1, q.id(), low));
                    }
                }
            }
        }
        return best;
    }
}
