package org.lifeline.groundstation.confirm;

/** Why a token or a code did not confirm a parcel. Each has its own page and HTTP status. */
public enum Refusal {
    /** Not a token at all: bad characters, truncated, wrong version or length. */
    MALFORMED,
    /** Well formed, but the signature is not ours: forged or altered. */
    FORGED,
    /** Signed by us, but past its expiry. */
    EXPIRED,
    /** Already used to confirm its parcel (a replay, or a second tap). */
    ALREADY_USED,
    /** Signed by us for a parcel the store does not know. */
    UNKNOWN_PARCEL,
    /** Signed by us, but for another parcel or another drop point than the one presented. */
    WRONG_PARCEL,
    /** The parcel exists but the store does not have it released yet. */
    NOT_RELEASED_YET,
    /** A fallback code that does not belong to the parcel. */
    WRONG_CODE,
    /** Too many wrong fallback codes for this parcel: only a dispatcher can confirm it now. */
    TOO_MANY_ATTEMPTS
}
