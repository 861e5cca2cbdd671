package org.lifeline.groundstation.logs.read;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** Record times: garbage timestamps are not followed, real gaps and clock steps are. */
class LogClockTest {

    private static final long T0 = 1_764_000_000_000_000L;
    private static final long S = 1_000_000L;
    private static final long GARBAGE = 0x5555_5555_5555_5555L;

    /** A record: its recorded time; its offset is its index × 100. */
    private record Rec(int index, long stamp) {
    }

    private static List<LogClock.Timed<Rec>> run(LogClock<Rec> clock, long... stamps) {
        List<LogClock.Timed<Rec>> out = new ArrayList<>();
        for (int i = 0; i < stamps.length; i++) {
            clock.offer(new Rec(i, stamps[i]), out::add);
        }
        clock.finish(out::add);
        assertThat(out).extracting(t -> t.record().index()).as("every record once, in order")
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, stamps.length).boxed().toList());
        return out;
    }

    private static LogClock<Rec> clock() {
        return LogClock.fromStart(Rec::stamp, r -> r.index() * 100L);
    }

    private static long[] times(List<LogClock.Timed<Rec>> out) {
        return out.stream().mapToLong(LogClock.Timed::micros).toArray();
    }

    private static long[] at(long... seconds) {
        long[] out = new long[seconds.length];
        for (int i = 0; i < seconds.length; i++) {
            out[i] = T0 + seconds[i] * S;
        }
        return out;
    }

    @Test
    void believableTimesAndRealGapsAreKeptAsRecorded() {
        LogClock<Rec> c = clock();
        long[] stamps = at(0, 1, 2, 3600, 3601, 3602, 3603);
        assertThat(times(run(c, stamps))).containsExactly(stamps);
        assertThat(c.repairs().clean()).isTrue();
    }

    @Test
    void aSingleFarTimestampAmongBelievableOnesIsKeptAtItsPredecessorsTime() {
        for (long garbage : new long[] {T0 + 1_209_165L * 3600 * S, 0, T0 - 3600 * S, GARBAGE, -GARBAGE}) {
            LogClock<Rec> c = clock();
            List<LogClock.Timed<Rec>> out = run(c, T0, T0 + S, garbage, T0 + 2 * S, T0 + 3 * S, T0 + 4 * S);
            assertThat(times(out)).containsExactly(T0, T0 + S, T0 + S, T0 + 2 * S, T0 + 3 * S, T0 + 4 * S);
            assertThat(out.get(2).trusted()).isFalse();
            assertThat(c.repairs().garbage()).isEqualTo(1);
            assertThat(c.repairs().garbageDetails()).singleElement()
                    .isEqualTo(new ClockRepairs.Repair(200, garbage, T0 + S));
        }
    }

    @Test
    void twoGarbageTimestampsInARowAreBothKeptAtTheirPredecessorsTime() {
        LogClock<Rec> d = clock();
        assertThat(times(run(d, T0, T0 + S, 0, 0, T0 + 2 * S, T0 + 3 * S, T0 + 4 * S)))
                .containsExactly(T0, T0 + S, T0 + S, T0 + S, T0 + 2 * S, T0 + 3 * S, T0 + 4 * S);
        assertThat(d.repairs().garbage()).isEqualTo(2);
    }

    @Test
    void aGarbageFirstOrLastTimestampTakesItsNeighboursTime() {
        LogClock<Rec> c = clock();
        assertThat(times(run(c, 0, T0, T0 + S, T0 + 2 * S, T0 + 3 * S + GARBAGE)))
                .containsExactly(T0, T0, T0 + S, T0 + 2 * S, T0 + 2 * S);
        assertThat(c.repairs().garbage()).isEqualTo(2);
        assertThat(c.repairs().garbageDetails().get(0)).isEqualTo(new ClockRepairs.Repair(0, 0, T0));
    }

    @Test
    void aClockSetBackShiftsTheRestOfTheLogSoTimeRunsOn() {
        LogClock<Rec> c = clock();
        assertThat(times(run(c, at(100, 101, 102, 40, 41, 42, 43)))).containsExactly(at(100, 101, 102, 102, 103, 104, 105));
        assertThat(c.repairs().stepsBack()).isEqualTo(1);
        assertThat(c.repairs().garbage()).isZero();
    }

    @Test
    void aSmallStepBackIsHeldAtThePredecessorsTimeAndNotTrusted() {
        List<LogClock.Timed<Rec>> out = run(clock(), at(5, 4, 6, 7));
        assertThat(times(out)).containsExactly(at(5, 5, 6, 7));
        assertThat(out).extracting(LogClock.Timed::trusted).containsExactly(true, false, true, true);
    }

    @Test
    void aSparseLogOfIsolatedRecordsMinutesApartKeepsItsTimes() {
        LogClock<Rec> c = clock();
        long[] stamps = at(0, 60, 120, 180, 240);
        assertThat(times(run(c, stamps))).containsExactly(stamps);
        assertThat(c.repairs().clean()).isTrue();
    }

    @Test
    void aReaderResumedAtADecidedRecordContinuesFromItsTime() {
        LogClock<Rec> full = clock();
        long[] stamps = at(100, 101, 102, 40, 41, 42, 43, 44);
        List<LogClock.Timed<Rec>> all = run(full, stamps);
        LogClock<Rec> resumed = LogClock.resumedAt(all.get(5).micros(), Rec::stamp, r -> r.index() * 100L);
        List<LogClock.Timed<Rec>> rest = new ArrayList<>();
        for (int i = 5; i < stamps.length; i++) {
            resumed.offer(new Rec(i, stamps[i]), rest::add);
        }
        resumed.finish(rest::add);
        assertThat(times(rest)).containsExactly(times(all.subList(5, all.size())));
    }

    @Test
    void theIteratorGivesTheSameTimesAsPushing() {
        long[] stamps = at(0, 1, 2, 3);
        stamps[1] = GARBAGE;
        List<Rec> recs = new ArrayList<>();
        for (int i = 0; i < stamps.length; i++) {
            recs.add(new Rec(i, stamps[i]));
        }
        List<Long> pulled = new ArrayList<>();
        LogClock.over(recs.iterator(), clock()).forEachRemaining(t -> pulled.add(t.micros()));
        assertThat(pulled).containsExactly(T0, T0, T0 + 2 * S, T0 + 3 * S);
    }

    @Test
    void theLineSaysHowManyRecordsWhereAndWhatTheySaid() {
        LogClock<Rec> c = clock();
        long[] stamps = at(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        for (int i = 2; i < 16; i += 2) {
            stamps[i] = GARBAGE + i * 3_600_000_000_000L; // each a thousand hours from the others
        }
        run(c, stamps);
        LongFunction<String> s = v -> v >= GARBAGE ? "far off" : (v - T0) / S + " s";
        String line = c.repairs().describe(s, s);
        assertThat(line).startsWith("7 records carry timestamps that cannot be true")
                .contains("byte offset 200 (stamped far off, placed at 1 s)")
                .contains("byte offset 1000 (stamped far off, placed at 9 s)").endsWith("and 2 more");
    }
}
