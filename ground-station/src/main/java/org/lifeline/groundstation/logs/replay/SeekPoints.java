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
        int at = indexBefore(micros);
        return at < 0 ? 0 : offsets[at];
    }

    /** The log time of the point {@link #offsetBefore} gives, or -1 when that is the start of the file. */
    long timeBefore(long micros) {
        int at = indexBefore(micros);
        return at < 0 ? -1 : times[at];
    }

    private int indexBefore(long micros) {
        int i = Arrays.binarySearch(times, 0, size, micros);
        return i >= 0 ? lastOf(i) : -i - 2;
    }

    /** Equal times are possible (records stamped alike); the last of them is the nearest point. */
    private int lastOf(int i) {
        int at = i;
        while (at + 1 < size && times[at + 1] == times[i]) {
            at++;
        }
        return at;
    }

    public int size() {
        return size;
    }
}
