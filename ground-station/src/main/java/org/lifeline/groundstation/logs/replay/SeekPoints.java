package org.lifeline.groundstation.logs.replay;

import java.util.Arrays;

/**
 * Byte offsets of records about every second of log time, so a seek reads from the nearest
 * point before the wanted time instead of from the start. Two growing arrays: a 10-hour log
 * needs about 0.6 MB.
 */
public final class SeekPoints {

    private static final long SPACING_MICROS = 1_000_000L;

    private long[] times = new long[64];
    private long[] offsets = new long[64];
    private int size;
    private long next;

    /** Notes a record at {@code micros} into the log starting at byte {@code offset}. */
    void offer(long micros, long offset) {
        if (size > 0 && micros < next) {
            return;
        }
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            offsets = Arrays.copyOf(offsets, size * 2);
        }
        times[size] = micros;
        offsets[size] = offset;
        size++;
        next = micros + SPACING_MICROS;
    }

    /** The byte offset to read from to reach {@code micros}: the last point at or before it (0 before the first). */
    public long offsetBefore(long micros) {
        int i = Arrays.binarySearch(times, 0, size, micros);
        int at = i >= 0 ? i : -i - 2;
        return at < 0 ? 0 : offsets[at];
    }

    public int size() {
        return size;
    }
}
