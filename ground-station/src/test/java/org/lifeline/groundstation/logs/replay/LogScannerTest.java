package org.lifeline.groundstation.logs.replay;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.logs.SharedLogs;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionType;
import org.lifeline.plan.FlightPlan;
import org.lifeline.plan.PlanFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** What one reading of a log gives the replay: its span, its vehicle, its mission and parameters, its damage. */
class LogScannerTest {

    @TempDir
    Path dir;

    @Test
    void theSitlDeliveryLogYieldsItsVehicleSpanAndTheMissionItFlew() throws IOException {
        Path tlog = SharedLogs.require("sitl-delivery.tlog");
        RecordedLog log = LogScanner.scan(tlog);

        assertThat(log.summary().clean()).isTrue();
        assertThat(log.summary().records()).isEqualTo(87_014);
        assertThat(log.vehicleSystem()).isEqualTo(1);
        assertThat(log.vehicleComponent()).isEqualTo(1);
        assertThat(log.durationMicros() / 1e6).isCloseTo(63.9, within(0.1));
        assertThat(log.seekPoints().size()).isBetween(60, 65);
        assertThat(log.parameters().size()).isPositive();
        // the vehicle's side of a download: item 0 is its home, 1..9 the flown file's items
        List<MissionItem> flown = PlanFiles.read(SharedLogs.require("sitl-delivery.waypoints")).mission();
        List<MissionItem> recorded = log.mission(MissionType.MISSION).orElseThrow().items();
        assertThat(recorded).hasSize(10);
        for (int seq = 1; seq < 10; seq++) {
            MissionItem want = flown.get(seq - 1);
            MissionItem got = recorded.get(seq);
            assertThat(got.command()).as("item %d command", seq).isEqualTo(want.command());
            assertThat(got.x()).as("item %d latitude", seq).isEqualTo(want.x());
            assertThat(got.y()).as("item %d longitude", seq).isEqualTo(want.y());
            assertThat(got.z()).as("item %d altitude", seq).isEqualTo(want.z());
            assertThat(got.param1()).as("item %d param1", seq).isEqualTo(want.param1());
        }
        assertThat(log.mission(MissionType.FENCE)).isEmpty();
    }

    @Test
    void aDamagedStretchIsSkippedAndReportedAndTheRestIsStillRead() throws IOException {
        Path clean = ReplayFixture.write(dir.resolve("clean.tlog"));
        byte[] bytes = Files.readAllBytes(clean);
        Arrays.fill(bytes, bytes.length / 2, bytes.length / 2 + 700, (byte) 0x55);
        Path damaged = Files.write(dir.resolve("damaged.tlog"), bytes);

        RecordedLog log = LogScanner.scan(damaged);

        assertThat(log.summary().clean()).isFalse();
        assertThat(log.summary().skippedRegions()).isEqualTo(1);
        assertThat(log.summary().describe()).contains("skipped").contains("unreadable bytes in 1 place");
        assertThat(log.durationMicros()).isEqualTo(ReplayFixture.SECONDS * 1_000_000L);
        assertThat(log.mission(MissionType.MISSION).orElseThrow().items()).hasSize(3);
    }

    @Test
    void ourOwnLogKnowsTheGroundStationAndTheUploadedMission() throws IOException {
        RecordedLog log = LogScanner.scan(ReplayFixture.write(dir.resolve("flight.tlog")));

        assertThat(log.groundSystems()).containsExactly(255);
        assertThat(log.mission(MissionType.MISSION).orElseThrow().items()).containsExactlyElementsOf(ReplayFixture.MISSION);
        assertThat(log.parameters().byName("RTL_ALT").orElseThrow().value()).isEqualTo(1500f);
        assertThat(log.parameters().complete()).isFalse();
        assertThat(log.parameters().declaredCount()).isEqualTo(500);
    }

    @Test
    void aFileWithoutMavlinkIsRejectedSayingWhatWasExpected() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.tlog"), "takeoff at 10:02, landed 10:20\n".repeat(50));
        assertThatThrownBy(() -> LogScanner.scan(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(text + ": no MAVLink record found")
                .hasMessageContaining("expected a .tlog: 8-byte timestamps each followed by a MAVLink frame");
        Path empty = Files.write(dir.resolve("empty.tlog"), new byte[0]);
        assertThatThrownBy(() -> LogScanner.scan(empty)).hasMessageContaining("no MAVLink record found");
    }
}
