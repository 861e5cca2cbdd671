package org.lifeline.groundstation.logs.replay;

import org.lifeline.tlog.TlogRecord;

/**
 * Log time of each record, in microseconds from the first, trusting the recorded timestamps only
 * as far as they deserve. A record's checksum covers its frame but not the 8 timestamp bytes in
 * front of it, so the first record after a damaged stretch may carry garbage there (the
 * resynchronising reader takes whatever 8 bytes precede the frame it found): such a record —
 * one that does not start where the previous one ended — that jumps more than
 * {@value #SUSPECT_JUMP_MICROS} µs away from its predecessor keeps its predecessor's time. Time
 * never runs backwards either (a clock stepped back while recording): a record earlier than its
 * predecessor keeps the predecessor's time. Gaps between undamaged records are kept as recorded.
 */
final class Timeline {

    static final long SUSPECT_JUMP_MICROS = 10_000_000L;
    private static final int TIMESTAMP = 8;

    private final long startMicros;
    private final long baseOffset;
    private long last = -1;
    private long expectedOffset = -1;
    private boolean trusted = true;

    /**
     * @param startMicros the log's first timestamp
     * @param baseOffset  the file offset the reader started at (records' offsets are relative to it)
     * @param lastMicros  the time of the record before the first one read, or -1 at the start of the file
     */
    Timeline(long startMicros, long baseOffset, long lastMicros) {
        this.startMicros = startMicros;
        this.baseOffset = baseOffset;
        this.last = lastMicros;
        this.expectedOffset = lastMicros < 0 ? -1 : baseOffset;
    }

    /** The record's time in the log; call once per record, in file order. */
    long at(TlogRecord r) {
        long offset = baseOffset + r.offset();
        boolean afterDamage = expectedOffset >= 0 && offset != expectedOffset;
        expectedOffset = offset + TIMESTAMP + r.frame().length();
        long t = Math.max(0, r.epochMicros() - startMicros);
        trusted = true;
        if (last >= 0 && t < last) {
            t = last;
        } else if (last >= 0 && afterDamage && t - last > SUSPECT_JUMP_MICROS) {
            trusted = false; // a reader started at this record would see the garbage: no seek point here
            t = last;
        }
        last = t;
        return t;
    }

    /** Whether the last record's own timestamp was used (a seek may start there). */
    boolean trusted() {
        return trusted;
    }
}
