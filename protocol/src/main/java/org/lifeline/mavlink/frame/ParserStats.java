package org.lifeline.mavlink.frame;

/**
 * What a {@link FrameParser} has seen so far.
 *
 * @param bytes            bytes fed in
 * @param frames           checksum-verified frames delivered
 * @param unknownFrames    frames of unknown message ids delivered raw (not verifiable)
 * @param crcFailures      candidate frames of known ids whose checksum failed (noise that happens
 *                         to contain a magic byte counts here too)
 * @param lengthErrors     candidates whose payload length cannot belong to their message id
 * @param incompatRejected MAVLink 2 candidates with incompatibility flags we do not support
 * @param unverifiedDropped unknown-id candidates rejected because a verified frame starts inside
 *                         them or no frame follows them
 * @param discardedBytes   bytes thrown away while resynchronising
 */
public record ParserStats(long bytes, long frames, long unknownFrames, long crcFailures, long lengthErrors,
                          long incompatRejected, long unverifiedDropped, long discardedBytes) {
}
