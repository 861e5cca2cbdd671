package org.lifeline.groundstation.confirm;

import java.time.Instant;
import java.util.Objects;

/**
 * What the delivery store answered to a confirmation.
 *
 * @param status      the outcome
 * @param confirmedAt when the parcel was confirmed (this time or an earlier one); null otherwise
 * @param reason      why it was not confirmed, in words a dispatcher understands; empty otherwise
 */
public record ConfirmResult(Status status, Instant confirmedAt, String reason) {

    /** The outcomes of {@link ParcelDirectory#confirm}. */
    public enum Status {
        /** This call confirmed the parcel. */
        CONFIRMED,
        /** An earlier call confirmed it; nothing changed. */
        ALREADY_CONFIRMED,
        /** The parcel is known but not released at its drop point yet (or not any more). */
        NOT_RELEASED_YET,
        /** No such parcel. */
        UNKNOWN
    }

    public ConfirmResult {
        Objects.requireNonNull(status, "status");
        reason = reason == null ? "" : reason;
    }

    public static ConfirmResult confirmed(Instant at) {
        return new ConfirmResult(Status.CONFIRMED, at, "");
    }

    public static ConfirmResult alreadyConfirmed(Instant at) {
        return new ConfirmResult(Status.ALREADY_CONFIRMED, at, "");
    }

    public static ConfirmResult notReleasedYet(String reason) {
        return new ConfirmResult(Status.NOT_RELEASED_YET, null, reason);
    }

    public static ConfirmResult unknown() {
        return new ConfirmResult(Status.UNKNOWN, null, "no such parcel");
    }
}
