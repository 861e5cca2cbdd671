package org.lifeline.mavlink;

import java.util.Map;

/**
 * A snapshot of an endpoint's counters. Rates come from two snapshots:
 * {@code (b.received(id) - a.received(id)) / (b.atNanos - a.atNanos)}.
 *
 * @param atNanos            scheduler time of the snapshot
 * @param bytesReceived      bytes read from the link
 * @param framesReceived     frames delivered by the parser (verified and unknown-id), before signing checks
 * @param crcFailures        candidate frames of known ids that failed their checksum
 * @param lengthErrors       candidates with a payload length impossible for their message, or with
 *                           MAVLink 2 incompatibility flags we do not support
 * @param unknownIds         frames of message ids we cannot decode (passed on raw)
 * @param discardedBytes     bytes dropped while resynchronising
 * @param signatureFailures  signed frames rejected (bad signature, replayed, too old)
 * @param unsignedDropped    unsigned frames dropped because signing is required
 * @param decodeErrors       verified frames the payload decoder rejected
 * @param packetsLost        frames missing from sequence-number gaps, all senders
 * @param lostBySource       the same per sender
 * @param framesSent         frames written to the link
 * @param sendErrors         frames the link failed to write
 * @param receivedById       accepted frames per message id
 * @param sentById           sent frames per message id
 */
public record EndpointCounters(long atNanos, long bytesReceived, long framesReceived, long crcFailures,
                               long lengthErrors, long unknownIds, long discardedBytes, long signatureFailures,
                               long unsignedDropped, long decodeErrors, long packetsLost,
                               Map<SourceId, Long> lostBySource, long framesSent, long sendErrors,
                               Map<Integer, Long> receivedById, Map<Integer, Long> sentById) {

    public EndpointCounters {
        lostBySource = Map.copyOf(lostBySource);
        receivedById = Map.copyOf(receivedById);
        sentById = Map.copyOf(sentById);
    }

    /** Accepted frames of {@code messageId}. */
    public long received(int messageId) {
        return receivedById.getOrDefault(messageId, 0L);
    }

    /** Sent frames of {@code messageId}. */
    public long sent(int messageId) {
        return sentById.getOrDefault(messageId, 0L);
    }
}
