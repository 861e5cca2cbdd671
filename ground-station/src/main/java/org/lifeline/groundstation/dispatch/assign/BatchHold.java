package org.lifeline.groundstation.dispatch.assign;

import org.lifeline.groundstation.dispatch.request.Priority;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Holding a lightly loaded sortie back for a few minutes so that its parcels fly with others:
 * fewer sorties, fewer kilometres, at the cost of those parcels' waiting time. A sortie is held
 * only if it carries no urgent medicine, every parcel on it is younger than the batch window and
 * would still make its deadline after the window, it is loaded to less than the batch fill of
 * the drone's payload, and its tour is long enough for sharing it to be worth the wait: a tour
 * shorter than the batch's minimum tour saves at most that much by taking another parcel along,
 * less than the parcel's waiting costs. A parcel is never held past its request time plus the
 * window.
 */
final class BatchHold {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private BatchHold() {
    }

    /** The reason to hold {@code sortie} back this wave, or empty to fly it now. */
    static Optional<String> reason(Sortie sortie, FleetDrone drone, Instant now, DispatchSettings settings) {
        Duration window = settings.batchWindow();
        if (window.isZero()) {
            return Optional.empty();
        }
        if (sortie.metres() < settings.batchMinTourMetres()) {
            return Optional.empty();
        }
        double fill = (double) sortie.payloadGrams() / drone.payloadGrams();
        if (fill >= settings.batchFill()) {
            return Optional.empty();
        }
        Instant latest = Instant.MAX;
        for (QueuedParcel p : sortie.parcels()) {
            Instant release = p.requestedAt().plus(window);
            if (p.priority() == Priority.URGENT_MEDICINE || !release.isAfter(now)) {
                return Optional.empty();
            }
            if (p.deadline().isPresent()
                    && p.deadline().get().isBefore(release.plusSeconds((long) Math.ceil(sortie.seconds())))) {
                return Optional.empty();
            }
            latest = latest.isBefore(release) ? latest : release;
        }
        return Optional.of(String.format(Locale.ROOT, "%s's sortie would fly %.0f %% loaded (flies at %.0f %%); "
                        + "held for other parcels to join until %s UTC at the latest", drone.droneId(), 100 * fill,
                100 * settings.batchFill(), CLOCK.format(latest)));
    }
}
