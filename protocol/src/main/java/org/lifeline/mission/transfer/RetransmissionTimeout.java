package org.lifeline.mission.transfer;

import java.time.Duration;

/**
 * A retransmission timeout learned from the link, computed as TCP does (RFC 6298).
 *
 * <p>Why: the spec's fixed 1500 ms / 250 ms timeouts are safe for the slowest link but cost a
 * quarter of a second per lost frame on a 57600-baud radio whose round trip is ~70 ms. Each
 * request→reply exchange gives a round-trip sample R; the estimator keeps
 * {@code SRTT ← 7/8·SRTT + 1/8·R} and {@code RTTVAR ← 3/4·RTTVAR + 1/4·|SRTT − R|} (the first
 * sample sets SRTT = R, RTTVAR = R/2), and {@code RTO = SRTT + max(G, 4·RTTVAR)}. Karn's rule:
 * exchanges that were retransmitted give no sample (the reply cannot be matched to one send).
 *
 * <p>The RTO is clamped between a floor (a busy link never looks faster than one item's
 * serialisation round trip) and the spec timeout for the kind of wait, which also applies until
 * a first sample exists. Loss on a serial radio is mostly noise, not congestion, so the first
 * {@code maxRetries} retransmissions of a message go out at the RTO itself; after them the wait
 * doubles up to the spec ceiling (RFC 6298 §5.5), so a link that really slowed down is not
 * flooded. Not thread-safe: its owner serialises access.
 */
public final class RetransmissionTimeout {

    private static final long GRANULARITY_NANOS = 1_000_000L;

    private final TransferOptions options;
    private long srttNanos = -1;
    private long rttvarNanos;
    private int samples;
    private long vehicleRerequestNanos = -1;

    public RetransmissionTimeout(TransferOptions options) {
        this.options = options;
    }

    /** Adds one round-trip sample from an exchange that was sent once. */
    public void sample(Duration rtt) {
        long r = Math.max(0, rtt.toNanos());
        if (srttNanos < 0) {
            srttNanos = r;
            rttvarNanos = r / 2;
        } else {
            rttvarNanos = (3 * rttvarNanos + Math.abs(srttNanos - r)) / 4;
            srttNanos = (7 * srttNanos + r) / 8;
        }
        samples++;
    }

    /**
     * The wait after transmission number {@code attempt} (0 = first send) of a message of this
     * kind: the RTO for the first {@code maxRetries} retransmissions, then doubling per attempt,
     * never above the spec ceiling.
     */
    public Duration timeout(TimeoutKind kind, int attempt) {
        long ceiling = options.ceiling(kind).toNanos();
        if (!options.adaptive() || srttNanos < 0) {
            return Duration.ofNanos(ceiling);
        }
        long rto = srttNanos + Math.max(GRANULARITY_NANOS, 4 * rttvarNanos);
        rto = Math.max(rto, options.minTimeout().toNanos());
        long backedOff = rto << Math.min(Math.max(0, attempt - options.maxRetries()), 16);
        return Duration.ofNanos(Math.min(ceiling, backedOff));
    }

    /** The current base RTO (no back-off) for command waits, for display and tests. */
    public Duration current() {
        return timeout(TimeoutKind.COMMAND, 0);
    }

    /** Smoothed round trip, or null before the first sample. */
    public Duration smoothedRtt() {
        return srttNanos < 0 ? null : Duration.ofNanos(srttNanos);
    }

    public Duration rttVariation() {
        return Duration.ofNanos(rttvarNanos);
    }

    public int samples() {
        return samples;
    }

    /**
     * Learns the vehicle's own re-request interval from a repeated MISSION_REQUEST for an item
     * it is still waiting for: the gap between the two requests. Starts from
     * {@link TransferOptions#vehicleRerequest()} (ArduPilot's 1000 ms) and moves a quarter of the
     * way to each sample.
     */
    public void sampleVehicleRerequest(Duration gap) {
        long g = Math.max(0, gap.toNanos());
        long now = vehicleRerequest().toNanos();
        vehicleRerequestNanos = now + (g - now) / 4;
    }

    /** The interval at which the vehicle asks again for an item it still waits for. */
    public Duration vehicleRerequest() {
        return vehicleRerequestNanos < 0 ? options.vehicleRerequest() : Duration.ofNanos(vehicleRerequestNanos);
    }
}
