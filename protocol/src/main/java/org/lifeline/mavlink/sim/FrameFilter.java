package org.lifeline.mavlink.sim;

/**
 * A scripted fault on one direction of a {@link SimulatedChannelPair}, decided per message
 * before the random loss/duplication model: tests use it to lose exactly "the first COUNT" or
 * duplicate exactly "item 3".
 */
@FunctionalInterface
public interface FrameFilter {

    enum Verdict {
        /** Delivered normally (then subject to the random model). */
        DELIVER,
        /** Lost. */
        DROP,
        /** Delivered twice, back to back. */
        DUPLICATE,
        /** Delivered on time and again after four more one-way latencies: a stale, out-of-order copy. */
        DUPLICATE_LATE
    }

    /** What happens to {@code payload} (a MAVLink library message object). */
    Verdict decide(Object payload);

    FrameFilter NONE = payload -> Verdict.DELIVER;
}
