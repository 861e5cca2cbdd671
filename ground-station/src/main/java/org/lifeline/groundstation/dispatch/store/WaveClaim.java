package org.lifeline.groundstation.dispatch.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Queued requests that one dispatcher holds while it computes a wave. Nobody else claims them
 * until {@code until} passes or the claim is released; the requests stay REQUESTED until
 * {@link DeliveryStore#recordSortie} assigns them.
 *
 * @param id         unique per claim
 * @param dispatcher who claimed (for logs)
 * @param requests   the claimed deliveries, most urgent first
 * @param until      when the claim lapses if the dispatcher dies
 */
public record WaveClaim(String id, String dispatcher, List<Delivery> requests, Instant until) {

    public WaveClaim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dispatcher, "dispatcher");
        requests = List.copyOf(requests);
        Objects.requireNonNull(until, "until");
    }
}
