package org.lifeline.groundstation.dispatch.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.lifeline.groundstation.dispatch.request.DispatchRequest;
import org.lifeline.groundstation.dispatch.state.DeliveryState;

/**
 * One stored delivery: the request, where it is now, and why.
 *
 * @param id          the delivery id, which is also the parcel id on labels, in drop plans
 *                    and in the fleet bus's events (e.g. {@code P-7KX3M9QF})
 * @param request     what was asked
 * @param requestedAt when it was accepted
 * @param duplicateOf a likely earlier duplicate (same recipient and items within the window),
 *                    flagged for the dispatcher, never merged
 * @param state       where it is
 * @param version     how many transitions it has had (the last history number)
 * @param stateSince  when it entered {@code state}
 * @param reason      why it entered {@code state}
 * @param sortieId    the sortie carrying it, from ASSIGNED until it is back in the queue
 */
public record Delivery(String id, DispatchRequest request, Instant requestedAt, Optional<String> duplicateOf,
                       DeliveryState state, int version, Instant stateSince, String reason, Optional<String> sortieId) {

    public Delivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(duplicateOf, "duplicateOf");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(stateSince, "stateSince");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(sortieId, "sortieId");
    }
}
