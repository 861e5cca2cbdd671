package org.lifeline.groundstation.linkwatch;

import java.util.ArrayDeque;
import java.util.Deque;

import org.lifeline.groundstation.session.FrameCounters;

/**
 * A link's quality over its last few counter readings: the frames heard of the frames sent, the
 * lost ones told by the gaps in the senders' sequence numbers (as QGroundControl and MAVProxy
 * count it). Not thread-safe; one reading a tick.
 */
final class LinkQuality {

    private final int readings;
    private final Deque<FrameCounters> window = new ArrayDeque<>();

    /** @param readings how many intervals between readings the quality spans */
    LinkQuality(int readings) {
        this.readings = readings;
    }

    /** Adds a reading; returns the percentage now, -1 until two readings span an interval, 0 when nothing came. */
    int add(FrameCounters now) {
        window.addLast(now);
        while (window.size() > readings + 1) {
            window.removeFirst();
        }
        if (window.size() < 2) {
            return -1;
        }
        FrameCounters first = window.getFirst();
        long heard = now.framesReceived() - first.framesReceived();
        long lost = now.packetsLost() - first.packetsLost();
        return heard + lost == 0 ? 0 : (int) Math.round(100.0 * heard / (heard + lost));
    }

    void clear() {
        window.clear();
    }
}
