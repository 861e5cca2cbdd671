package org.lifeline.mavlink.signing;

/** The outcome of checking an incoming frame's signature. */
public enum SignatureCheck {
    /** Signed with our key, timestamp fresh: accept. */
    VALID,
    /** The frame carries no signature. */
    UNSIGNED,
    /** The signature does not match our key (wrong key, tampering, corruption). */
    BAD_SIGNATURE,
    /** The timestamp is not newer than the last accepted one of the same stream: a replay. */
    REPLAYED,
    /** A new stream whose timestamp is further behind our clock than the acceptance window. */
    TOO_OLD,
    /** Too many distinct streams are tracked already; new ones are refused. */
    TOO_MANY_STREAMS;

    public boolean accepted() {
        return this == VALID;
    }
}
