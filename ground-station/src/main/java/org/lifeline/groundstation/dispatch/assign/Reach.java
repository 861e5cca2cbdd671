package org.lifeline.groundstation.dispatch.assign;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.lifeline.groundstation.airspace.DropPoint;

/**
 * Whether any available drone can carry a parcel alone, and if none can, why: too heavy for
 * every drone, no legal path, or not enough energy above the reserve (by how much for the
 * drone that comes closest).
 */
final class Reach {

    private Reach() {
    }

    /** Empty if at least one drone can fly the parcel alone; else the refusal. */
    static Optional<Explanation> check(QueuedParcel parcel, DropPoint drop, List<JspritAssignment.Drone> drones) {
        List<JspritAssignment.Drone> lifters = drones.stream()
                .filter(d -> d.drone().payloadGrams() >= parcel.weightGrams()).toList();
        if (lifters.isEmpty()) {
            return Optional.of(new Explanation(parcel.requestId(), Explanation.Kind.TOO_HEAVY,
                    String.format(Locale.ROOT, "payload %,d g exceeds every available drone's %s", parcel.weightGrams(),
                            payloads(drones))));
        }
        double bestShortfall = Double.POSITIVE_INFINITY;
        JspritAssignment.Drone closest = null;
        for (JspritAssignment.Drone d : lifters) {
            double need = d.energy().sortieWh(d.matrix(), d.drone().launchSiteId(), List.of(drop));
            double shortfall = need - d.drone().spendableWh();
            if (shortfall <= 0) {
                return Optional.empty();
            }
            if (closest == null || shortfall < bestShortfall) {
                bestShortfall = shortfall;
                closest = d;
            }
        }
        if (Double.isInfinite(bestShortfall)) {
            return Optional.of(new Explanation(parcel.requestId(), Explanation.Kind.OUT_OF_REACH, String.format(Locale.ROOT,
                    "no drone can reach %s: no path from any available drone's launch site keeps clear of the closed zones",
                    drop.id())));
        }
        return Optional.of(new Explanation(parcel.requestId(), Explanation.Kind.OUT_OF_REACH, String.format(Locale.ROOT,
                "no drone can reach %s with the %.0f %% reserve: %.1f Wh short (closest: %s from %s at %.0f %% battery)",
                drop.id(), closest.drone().vehicle().reservePercent(), bestShortfall, closest.drone().droneId(),
                closest.drone().launchSiteId(), closest.drone().batteryPercent())));
    }

    private static String payloads(List<JspritAssignment.Drone> drones) {
        int min = drones.stream().mapToInt(d -> d.drone().payloadGrams()).min().orElse(0);
        int max = drones.stream().mapToInt(d -> d.drone().payloadGrams()).max().orElse(0);
        return min == max ? String.format(Locale.ROOT, "%,d g", max) : String.format(Locale.ROOT, "payload (at most %,d g)", max);
    }
}
