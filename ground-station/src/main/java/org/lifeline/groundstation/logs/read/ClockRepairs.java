package org.lifeline.groundstation.logs.read;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * What a {@link LogClock} did not believe: records whose timestamps were garbage (kept, placed at a
 * neighbouring record's time) and steps back of the recording clock (the rest of the log shifted).
 * The first {@value #DETAILS} of each are kept in detail, so the line for a maintainer can say
 * where they are; the rest are counted.
 */
public final class ClockRepairs {

    static final int DETAILS = 5;

    /** One record not believed: where it is, what it said and where it was placed. */
    public record Repair(long offset, long stamp, long placedAt) {
    }

    private final List<Repair> garbage = new ArrayList<>();
    private final List<Repair> steps = new ArrayList<>();
    private long garbageCount;
    private long stepCount;
    private long steppedBackMicros;

    void garbage(long offset, long stamp, long placedAt) {
        if (garbageCount++ < DETAILS) {
            garbage.add(new Repair(offset, stamp, placedAt));
        }
    }

    void steppedBack(long offset, long stamp, long placedAt) {
        if (stepCount++ < DETAILS) {
            steps.add(new Repair(offset, stamp, placedAt));
        }
        steppedBackMicros += placedAt - stamp;
    }

    /** µs since the Unix epoch as UTC to the second, however far off (for a recorded tlog timestamp). */
    public static String utc(long epochMicros) {
        return Instant.ofEpochSecond(Math.floorDiv(epochMicros, 1_000_000L)).toString();
    }

    /** Records whose timestamps were not believed. */
    public long garbage() {
        return garbageCount;
    }

    /** The first few of them. */
    public List<Repair> garbageDetails() {
        return List.copyOf(garbage);
    }

    /** Steps back of the recording clock the log was shifted over. */
    public long stepsBack() {
        return stepCount;
    }

    /** Whether every timestamp was believed as recorded. */
    public boolean clean() {
        return garbageCount == 0 && stepCount == 0;
    }

    /**
     * One line for a maintainer (to follow the file's name), empty when clean.
     *
     * @param stamp how to write a recorded timestamp (as the log's clock counts)
     * @param time  how to write a log time (e.g. as seconds into the log)
     */
    public String describe(LongFunction<String> stamp, LongFunction<String> time) {
        StringBuilder s = new StringBuilder();
        if (garbageCount > 0) {
            s.append(garbageCount).append(garbageCount == 1 ? " record carries a timestamp" : " records carry timestamps")
                    .append(" that cannot be true, kept at a neighbouring record's time: ");
            places(s, garbage, garbageCount, r -> "stamped " + stamp.apply(r.stamp()) + ", placed at " + time.apply(r.placedAt()));
        }
        if (stepCount > 0) {
            s.append(s.isEmpty() ? "" : "; ").append("the recording clock stepped back ").append(stepCount)
                    .append(stepCount == 1 ? " time" : " times").append(String.format(Locale.ROOT, " by %.1f s in all", steppedBackMicros / 1e6))
                    .append(", later records shifted to follow on: ");
            places(s, steps, stepCount, r -> "at " + time.apply(r.placedAt()));
        }
        return s.toString();
    }

    private static void places(StringBuilder s, List<Repair> list, long count, Function<Repair, String> what) {
        for (int i = 0; i < list.size(); i++) {
            Repair r = list.get(i);
            s.append(i == 0 ? "" : ", ").append("byte offset ").append(r.offset()).append(" (").append(what.apply(r)).append(')');
        }
        if (count > list.size()) {
            s.append(" and ").append(count - list.size()).append(" more");
        }
    }
}
