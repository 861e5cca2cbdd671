package org.lifeline.groundstation.dispatch.state;

import java.time.Instant;
import java.util.Objects;

/**
 * One step in a delivery's history.
 *
 * @param deliveryId the delivery (its parcel id)
 * @param number     1 for the first transition of that delivery, then 2, 3, …; never reused
 * @param from       the state left; {@code null} for the first entry (the request arriving)
 * @param to         the state entered
 * @param reason     why, in a sentence; never blank
 * @param at         when it was recorded
 */
public record Transition(String deliveryId, int number, DeliveryState from, DeliveryState to, String reason, Instant at) {

    public Transition {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        Lifecycle.requireReason(reason);
        if (number < 1) {
            throw new IllegalArgumentException("transition number " + number + " is not >= 1");
        }
        if ((from == null) != (number == 1)) {
            throw new IllegalArgumentException("only the first transition has no previous state");
        }
        if (from == null && to != DeliveryState.REQUESTED) {
            throw new IllegalArgumentException("a delivery starts as REQUESTED, not " + to);
        }
        if (from != null && !from.canMoveTo(to)) {
            throw new IllegalArgumentException(Lifecycle.refusal(from, to));
        }
    }
}
