package org.lifeline.groundstation.planning.altitude;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * Chooses the altitude of every segment of a route. Over each segment the allowed altitudes
 * are {@code lowest..ceiling} less every {@link VerticalLimit} whose footprint comes within
 * {@code horizontalMargin} of the segment; the segment is flown at the lowest allowed altitude
 * at or above the cruise altitude (climbing only where a zone asks for it, since climbing
 * costs energy and height costs precision at the drop), or, if none, at the highest allowed
 * below it (passing under a zone's floor).
 *
 * <p>Waypoint altitudes are the higher of their two segments' altitudes, so the vehicle has
 * finished climbing before it reaches the zone that needs the height and starts descending
 * only once past it.
 */
public final class AltitudeProfiler {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final double cruise;
    private final double lowest;
    private final double ceiling;
    private final double horizontalMargin;
    private final List<VerticalLimit> limits;

    /**
     * @param cruise           preferred altitude
     * @param lowest           lowest altitude a segment may be flown at
     * @param ceiling          legal / airframe maximum
     * @param horizontalMargin distance within which a zone counts as overflown
     * @param limits           the blocks of forbidden airspace
     */
    public AltitudeProfiler(double cruise, double lowest, double ceiling, double horizontalMargin,
                            List<VerticalLimit> limits) {
        if (!(lowest <= cruise && cruise <= ceiling)) {
            throw new IllegalArgumentException("need lowest <= cruise <= ceiling, got " + lowest + " / " + cruise
                    + " / " + ceiling);
        }
        if (!(horizontalMargin >= 0)) {
            throw new IllegalArgumentException("horizontal margin " + horizontalMargin + " is not >= 0");
        }
        this.cruise = cruise;
        this.lowest = lowest;
        this.ceiling = ceiling;
        this.horizontalMargin = horizontalMargin;
        this.limits = List.copyOf(Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Profiles one leg given as its route points in the local metric frame.
     *
     * @param legName named in a conflict message
     * @throws AltitudeConflictException where no altitude is allowed over a segment, or two
     *                                   neighbouring segments cannot be joined
     */
    public LegAltitudes profile(String legName, List<Coordinate> points) throws AltitudeConflictException {
        if (points.size() < 2) {
            throw new IllegalArgumentException("leg " + legName + " needs at least 2 points, got " + points.size());
        }
        int n = points.size() - 1;
        List<Double> chosen = new ArrayList<>(n);
        List<double[]> components = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LineString segment = GEOMETRY.createLineString(new Coordinate[]{points.get(i), points.get(i + 1)});
            List<VerticalLimit> near = new ArrayList<>();
            for (VerticalLimit limit : limits) {
                if (limit.footprint().isWithinDistance(segment, horizontalMargin)) {
                    near.add(limit);
                }
            }
            double[] component = choose(allowed(near));
            if (component == null) {
                throw new AltitudeConflictException(String.format(Locale.ROOT,
                        "leg %s, segment %d: no altitude from %.0f to %.0f m is allowed over %s",
                        legName, i + 1, lowest, ceiling, describe(near)));
            }
            chosen.add(component[2]);
            components.add(component);
        }
        List<Double> vertices = new ArrayList<>(n + 1);
        vertices.add(chosen.get(0));
        for (int i = 1; i < n; i++) {
            double v = Math.max(chosen.get(i - 1), chosen.get(i));
            double cap = Math.min(components.get(i - 1)[1], components.get(i)[1]);
            if (v > cap) {
                throw new AltitudeConflictException(String.format(Locale.ROOT,
                        "leg %s: cannot change from %.0f m to %.0f m at route point %d without entering a zone's block",
                        legName, chosen.get(i - 1), chosen.get(i), i + 1));
            }
            vertices.add(v);
        }
        vertices.add(chosen.get(n - 1));
        return new LegAltitudes(chosen, vertices);
    }

    /** Allowed altitude intervals over a segment near {@code near}, sorted, disjoint. */
    private List<double[]> allowed(List<VerticalLimit> near) {
        List<double[]> free = new ArrayList<>();
        free.add(new double[]{lowest, ceiling});
        for (VerticalLimit limit : near) {
            List<double[]> next = new ArrayList<>();
            for (double[] iv : free) {
                // keep [lo, bottom) and [top, hi]
                if (limit.bottom() > iv[0]) {
                    next.add(new double[]{iv[0], Math.min(iv[1], Math.nextDown(limit.bottom()))});
                }
                if (limit.top() <= iv[1]) {
                    next.add(new double[]{Math.max(iv[0], limit.top()), iv[1]});
                }
            }
            free = new ArrayList<>(next.stream().filter(iv -> iv[0] <= iv[1]).toList());
        }
        return free;
    }

    /** {lo, hi, chosen altitude} of the interval holding the chosen altitude, or null. */
    private double[] choose(List<double[]> free) {
        for (double[] iv : free) {
            if (iv[1] >= cruise) {
                return new double[]{iv[0], iv[1], Math.max(iv[0], cruise)};
            }
        }
        if (free.isEmpty()) {
            return null;
        }
        double[] last = free.get(free.size() - 1);
        return new double[]{last[0], last[1], last[1]};
    }

    private static String describe(List<VerticalLimit> near) {
        if (near.isEmpty()) {
            return "open airspace";
        }
        StringBuilder sb = new StringBuilder();
        for (VerticalLimit l : near) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append("zone ").append(l.zoneId());
            if (Double.isInfinite(l.bottom())) {
                sb.append(Double.isInfinite(l.top()) ? " (closed at every altitude)"
                        : String.format(Locale.ROOT, " (needs at least %.0f m)", l.top()));
            } else {
                sb.append(String.format(Locale.ROOT, " (closed from %.0f to %.0f m)", l.bottom(), l.top()));
            }
        }
        return sb.toString();
    }
}
