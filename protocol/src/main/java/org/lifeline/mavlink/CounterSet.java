package org.lifeline.mavlink;

import org.lifeline.mavlink.frame.ParserStats;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The endpoint's live counters. Receive-side counters are written by the reader thread only;
 * send-side ones by any sender, hence the atomics. Snapshots may be taken from any thread.
 */
final class CounterSet {

    final LongAdder bytesReceived = new LongAdder();
    final LongAdder signatureFailures = new LongAdder();
    final LongAdder unsignedDropped = new LongAdder();
    final LongAdder decodeErrors = new LongAdder();
    final LongAdder framesSent = new LongAdder();
    final LongAdder sendErrors = new LongAdder();
    private final Map<SourceId, AtomicLong> lostBySource = new ConcurrentHashMap<>();
    private final Map<SourceId, Integer> lastSequence = new ConcurrentHashMap<>();
    private final Map<Integer, LongAdder> receivedById = new ConcurrentHashMap<>();
    private final Map<Integer, LongAdder> sentById = new ConcurrentHashMap<>();

    /**
     * Counts the frames missing between the previous sequence number of {@code source} and
     * {@code sequence}, the way pymavlink and QGroundControl do (a wrap-around gap counts too).
     */
    void sequence(SourceId source, int sequence) {
        Integer last = lastSequence.put(source, sequence);
        if (last != null) {
            int gap = (sequence - last - 1) & 0xFF;
            if (gap > 0) {
                lostBySource.computeIfAbsent(source, s -> new AtomicLong()).addAndGet(gap);
            }
        }
    }

    void received(int messageId) {
        receivedById.computeIfAbsent(messageId, id -> new LongAdder()).increment();
    }

    void sent(int messageId) {
        framesSent.increment();
        sentById.computeIfAbsent(messageId, id -> new LongAdder()).increment();
    }

    EndpointCounters snapshot(long atNanos, ParserStats parser) {
        Map<SourceId, Long> lost = new HashMap<>();
        lostBySource.forEach((k, v) -> lost.put(k, v.get()));
        long totalLost = lost.values().stream().mapToLong(Long::longValue).sum();
        return new EndpointCounters(atNanos, bytesReceived.sum(), parser.frames() + parser.unknownFrames(),
                parser.crcFailures(), parser.lengthErrors() + parser.incompatRejected(), parser.unknownFrames(),
                parser.discardedBytes(), signatureFailures.sum(), unsignedDropped.sum(), decodeErrors.sum(),
                totalLost, lost, framesSent.sum(), sendErrors.sum(), sums(receivedById), sums(sentById));
    }

    private static Map<Integer, Long> sums(Map<Integer, LongAdder> adders) {
        Map<Integer, Long> out = new HashMap<>();
        adders.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }
}
