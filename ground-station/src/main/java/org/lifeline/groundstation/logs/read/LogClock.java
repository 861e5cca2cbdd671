package org.lifeline.groundstation.logs.read;

import org.lifeline.tlog.TlogRecord;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * Gives each record of a log, in file order, a time that can be true. A {@code .tlog} record's
 * checksum covers its frame but not the 8 timestamp bytes in front of it (and a DataFlash message
 * has no checksum at all), so the first record after a damaged stretch may carry garbage there:
 * the resynchronising reader takes whatever bytes precede the frame it found. The record's content
 * is sound; only its time cannot be believed.
 *
 * <p>The rule, with {@value #LOOKAHEAD} records of look-ahead: a record within
 * {@value #JUMP_MICROS} µs of its predecessor (either way) is believed (a small step back is held
 * at the predecessor's time: time never runs backwards). A record further away is weighed against
 * the records after it: if more of them fall back near the predecessor than stay near it — or, for
 * a record more than {@value #UNSUPPORTED_MICROS} µs away, unless at least {@value #FAR_SUPPORT}
 * stay near it and more stay than fall back — its timestamp is garbage (so a run of up to 4
 * garbage stamps, even alike ones such as zeros, is recognised): the record is kept, at its
 * predecessor's time, and counted in {@link #repairs()}. Otherwise the step is real: a gap forward
 * (the link or the recorder paused) is kept as recorded; a step back (the recording computer's
 * clock was set back) shifts the rest of the log so time continues from the predecessor, also
 * counted. The first record is weighed against the ones after it (see {@link #isOutlierAtStart});
 * up to {@value #LOOKAHEAD} leading records with garbage times take the time of the first
 * believable one.
 *
 * <p>Push records with {@link #offer}, then {@link #finish}; each record comes out once, in order,
 * as soon as it is decided. {@link #over} does the same for an iterator. Not thread-safe.
 *
 * @param <T> the record type
 */
public final class LogClock<T> {

    /**
     * A record's time as decided.
     *
     * @param trusted whether the time is the record's own timestamp (shifted with the rest of the log
     *                after a clock step back): false for garbage, and for a small step back held at the
     *                predecessor's time. A reader may resume at a trusted record ({@link #resumedAt}).
     */
    public record Timed<T>(T record, long micros, boolean trusted) {
    }

    public static final long JUMP_MICROS = 10_000_000L;
    static final long UNSUPPORTED_MICROS = 3_600_000_000L;
    static final int LOOKAHEAD = 8;
    static final int FAR_SUPPORT = 4;

    private final ToLongFunction<T> stamp;
    private final ToLongFunction<T> offset;
    private final ArrayDeque<T> ahead = new ArrayDeque<>();
    private final List<T> leading = new ArrayList<>();
    private final ClockRepairs repairs = new ClockRepairs();
    private long resumeAt;
    private boolean started;
    private long last;
    private long shift;

    private LogClock(ToLongFunction<T> stamp, ToLongFunction<T> offset, long resumeAt) {
        this.stamp = stamp;
        this.offset = offset;
        this.resumeAt = resumeAt;
    }

    /**
     * A clock for a log read from its first record.
     *
     * @param stamp  a record's recorded time (µs)
     * @param offset a record's byte offset in the file (for the report of what was repaired)
     */
    public static <T> LogClock<T> fromStart(ToLongFunction<T> stamp, ToLongFunction<T> offset) {
        return new LogClock<>(stamp, offset, Long.MIN_VALUE);
    }

    /** A clock for a {@code .tlog} read from its first record (times in µs since the Unix epoch). */
    public static LogClock<TlogRecord> forTlog() {
        return fromStart(TlogRecord::epochMicros, TlogRecord::offset);
    }

    /** A clock for a {@code .tlog} read from a trusted record whose time a full read decided (see {@link #resumedAt}). */
    public static LogClock<TlogRecord> forTlogResumedAt(long micros) {
        return resumedAt(micros, TlogRecord::epochMicros, TlogRecord::offset);
    }

    /**
     * A clock for a log read from a record whose time an earlier full read decided ({@code micros}):
     * that record gets it, and the records after it are judged from there.
     */
    public static <T> LogClock<T> resumedAt(long micros, ToLongFunction<T> stamp, ToLongFunction<T> offset) {
        return new LogClock<>(stamp, offset, micros);
    }

    /** Takes the next record in file order; hands on every record that can now be decided. */
    public void offer(T record, Consumer<Timed<T>> out) {
        ahead.add(record);
        while (ahead.size() > LOOKAHEAD) {
            decide(out);
        }
    }

    /** The log has ended: hands on the remaining records. */
    public void finish(Consumer<Timed<T>> out) {
        while (!ahead.isEmpty()) {
            decide(out);
        }
    }

    /** What was not believed so far. */
    public ClockRepairs repairs() {
        return repairs;
    }

    /** The records of {@code in} with their decided times, read lazily ({@link #LOOKAHEAD} ahead). */
    public static <T> Iterator<Timed<T>> over(Iterator<T> in, LogClock<T> clock) {
        ArrayDeque<Timed<T>> ready = new ArrayDeque<>();
        return new Iterator<>() {
            private boolean finished;

            @Override
            public boolean hasNext() {
                while (ready.isEmpty() && in.hasNext()) {
                    clock.offer(in.next(), ready::add);
                }
                if (ready.isEmpty() && !finished) {
                    finished = true;
                    clock.finish(ready::add);
                }
                return !ready.isEmpty();
            }

            @Override
            public Timed<T> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ready.poll();
            }
        };
    }

    private void decide(Consumer<Timed<T>> out) {
        T head = ahead.poll();
        long t = stamp.applyAsLong(head) + shift;
        if (!started) {
            start(head, t, out);
            return;
        }
        if (near(last, t)) {
            boolean own = t >= last;
            last = Math.max(last, t);
            out.accept(new Timed<>(head, last, own));
            return;
        }
        int stay = 0;
        int fallBack = 0;
        for (T next : ahead) {
            long n = stamp.applyAsLong(next) + shift;
            stay += near(t, n) ? 1 : 0;
            fallBack += near(last, n) ? 1 : 0;
        }
        boolean far = Math.abs(t - last) > UNSUPPORTED_MICROS;
        if (fallBack > stay || (far && (stay < FAR_SUPPORT || fallBack == stay))) {
            repairs.garbage(offset.applyAsLong(head), t - shift, last);
            out.accept(new Timed<>(head, last, false));
        } else if (t < last) {
            repairs.steppedBack(offset.applyAsLong(head), t, last);
            shift += last - t;
            out.accept(new Timed<>(head, last, true));
        } else {
            last = t;
            out.accept(new Timed<>(head, t, true));
        }
    }

    private void start(T head, long t, Consumer<Timed<T>> out) {
        if (resumeAt != Long.MIN_VALUE) {
            shift = resumeAt - (t - shift);
            t = resumeAt;
            resumeAt = Long.MIN_VALUE;
        } else if (leading.size() < LOOKAHEAD && isOutlierAtStart(t)) {
            leading.add(head);
            return;
        }
        started = true;
        last = t;
        for (T r : leading) {
            repairs.garbage(offset.applyAsLong(r), stamp.applyAsLong(r), t);
            out.accept(new Timed<>(r, t, false));
        }
        leading.clear();
        out.accept(new Timed<>(head, t, true));
    }

    /**
     * A first record is garbage when a later record away from it has more support (other later
     * records near it) than it has — and it has none, or that record is more than
     * {@value #UNSUPPORTED_MICROS} µs away (a short start before a real gap or clock step is not
     * taken for garbage). With one later record only, when it is that far away.
     */
    private boolean isOutlierAtStart(long t) {
        long[] later = ahead.stream().mapToLong(stamp).toArray();
        int stay = 0;
        int best = -1;
        long bestAt = t;
        for (long candidate : later) {
            if (near(t, candidate)) {
                stay++;
                continue;
            }
            int support = -1; // not counting itself
            for (long other : later) {
                support += near(candidate, other) ? 1 : 0;
            }
            if (support > best) {
                best = support;
                bestAt = candidate;
            }
        }
        if (best < 0) {
            return false;
        }
        boolean far = Math.abs(bestAt - t) > UNSUPPORTED_MICROS;
        return later.length == 1 ? far : best > stay && (stay == 0 || far);
    }

    private static boolean near(long from, long to) {
        return Math.abs(to - from) <= JUMP_MICROS;
    }
}
