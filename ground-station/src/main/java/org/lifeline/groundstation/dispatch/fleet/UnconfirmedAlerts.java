package org.lifeline.groundstation.dispatch.fleet;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parcels released more than {@code after} ago and still not confirmed. {@link #check} answers
 * the current list (from the store, so it survives restarts) and logs one warning line per
 * parcel the first time it appears; call it periodically (the dispatch status command calls
 * it once).
 */
public final class UnconfirmedAlerts {

    /** Default wait before a released parcel raises an alert. */
    public static final Duration DEFAULT_AFTER = Duration.ofMinutes(20);

    private static final Logger LOG = LoggerFactory.getLogger(UnconfirmedAlerts.class);

    private final DeliveryStore store;
    private final Duration after;
    private final Clock clock;
    private final Set<String> announced = new HashSet<>();

    public UnconfirmedAlerts(DeliveryStore store, Duration after, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.after = Objects.requireNonNull(after, "after");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public synchronized List<UnconfirmedAlert> check() {
        Instant now = clock.instant();
        List<UnconfirmedAlert> alerts = store.releasedUnconfirmed(now.minus(after)).stream()
                .map(d -> new UnconfirmedAlert(d.id(), d.request().drop().name(), d.request().recipient().label(), d.stateSince(),
                        Duration.between(d.stateSince(), now)))
                .toList();
        for (UnconfirmedAlert a : alerts) {
            if (announced.add(a.parcelId())) {
                LOG.warn("ALERT {}", a.describe());
            }
        }
        return alerts;
    }
}
