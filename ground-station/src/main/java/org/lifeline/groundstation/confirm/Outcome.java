package org.lifeline.groundstation.confirm;

import java.util.Objects;

/**
 * What the {@link ConfirmationDesk} decided about a token or a code.
 *
 * @param kind    OPEN (valid, may be confirmed), CONFIRMED (confirmed by this call) or REFUSED
 * @param parcel  the parcel when it is known and may be shown (also for ALREADY_USED); else null
 * @param refusal why not, for REFUSED; else null
 * @param detail  a sentence for logs and dispatchers (never shown to the recipient verbatim)
 */
public record Outcome(Kind kind, ParcelView parcel, Refusal refusal, String detail) {

    /** The three kinds of outcome. */
    public enum Kind { OPEN, CONFIRMED, REFUSED }

    public Outcome {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.REFUSED) != (refusal != null)) {
            throw new IllegalArgumentException("a refusal goes with REFUSED and only with it");
        }
        detail = detail == null ? "" : detail;
    }

    static Outcome open(ParcelView parcel) {
        return new Outcome(Kind.OPEN, parcel, null, "");
    }

    static Outcome confirmed(ParcelView parcel) {
        return new Outcome(Kind.CONFIRMED, parcel, null, "");
    }

    static Outcome refused(Refusal refusal, ParcelView parcel, String detail) {
        return new Outcome(Kind.REFUSED, parcel, refusal, detail);
    }
}
