package org.lifeline.groundstation.session;

import io.dronefleet.mavlink.minimal.Heartbeat;
import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.MessageChannel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts what a link carries: messages per type, and per sender the frames received and the
 * frames lost, from gaps in each sender's 8-bit sequence number. A jump backwards of less than
 * half the sequence space is a reordered or duplicated frame, not 200 lost ones; it is counted
 * apart and does not move the expected sequence back.
 */
public final class LinkInspector implements AutoCloseable {

    /** Per-sender counts. */
    public record Source(int systemId, int componentId, String heartbeat, long received, long lost, long outOfOrder) {
        /** Lost frames as a percentage of the frames the sender sent (received + lost). */
        public double lossPercent() {
            long sent = received + lost;
            return sent == 0 ? 0 : 100.0 * lost / sent;
        }
    }

    /** What the link carried during one window. */
    public record Report(Duration window, List<Source> sources, Map<String, Long> messagesByType, FrameCounters frames) {
        public long received() {
            return sources.stream().mapToLong(Source::received).sum();
        }

        public long lost() {
            return sources.stream().mapToLong(Source::lost).sum();
        }

        public double lossPercent() {
            long sent = received() + lost();
            return sent == 0 ? 0 : 100.0 * lost() / sent;
        }

        /** Messages per second of {@code type} over the window. */
        public double rate(String type) {
            double seconds = window.toNanos() / 1e9;
            return seconds <= 0 ? 0 : messagesByType.getOrDefault(type, 0L) / seconds;
        }
    }

    private static final class Counter {
        int lastSeq = -1;
        long received;
        long lost;
        long outOfOrder;
        String heartbeat = "";
    }

    private final Map<Long, Counter> bySource = new HashMap<>();
    private final Map<String, Long> byType = new TreeMap<>();
    private final MessageChannel.Subscription subscription;

    public LinkInspector(MessageChannel channel) {
        subscription = channel.subscribe(this::onMessage);
    }

    /** The counts so far, over a window of the given length. */
    public synchronized Report report(Duration window, FrameCounters frames) {
        List<Source> sources = new ArrayList<>();
        bySource.forEach((key, c) -> sources.add(new Source((int) (key >> 8), (int) (key & 0xff), c.heartbeat,
                c.received, c.lost, c.outOfOrder)));
        sources.sort(Comparator.comparingInt(Source::systemId).thenComparingInt(Source::componentId));
        return new Report(window, List.copyOf(sources), Map.copyOf(new TreeMap<>(byType)), frames);
    }

    @Override
    public void close() {
        subscription.close();
    }

    synchronized void onMessage(MavMessage m) {
        byType.merge(messageName(m.payload()), 1L, Long::sum);
        Counter c = bySource.computeIfAbsent(((long) m.systemId() << 8) | m.componentId(), k -> new Counter());
        c.received++;
        if (m.payload() instanceof Heartbeat h) {
            c.heartbeat = describe(h);
        }
        int seq = m.sequence() & 0xff;
        if (c.lastSeq >= 0) {
            int gap = (seq - c.lastSeq - 1) & 0xff;
            if (gap >= 128) {
                c.outOfOrder++;
                return;
            }
            c.lost += gap;
        }
        c.lastSeq = seq;
    }

    /** MAVLink's name for a payload class: {@code GlobalPositionInt} → {@code GLOBAL_POSITION_INT}. */
    public static String messageName(Object payload) {
        String simple = payload.getClass().getSimpleName();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < simple.length(); i++) {
            char ch = simple.charAt(i);
            if (i > 0 && Character.isUpperCase(ch)
                    && (Character.isLowerCase(simple.charAt(i - 1)) || Character.isDigit(simple.charAt(i - 1)))) {
                b.append('_');
            }
            b.append(Character.toUpperCase(ch));
        }
        return b.toString();
    }

    private static String describe(Heartbeat h) {
        String type = h.type() == null || h.type().entry() == null ? "type ?" : h.type().entry().name().replace("MAV_TYPE_", "");
        String ap = h.autopilot() == null || h.autopilot().entry() == null ? "?"
                : h.autopilot().entry().name().replace("MAV_AUTOPILOT_", "");
        return type + " / " + ap;
    }
}
