package org.lifeline.groundstation.logs.replay;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.logs.DamagedTlog;
import org.lifeline.mavlink.frame.Frame;
import org.lifeline.time.ManualScheduler;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The two-minute fixture log with garbage timestamps after damage — the first record stamped
 * 1970, a position 138 years ahead at 30 s, one an hour back at 60 s, one at zero at 90 s — replays
 * in its two minutes, seeks across them, and says which records' times it did not believe.
 */
class GarbageTimestampReplayTest {

    private static final long FAR = 1_209_165L * 3_600_000_000L;

    @TempDir
    static Path dir;
    static RecordedLog log;

    private final ManualScheduler clock = new ManualScheduler();
    private final List<Frame> sent = new ArrayList<>();
    private int finished;

    @BeforeAll
    static void damageAndScan() throws IOException {
        DamagedTlog tlog = DamagedTlog.of(ReplayFixture.write(dir.resolve("clean.tlog")));
        tlog.stamp(0, 0);
        tlog.stamp(tlog.find(0.25, ReplayFixture.POSITION_ID), ReplayFixture.START_MICROS + FAR);
        int hourBack = tlog.find(0.5, ReplayFixture.POSITION_ID);
        tlog.stamp(hourBack, tlog.places.get(hourBack).micros() - 3_600_000_000L);
        tlog.stamp(tlog.find(0.75, ReplayFixture.POSITION_ID), 0);
        log = LogScanner.scan(tlog.write(dir.resolve("damaged.tlog")));
    }

    private long lastPositionMs() {
        return ReplayFixture.lastPositionMs(sent);
    }

    @Test
    void theLogKeepsItsTwoMinutesAndSaysWhichTimesItDidNotBelieve() {
        // the first record's stamp is garbage: the log starts at the next record's, a few µs later
        assertThat(log.startMicros()).isCloseTo(ReplayFixture.START_MICROS, within(1_000L));
        assertThat(log.durationMicros()).isCloseTo(ReplayFixture.SECONDS * 1_000_000L, within(1_000L));
        assertThat(log.times().garbage()).isEqualTo(4);
        assertThat(log.times().describe(v -> String.valueOf(v), v -> String.valueOf(v)))
                .startsWith("4 records carry timestamps that cannot be true").contains("byte offset 0 (stamped 0,");
    }

    @Test
    void theReplayRunsAtTheRecordedPaceAcrossTheDamageAndFinishes() {
        Playback p = new Playback(log, clock, sent::add, 1, () -> finished++);
        p.start();
        assertThat(lastPositionMs()).as("the first position, whose stamp was garbage, leaves at the start").isZero();
        clock.advance(Duration.ofMillis(45_050));
        assertThat(lastPositionMs()).isEqualTo(45_000);
        clock.advance(Duration.ofSeconds(80));
        assertThat(lastPositionMs()).isEqualTo(119_900);
        assertThat(finished).isEqualTo(1);
    }

    @Test
    void aSeekPastAGarbageTimestampLandsAtTheTimeSought() {
        Playback p = new Playback(log, clock, sent::add, 1, () -> finished++);
        p.start();
        // the log starts 5 µs after the first position (its stamp was garbage): aim between positions
        p.seek(Duration.ofMillis(95_450));
        clock.advance(Duration.ofMillis(100));
        assertThat(lastPositionMs()).isEqualTo(95_500);
        clock.advance(Duration.ofMillis(2_000));
        assertThat(lastPositionMs()).isEqualTo(97_500);
        p.seek(Duration.ofMillis(30_450));
        clock.advance(Duration.ofMillis(100));
        assertThat(lastPositionMs()).as("back before the position stamped 138 years ahead").isEqualTo(30_500);
    }
}
