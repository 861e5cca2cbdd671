package org.lifeline.groundstation.logs.read;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the log and wherever the damage: a believable log (steps of 0 to 2 s, 12 to 400
 * records) with runs of up to 4 garbage stamps — zero, 138 years ahead, three hours back, before
 * 1970, random — at least 9 believable records apart, the first and last record included, keeps
 * every believable record's own time, never runs backwards, places each garbage record within
 * the log's span and counts exactly the garbage.
 */
class LogClockProperties {

    private static final long T0 = 1_764_000_000_000_000L;

    /** A record: index and stamp. */
    private record Rec(int index, long stamp) {
    }

    /** A log: the true stamps, and which of them damage replaced with which garbage. */
    record DamagedLog(long[] truth, long[] stamps, boolean[] garbage) {
    }

    @Provide
    Arbitrary<DamagedLog> logs() {
        Arbitrary<List<Long>> steps = Arbitraries.longs().between(0, 2_000_000L).list().ofMinSize(12).ofMaxSize(400);
        Arbitrary<List<Integer>> runs = Arbitraries.integers().between(0, 4).list().ofMinSize(1).ofMaxSize(40);
        Arbitrary<List<Long>> kinds = Arbitraries.longs().list().ofMinSize(200).ofMaxSize(200);
        return Combinators.combine(steps, runs, kinds, Arbitraries.integers().between(0, 4)).as(LogClockProperties::damage);
    }

    private static DamagedLog damage(List<Long> steps, List<Integer> runs, List<Long> randoms, int kind) {
        int n = steps.size();
        long[] truth = new long[n];
        for (int i = 0; i < n; i++) {
            truth[i] = T0 + (i == 0 ? 0 : truth[i - 1] - T0 + steps.get(i));
        }
        long[] stamps = truth.clone();
        boolean[] garbage = new boolean[n];
        int at = runs.get(0) > 0 ? 0 : 9; // the first record may be garbage
        int r = 0;
        int g = 0;
        while (at < n && r < runs.size()) {
            int length = Math.max(1, runs.get(r++));
            for (int k = 0; k < length && at < n; k++, at++) {
                long random = randoms.get(g++ % randoms.size());
                stamps[at] = switch ((kind + g) % 5) {
                    case 0 -> 0L;
                    case 1 -> truth[at] + 1_209_165L * 3_600_000_000L;
                    case 2 -> truth[at] - 3 * 3_600_000_000L;
                    case 3 -> -T0;
                    default -> Math.abs(random - truth[at]) > 7_200_000_000L || random == Long.MIN_VALUE ? random : random + Long.MAX_VALUE / 2;
                };
                garbage[at] = true;
            }
            at += 9;
        }
        return new DamagedLog(truth, stamps, garbage);
    }

    @Property(tries = 1000)
    void believableTimesAreKeptAndGarbageIsPlacedBetweenItsNeighbours(@ForAll("logs") DamagedLog log) {
        LogClock<Rec> clock = LogClock.fromStart(Rec::stamp, Rec::index);
        List<LogClock.Timed<Rec>> out = new ArrayList<>();
        for (int i = 0; i < log.stamps().length; i++) {
            clock.offer(new Rec(i, log.stamps()[i]), out::add);
        }
        clock.finish(out::add);

        assertThat(out).hasSize(log.stamps().length);
        long count = 0;
        for (int i = 0; i < out.size(); i++) {
            assertThat(out.get(i).record().index()).isEqualTo(i);
            long t = out.get(i).micros();
            if (i > 0) {
                assertThat(t).as("record %d runs backwards", i).isGreaterThanOrEqualTo(out.get(i - 1).micros());
            }
            if (log.garbage()[i]) {
                count++;
                assertThat(t).as("garbage record %d", i).isBetween(log.truth()[0], log.truth()[log.truth().length - 1]);
            } else {
                assertThat(t).as("believable record %d", i).isEqualTo(log.truth()[i]);
            }
        }
        assertThat(clock.repairs().garbage()).isEqualTo(count);
        assertThat(clock.repairs().stepsBack()).isZero();
    }
}
