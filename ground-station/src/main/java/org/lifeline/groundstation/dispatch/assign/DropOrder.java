package org.lifeline.groundstation.dispatch.assign;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.lifeline.groundstation.airspace.DropPoint;
import org.lifeline.groundstation.dispatch.request.Priority;

/**
 * Which way round a sortie flies its tour. Geofenced distances are symmetric, so a tour and the
 * same tour reversed cost the same metres and watt-hours, but not the same waiting: the parcels
 * dropped first wait least. The solver minimises distance and leaves the direction of an
 * ordinary tour to chance; this picks the direction that drops the parcels soonest on the
 * whole, without dropping any urgent medicine later and without missing a deadline the
 * solver's order meets.
 *
 * <p>Compared in order: every deadline the solver's order meets still met, then the sum of the
 * urgent-medicine drop times (lower wins), then the sum of all drop times. A tie keeps the
 * solver's order.
 */
final class DropOrder {

    private DropOrder() {
    }

    /**
     * @param order  the solver's visiting order
     * @param drops  each parcel's drop point, in the same order
     * @param latest seconds after the wave by which a parcel must be dropped, by request id
     * @return {@code order} or its reverse
     */
    static List<QueuedParcel> soonest(JspritAssignment.Drone d, List<QueuedParcel> order, List<DropPoint> drops,
                                      Map<String, OptionalDouble> latest) {
        if (order.size() < 2) {
            return order;
        }
        List<QueuedParcel> back = new ArrayList<>(order);
        Collections.reverse(back);
        List<DropPoint> backDrops = new ArrayList<>(drops);
        Collections.reverse(backDrops);
        double[] ahead = times(d, order, drops);
        double[] reversed = times(d, back, backDrops);
        if (!meets(reversed, back, latest) && meets(ahead, order, latest)) {
            return order;
        }
        int urgent = Double.compare(sum(reversed, back, true), sum(ahead, order, true));
        if (urgent != 0) {
            return urgent < 0 ? List.copyOf(back) : order;
        }
        return sum(reversed, back, false) < sum(ahead, order, false) ? List.copyOf(back) : order;
    }

    /** Seconds from the top of the climb to the arrival over each drop, as the solver counts them. */
    private static double[] times(JspritAssignment.Drone d, List<QueuedParcel> order, List<DropPoint> drops) {
        double[] at = new double[order.size()];
        String from = d.drone().launchSiteId();
        double t = 0;
        for (int i = 0; i < order.size(); i++) {
            t += d.energy().legSeconds(d.matrix().metres(from, drops.get(i).id()));
            at[i] = t;
            t += d.energy().dropSeconds(drops.get(i));
            from = drops.get(i).id();
        }
        return at;
    }

    private static double sum(double[] at, List<QueuedParcel> order, boolean urgentOnly) {
        double s = 0;
        for (int i = 0; i < at.length; i++) {
            if (!urgentOnly || order.get(i).priority() == Priority.URGENT_MEDICINE) {
                s += at[i];
            }
        }
        return s;
    }

    private static boolean meets(double[] at, List<QueuedParcel> order, Map<String, OptionalDouble> latest) {
        for (int i = 0; i < at.length; i++) {
            OptionalDouble l = latest.getOrDefault(order.get(i).requestId(), OptionalDouble.empty());
            if (l.isPresent() && at[i] > l.getAsDouble()) {
                return false;
            }
        }
        return true;
    }
}
