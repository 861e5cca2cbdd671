package org.lifeline.groundstation.airspace;

import java.time.Instant;

/**
 * When a feature is in force: from {@code validFrom} (inclusive) until {@code validUntil}
 * (exclusive). A {@code null} bound is open, so {@link #ALWAYS} has both bounds {@code null}.
 */
public record TimeWindow(Instant validFrom, Instant validUntil) {

    public static final TimeWindow ALWAYS = new TimeWindow(null, null);

    public TimeWindow {
        if (validFrom != null && validUntil != null && !validFrom.isBefore(validUntil)) {
            throw new IllegalArgumentException("validFrom " + validFrom + " is not before validUntil " + validUntil);
        }
    }

    /** Whether the feature is in force at {@code t}. */
    public boolean contains(Instant t) {
        return (validFrom == null || !t.isBefore(validFrom)) && (validUntil == null || t.isBefore(validUntil));
    }
}
