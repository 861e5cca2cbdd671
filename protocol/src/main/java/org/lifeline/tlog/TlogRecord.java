package org.lifeline.tlog;

import org.lifeline.mavlink.frame.Frame;

import java.time.Instant;

/**
 * One tlog record.
 *
 * @param epochMicros when it was recorded, microseconds since the Unix epoch
 * @param offset      byte offset of the record in the file
 * @param frame       the MAVLink frame
 * @param verified    the frame's checksum was checked (its message id is known)
 */
public record TlogRecord(long epochMicros, long offset, Frame frame, boolean verified) {

    public Instant time() {
        return Instant.ofEpochSecond(Math.floorDiv(epochMicros, 1_000_000L), Math.floorMod(epochMicros, 1_000_000L) * 1_000L);
    }
}
