package org.lifeline.groundstation.dispatch.store;

import java.util.Objects;
import java.util.Optional;

import org.lifeline.groundstation.dispatch.state.DeliveryState;

/**
 * The result of asking for a transition (or a confirmation). Refusals are results, not
 * exceptions, and always say why.
 *
 * @param kind     what happened
 * @param state    the delivery's state afterwards (empty for an unknown delivery)
 * @param message  a sentence for the person who asked
 */
public record Outcome(Kind kind, Optional<DeliveryState> state, String message) {

    public enum Kind {
        /** The transition was recorded. */
        DONE,
        /** Nothing to do: the delivery already is where it was asked to go (a confirmation repeated). */
        ALREADY,
        /** The state machine does not allow it from where the delivery is. */
        REFUSED,
        /** No delivery has that id. */
        UNKNOWN
    }

    public Outcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(message, "message");
    }

    /** DONE or ALREADY: the delivery is where the caller wanted it. */
    public boolean ok() {
        return kind == Kind.DONE || kind == Kind.ALREADY;
    }
}
