package org.lifeline.groundstation.dispatch.state;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Rules over {@link DeliveryState}: reasons, refusals, replaying a history. */
public final class Lifecycle {

    private Lifecycle() {
    }

    /** Throws unless {@code reason} says something. */
    public static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a transition needs a reason");
        }
        return reason;
    }

    /** Why {@code from → to} is not allowed, naming what is. */
    public static String refusal(DeliveryState from, DeliveryState to) {
        if (from.terminal()) {
            return "the delivery is " + from + ", which is final; it cannot become " + to;
        }
        return "a delivery that is " + from + " cannot become " + to + " (only "
                + from.next().stream().map(Enum::name).collect(Collectors.joining(", ")) + ")";
    }

    /**
     * The state a history leads to, checking that it is a proper chain: numbered 1, 2, 3 …
     * without gaps, each entry starting where the previous one ended. Empty for an empty history.
     *
     * @throws IllegalArgumentException naming the first entry that breaks the chain
     */
    public static Optional<DeliveryState> replay(List<Transition> history) {
        DeliveryState state = null;
        int expected = 1;
        for (Transition t : history) {
            if (t.number() != expected) {
                throw new IllegalArgumentException("transition " + expected + " of " + t.deliveryId() + " is missing (found " + t.number() + ")");
            }
            if (t.from() != state) {
                throw new IllegalArgumentException("transition " + t.number() + " of " + t.deliveryId() + " starts from " + t.from()
                        + " but the delivery was " + state);
            }
            state = t.to();
            expected++;
        }
        return Optional.ofNullable(state);
    }
}
