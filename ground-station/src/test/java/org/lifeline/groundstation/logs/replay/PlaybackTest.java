package org.lifeline.groundstation.logs.replay;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.mavlink.frame.Frame;
import org.lifeline.time.ManualScheduler;
import org.lifeline.tlog.TlogReader;
import org.lifeline.tlog.TlogRecord;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Pace, pause, speed and seek of a replay, on simulated time: no sleeps, no sockets. */
class PlaybackTest {

    @TempDir
    static Path dir;
    static RecordedLog log;

    private final ManualScheduler clock = new ManualScheduler();
    private final List<Frame> sent = new ArrayList<>();
    private int finished;

    @BeforeAll
    static void writeLog() throws IOException {
        log = LogScanner.scan(ReplayFixture.write(dir.resolve("flight.tlog")));
    }

    private Playback playback(double speed) {
        return new Playback(log, clock, sent::add, speed, () -> finished++);
    }

    private long lastPositionMs() {
        return ReplayFixture.lastPositionMs(sent);
    }

    @Test
    void framesLeaveAtTheirRecordedTimesAndNotBefore() {
        Playback p = playback(1);
        p.start();
        assertThat(lastPositionMs()).isZero();
        clock.advance(Duration.ofMillis(10_050));
        assertThat(lastPositionMs()).isEqualTo(10_000);
        assertThat(p.status().positionMicros()).isEqualTo(10_050_000);
    }

    @Test
    void theSpeedMultipliesThePace() {
        Playback p = playback(4);
        p.start();
        clock.advance(Duration.ofSeconds(10));
        assertThat(lastPositionMs()).isEqualTo(40_000);
        p.setSpeed(0.5);
        clock.advance(Duration.ofSeconds(10));
        assertThat(lastPositionMs()).isEqualTo(45_000);
    }

    @Test
    void theVehiclesFramesLeaveByteForByteAndTheGroundStationsAndItsAnswersDoNot() throws IOException {
        Playback p = playback(100);
        p.start();
        clock.advance(Duration.ofSeconds(2));
        assertThat(finished).isEqualTo(1);
        List<Frame> expected = new ArrayList<>();
        try (TlogReader r = TlogReader.open(log.file())) {
            for (TlogRecord rec : r) {
                if (rec.frame().systemId() == 1 && !Playback.WITHHELD.contains(rec.frame().messageId())) {
                    expected.add(rec.frame());
                }
            }
        }
        assertThat(sent).containsExactlyElementsOf(expected);
        assertThat(sent).noneMatch(f -> f.systemId() == 255);
        // the vehicle's MISSION_REQUEST_INT x3, MISSION_ACK, PARAM_VALUE x3 and COMMAND_ACK were answers to 255
        assertThat(p.withheld()).containsEntry(51, 3L).containsEntry(47, 1L).containsEntry(22, 3L).containsEntry(77, 1L);
        assertThat(p.status().finished()).isTrue();
        assertThat(p.status().line()).startsWith("end of log 02:00 / 02:00 ×100");
    }

    @Test
    void pausedNothingIsSentAndResumingContinuesWhereItStopped() {
        Playback p = playback(1);
        p.start();
        clock.advance(Duration.ofSeconds(30));
        p.pause();
        int before = sent.size();
        clock.advance(Duration.ofSeconds(60));
        assertThat(sent).hasSize(before);
        assertThat(p.status().positionMicros()).isEqualTo(30_000_000);
        assertThat(p.status().line()).startsWith("paused 00:30 / 02:00");
        p.resume();
        clock.advance(Duration.ofSeconds(1));
        assertThat(lastPositionMs()).isEqualTo(31_000);
    }

    @Test
    void seekJumpsForwardAndBackAndKeepsPlaying() {
        Playback p = playback(1);
        p.start();
        clock.advance(Duration.ofSeconds(5));
        p.seek(Duration.ofSeconds(100));
        clock.runDue();
        assertThat(lastPositionMs()).isEqualTo(100_000);
        clock.advance(Duration.ofSeconds(2));
        assertThat(lastPositionMs()).isEqualTo(102_000);
        p.seek(Duration.ofMillis(20_500));
        assertThat(lastPositionMs()).as("the first frame after a seek back is the one at the new time").isEqualTo(20_500);
        clock.advance(Duration.ofMillis(600));
        assertThat(lastPositionMs()).isEqualTo(21_100);
        assertThat(p.status().positionMicros()).isEqualTo(21_100_000);
    }

    @Test
    void aSeekWhilePausedStaysPausedAndPastTheEndFinishes() {
        Playback p = playback(1);
        p.start();
        p.pause();
        p.seek(Duration.ofSeconds(60));
        clock.advance(Duration.ofSeconds(5));
        assertThat(p.status().positionMicros()).isEqualTo(60_000_000);
        assertThat(lastPositionMs()).isZero();
        p.seek(Duration.ofHours(1));
        p.resume();
        clock.advance(Duration.ofSeconds(1));
        assertThat(finished).isEqualTo(1);
        assertThat(p.status().positionMicros()).isEqualTo(log.durationMicros());
    }

    @Test
    void aPauseAndSeekBeforeTheStartAreKept() {
        Playback p = playback(1);
        p.seek(Duration.ofSeconds(50));
        p.pause();
        clock.advance(Duration.ofSeconds(5));
        p.start();
        assertThat(p.started()).isTrue();
        clock.advance(Duration.ofSeconds(5));
        assertThat(sent).isEmpty();
        p.resume();
        clock.advance(Duration.ofMillis(1_000));
        assertThat(lastPositionMs()).isEqualTo(51_000);
    }

    @Test
    void terminalLinesPauseChangeSpeedSeekAndQuit() {
        Playback p = playback(2);
        ReplayControls controls = new ReplayControls(p);
        p.start();
        clock.advance(Duration.ofSeconds(5));
        assertThat(controls.apply("p").reply()).startsWith("paused — paused 00:10 / 02:00 ×2");
        assertThat(controls.apply("+").reply()).startsWith("speed ×4 — paused");
        assertThat(controls.apply(" s 1:30 ").reply()).startsWith("seek to 01:30 — paused 01:30 / 02:00 ×4");
        assertThat(controls.apply("p").reply()).startsWith("playing — playing 01:30");
        clock.advance(Duration.ofSeconds(1));
        assertThat(lastPositionMs()).isEqualTo(94_000);
        assertThat(controls.apply("-").reply()).startsWith("speed ×2");
        assertThat(controls.apply("s soon").reply()).startsWith("seek: expected seconds from the start of the log (s 120) or m:ss");
        assertThat(controls.apply("x").reply()).startsWith(ReplayControls.HELP);
        assertThat(controls.apply("q").quit()).isTrue();
    }
}
