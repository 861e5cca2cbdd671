package org.lifeline.agent.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.time.ManualScheduler;

class PayloadReleaserTest {

    private static final DropPlan PLAN = new DropPlan("P-42", 5, 34.0655, 114.4010, 5.0, 8.0, 16.0, 1.0);

    @TempDir
    Path dir;

    private final ManualScheduler clock = new ManualScheduler();
    private final List<String> actuator = new ArrayList<>();
    private final ReleaseActuator recording = new ReleaseActuator() {
        @Override
        public void open() {
            actuator.add("open");
        }

        @Override
        public void close() {
            actuator.add("close");
        }
    };

    private VehicleSnapshot overDrop() {
        return new VehicleSnapshot(clock.millis(), true, true, 5, true, 34.0655, 114.4010, 12.0, 0.3, 0.0);
    }

    private PayloadReleaser releaser(ReleaseJournal journal, Optional<ParcelSensor> sensor) {
        return new PayloadReleaser(new InterlockCheck(), journal, recording, sensor, clock, Duration.ofSeconds(2));
    }

    @Test
    void releaseOpensThenClosesTheActuatorAndJournalsBothSteps() throws IOException {
        try (ReleaseJournal journal = ReleaseJournal.open(dir.resolve("releases.journal"))) {
            List<ReleaseOutcome> outcomes = new ArrayList<>();
            boolean[] parcelIn = {true};
            ReleaseDecision d = releaser(journal, Optional.of(() -> parcelIn[0])).release(PLAN, overDrop(), outcomes::add);
            assertThat(d.allowed()).isTrue();
            assertThat(actuator).containsExactly("open");
            assertThat(journal.state("P-42")).contains(ReleaseJournal.State.INTENT);
            parcelIn[0] = false;
            clock.advance(Duration.ofSeconds(2));
            assertThat(actuator).containsExactly("open", "close");
            assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.sensor()).isEqualTo(ReleaseOutcome.SensorReading.LEFT));
            assertThat(journal.state("P-42")).contains(ReleaseJournal.State.DONE);
        }
    }

    @Test
    void aParcelStillSeenAfterReleaseIsReportedAsStillPresent() throws IOException {
        try (ReleaseJournal journal = ReleaseJournal.open(dir.resolve("j"))) {
            List<ReleaseOutcome> outcomes = new ArrayList<>();
            releaser(journal, Optional.of(() -> true)).release(PLAN, overDrop(), outcomes::add);
            clock.advance(Duration.ofSeconds(3));
            assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.sensor()).isEqualTo(ReleaseOutcome.SensorReading.STILL_PRESENT));
        }
    }

    @Test
    void aRefusedReleaseNeverTouchesTheActuatorOrTheJournal() throws IOException {
        try (ReleaseJournal journal = ReleaseJournal.open(dir.resolve("j"))) {
            VehicleSnapshot fast = new VehicleSnapshot(clock.millis(), true, true, 5, true, 34.0655, 114.4010, 12.0, 4.0, 0.0);
            List<ReleaseOutcome> outcomes = new ArrayList<>();
            ReleaseDecision d = releaser(journal, Optional.empty()).release(PLAN, fast, outcomes::add);
            assertThat(d.allowed()).isFalse();
            assertThat(d.failed()).containsExactly(Interlock.GROUND_SPEED);
            assertThat(d.summary()).contains("ground speed 4.00 m/s is above the limit 1.00 m/s");
            assertThat(actuator).isEmpty();
            assertThat(journal.released("P-42")).isFalse();
            assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.actuated()).isFalse());
        }
    }

    @Test
    void aRestartAfterTheIntentWasWrittenNeverReleasesAgain() throws IOException {
        Path file = dir.resolve("releases.journal");
        try (ReleaseJournal journal = ReleaseJournal.open(file)) {
            releaser(journal, Optional.empty()).release(PLAN, overDrop(), o -> { });
            // the process dies here: the actuator opened, DONE was never written
        }
        actuator.clear();
        try (ReleaseJournal reopened = ReleaseJournal.open(file)) {
            ReleaseDecision again = releaser(reopened, Optional.empty()).release(PLAN, overDrop(), o -> { });
            assertThat(again.failed()).containsExactly(Interlock.NOT_ALREADY_RELEASED);
            assertThat(actuator).isEmpty();
        }
    }

    @Test
    void aSecondRequestForTheSameParcelIsRefused() throws IOException {
        try (ReleaseJournal journal = ReleaseJournal.open(dir.resolve("j"))) {
            PayloadReleaser r = releaser(journal, Optional.empty());
            r.release(PLAN, overDrop(), o -> { });
            clock.advance(Duration.ofSeconds(5));
            ReleaseDecision second = r.release(PLAN, overDrop(), o -> { });
            assertThat(second.failed()).contains(Interlock.NOT_ALREADY_RELEASED);
            assertThat(actuator).containsExactly("open", "close");
        }
    }

    @Test
    void aTornLastLineIsIgnoredButAMalformedLineElsewhereStopsTheJournal() throws IOException {
        Path torn = dir.resolve("torn");
        Files.writeString(torn, "INTENT A 1\nDONE A 2 LEFT\nINTENT B 3", StandardCharsets.UTF_8);
        try (ReleaseJournal j = ReleaseJournal.open(torn)) {
            assertThat(j.released("A")).isTrue();
            assertThat(j.released("B")).isFalse();
        }
        Path bad = dir.resolve("bad");
        Files.writeString(bad, "INTENT A 1\nGARBAGE\nDONE A 2 LEFT\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ReleaseJournal.open(bad))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(bad + ":2: expected");
    }

    @Test
    void aDropPlanWithAnInvertedAltitudeWindowIsRejected() {
        assertThatThrownBy(() -> new DropPlan("P", 1, 34, 114, 5, 20, 10, 1))
                .hasMessageContaining("altitude window 20.0..10.0 m");
    }
}
