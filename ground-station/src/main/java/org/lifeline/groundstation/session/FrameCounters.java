package org.lifeline.groundstation.session;

/**
 * Frame-level counters of a MAVLink endpoint since it started.
 *
 * @param framesReceived frames that passed the CRC check
 * @param crcFailures    frames dropped because their checksum was wrong
 * @param badSignatures  signed frames whose signature did not verify (0 on unsigned links)
 * @param bytesReceived  bytes read from the link
 * @param packetsLost    frames missing from gaps in the senders' sequence numbers (what a radio dropped)
 */
public record FrameCounters(long framesReceived, long crcFailures, long badSignatures, long bytesReceived, long packetsLost) {

    public static final FrameCounters NONE = new FrameCounters(0, 0, 0, 0, 0);

    /** Counters of an endpoint that does not count lost packets. */
    public FrameCounters(long framesReceived, long crcFailures, long badSignatures, long bytesReceived) {
        this(framesReceived, crcFailures, badSignatures, bytesReceived, 0);
    }
}
