package org.lifeline.mavlink.signing;

import org.lifeline.time.Scheduler;

/**
 * The signing clock: 48-bit timestamps in 10 µs units since 2015-01-01T00:00:00Z, taken from the
 * injected scheduler's wall clock and made strictly increasing. If the clock has not moved (or went
 * back), the next timestamp is the last one plus 1, because the receiver rejects any timestamp that
 * is not greater than the last one it accepted from our stream. Timestamps accepted from peers are
 * {@linkplain #observe observed} too, as the MAVLink reference implementation does, so our clock
 * never lags a link partner's.
 */
public final class SigningTimestamps {

    /** 2015-01-01T00:00:00Z in microseconds since the Unix epoch. */
    public static final long EPOCH_2015_MICROS = 1_420_070_400_000_000L;
    /** Timestamps are 48-bit. */
    public static final long MAX = (1L << 48) - 1;

    private final Scheduler scheduler;
    private long last;

    public SigningTimestamps(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** The scheduler's wall clock in signing units (not made monotonic). */
    public long now() {
        return Math.max(0, (scheduler.epochMicros() - EPOCH_2015_MICROS) / 10L);
    }

    /** The next outgoing timestamp: now, or last + 1 when the clock has not advanced. */
    public synchronized long next() {
        last = Math.min(MAX, Math.max(now(), last + 1));
        return last;
    }

    /** Notes a timestamp accepted from a peer so later outgoing ones exceed it. */
    public synchronized void observe(long timestamp) {
        if (timestamp > last) {
            last = timestamp;
        }
    }

    /** The highest timestamp issued or observed. */
    public synchronized long last() {
        return last;
    }
}
