package org.lifeline.tlog;

import org.lifeline.mavlink.frame.Frame;

/**
 * Where a MAVLink endpoint records the frames it receives and sends. Implementations must not
 * throw: a failing log must never take the link down ({@link TlogWriter} remembers its first
 * failure instead).
 */
@FunctionalInterface
public interface TlogSink {

    /** Records {@code frame} at {@code epochMicros} (microseconds since the Unix epoch). */
    void record(long epochMicros, Frame frame);
}
