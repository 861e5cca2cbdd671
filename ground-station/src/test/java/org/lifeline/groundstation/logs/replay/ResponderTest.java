package org.lifeline.groundstation.logs.replay;

import io.dronefleet.mavlink.common.CommandAck;
import io.dronefleet.mavlink.common.CommandLong;
import io.dronefleet.mavlink.common.MavCmd;
import io.dronefleet.mavlink.common.MavResult;
import io.dronefleet.mavlink.common.ParamRequestList;
import io.dronefleet.mavlink.common.ParamRequestRead;
import io.dronefleet.mavlink.common.ParamSet;
import io.dronefleet.mavlink.common.ParamValue;
import io.dronefleet.mavlink.common.Statustext;
import io.dronefleet.mavlink.util.EnumValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.frame.Frame;
import org.lifeline.mavlink.sim.LinkProfile;
import org.lifeline.mavlink.sim.SimulatedChannelPair;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;
import org.lifeline.mission.transfer.MissionTransferClient;
import org.lifeline.mission.transfer.TransferOptions;
import org.lifeline.mission.transfer.TransferOutcome;
import org.lifeline.mission.transfer.TransferResult;
import org.lifeline.time.ManualScheduler;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A replay answers a ground station from the log as the vehicle would, and refuses what it cannot
 * do: Lifeline's own mission-transfer client and parameter/command messages against it, on
 * simulated time over an in-process channel (ground 255/190, vehicle 1/1).
 */
class ResponderTest {

    @TempDir
    static Path dir;
    static RecordedLog log;

    private final ManualScheduler clock = new ManualScheduler();
    private final SimulatedChannelPair pair = SimulatedChannelPair.symmetric(clock, LinkProfile.perfect(), 7);
    private final List<Frame> raw = new ArrayList<>();
    private final List<MavMessage> heard = new ArrayList<>();
    private final List<String> told = new ArrayList<>();
    private Playback playback;
    private Responder responder;

    @BeforeAll
    static void writeLog() throws IOException {
        log = LogScanner.scan(ReplayFixture.write(dir.resolve("flight.tlog")));
    }

    private void serve(RecordedLog recorded) {
        playback = new Playback(recorded, clock, raw::add, 1, () -> { });
        responder = new Responder(recorded, pair.vehicle(), clock, playback, raw::add, new Notices(told::add));
        pair.ground().subscribe(heard::add);
        playback.start();
        clock.advance(Duration.ofSeconds(2));
    }

    @AfterEach
    void close() {
        responder.close();
        playback.close();
    }

    private <T> List<T> heard(Class<T> type) {
        return heard.stream().flatMap(m -> m.as(type).stream()).toList();
    }

    private TransferResult download(MissionType type) {
        MissionTransferClient client = new MissionTransferClient(pair.ground(), clock, TransferOptions.defaults());
        CompletableFuture<TransferResult> f = client.download(type);
        for (int i = 0; i < 100 && !f.isDone(); i++) {
            clock.advance(Duration.ofMillis(100));
        }
        client.close();
        return f.join();
    }

    @Test
    void aMissionDownloadReturnsTheMissionTheLogRecordedUploadingItemByItem() {
        serve(log);
        TransferResult r = download(MissionType.MISSION);
        assertThat(r.outcome()).isEqualTo(TransferOutcome.SUCCESS);
        MissionPlan got = r.downloadedPlan().orElseThrow();
        assertThat(got.size()).isEqualTo(ReplayFixture.MISSION.size());
        for (int seq = 0; seq < got.size(); seq++) {
            assertThat(got.item(seq).withCurrent(false)).as("item " + seq).isEqualTo(ReplayFixture.MISSION.get(seq).withCurrent(false));
        }
        assertThat(told).contains("mission download: answering with the 3 items recorded in the log");
    }

    @Test
    void aFenceTheLogNeverRecordedDownloadsAsEmptyAndTheTerminalSaysWhy() {
        serve(log);
        TransferResult r = download(MissionType.FENCE);
        assertThat(r.outcome()).isEqualTo(TransferOutcome.SUCCESS);
        assertThat(r.downloadedPlan().orElseThrow().size()).isZero();
        assertThat(told).contains("fence download: the log recorded no fence; answering with an empty one");
    }

    @Test
    void anUploadIsRefusedAndTheRecordedMissionStays() {
        serve(log);
        MissionTransferClient client = new MissionTransferClient(pair.ground(), clock, TransferOptions.defaults());
        CompletableFuture<TransferResult> f = client.upload(new MissionPlan(MissionType.MISSION, ReplayFixture.MISSION.subList(0, 1)));
        // the replayed heartbeats go to the raw output here, so the client waits out its startup patience
        clock.advance(TransferOptions.DEFAULT_STARTUP_WAIT.plusSeconds(1));
        client.close();
        assertThat(f.join().outcome()).isEqualTo(TransferOutcome.DENIED);
        assertThat(told).contains("mission upload refused (MAV_MISSION_DENIED): a replay cannot change the vehicle's plans");
        assertThat(download(MissionType.MISSION).downloadedPlan().orElseThrow().size()).isEqualTo(3);
    }

    @Test
    void aParameterReadIsAnsweredWithTheValueTheLogRecorded() {
        serve(log);
        pair.ground().send(ParamRequestRead.builder().targetSystem(1).targetComponent(1).paramId("RTL_ALT").paramIndex(-1).build());
        clock.advance(Duration.ofMillis(100));
        assertThat(heard(ParamValue.class)).singleElement().satisfies(p -> {
            assertThat(p.paramId()).isEqualTo("RTL_ALT");
            assertThat(p.paramValue()).isEqualTo(1500f);
            // the log holds 3 of the vehicle's 500: served as a complete list of 3
            assertThat(p.paramCount()).isEqualTo(3);
        });
        pair.ground().send(ParamRequestRead.builder().targetSystem(1).targetComponent(1).paramId("").paramIndex(2).build());
        pair.ground().send(ParamRequestRead.builder().targetSystem(1).targetComponent(1).paramId("NOT_LOGGED").paramIndex(-1).build());
        clock.advance(Duration.ofMillis(100));
        assertThat(heard(ParamValue.class)).extracting(ParamValue::paramId).containsExactly("RTL_ALT", "GRIP_ENABLE");
        assertThat(told).contains("parameter NOT_LOGGED is not in the log: not answered");
    }

    @Test
    void theParameterListIsEveryRecordedParameterNumberedAsAWholeList() {
        serve(log);
        pair.ground().send(ParamRequestList.builder().targetSystem(1).targetComponent(1).build());
        clock.advance(Duration.ofMillis(100));
        assertThat(heard(ParamValue.class)).extracting(ParamValue::paramId, ParamValue::paramIndex, ParamValue::paramCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("WPNAV_SPEED", 0, 3),
                        org.assertj.core.groups.Tuple.tuple("RTL_ALT", 1, 3), org.assertj.core.groups.Tuple.tuple("GRIP_ENABLE", 2, 3));
        assertThat(told).contains("parameter list: answering with the 3 parameters the log recorded (of 500 the vehicle had)");
    }

    @Test
    void aParameterChangeIsRefusedByReturningTheRecordedValue() {
        serve(log);
        pair.ground().send(ParamSet.builder().targetSystem(1).targetComponent(1).paramId("RTL_ALT").paramValue(3000f).build());
        clock.advance(Duration.ofMillis(100));
        assertThat(heard(ParamValue.class)).singleElement().extracting(ParamValue::paramValue).isEqualTo(1500f);
        assertThat(heard(Statustext.class)).singleElement().extracting(Statustext::text)
                .isEqualTo("Replay: RTL_ALT not changed, read-only");
    }

    @Test
    void aCommandIsDeniedAndTheTerminalSaysSoOnce() {
        serve(log);
        CommandLong arm = CommandLong.builder().targetSystem(1).targetComponent(1)
                .command(EnumValue.of(MavCmd.MAV_CMD_COMPONENT_ARM_DISARM)).param1(1).build();
        pair.ground().send(arm);
        pair.ground().send(arm);
        clock.advance(Duration.ofMillis(100));
        assertThat(heard(CommandAck.class)).hasSize(2).allSatisfy(a -> {
            assertThat(a.result().entry()).isEqualTo(MavResult.MAV_RESULT_DENIED);
            assertThat(a.command().entry()).isEqualTo(MavCmd.MAV_CMD_COMPONENT_ARM_DISARM);
            assertThat(a.targetSystem()).isEqualTo(255);
        });
        assertThat(told).containsOnlyOnce("MAV_CMD_COMPONENT_ARM_DISARM (400) refused (MAV_RESULT_DENIED): a replay cannot fly");
    }

    @Test
    void aRequestedMessageIsTheLastOneReplayedResentAsRecorded() {
        serve(log);
        int before = raw.size();
        pair.ground().send(CommandLong.builder().targetSystem(1).targetComponent(1)
                .command(EnumValue.of(MavCmd.MAV_CMD_REQUEST_MESSAGE)).param1(148).build());
        pair.ground().send(CommandLong.builder().targetSystem(1).targetComponent(1)
                .command(EnumValue.of(MavCmd.MAV_CMD_REQUEST_MESSAGE)).param1(242).build());
        clock.runDue();
        clock.advance(Duration.ofMillis(5));
        assertThat(raw.subList(before, raw.size())).filteredOn(f -> f.messageId() == 148).singleElement()
                .isEqualTo(playback.latest(148).orElseThrow());
        assertThat(heard(CommandAck.class)).extracting(a -> a.result().entry())
                .containsExactly(MavResult.MAV_RESULT_ACCEPTED, MavResult.MAV_RESULT_DENIED);
        assertThat(told).contains("MAV_CMD_REQUEST_MESSAGE for HOME_POSITION refused (MAV_RESULT_DENIED): the log has not replayed one yet");
    }

    @Test
    void flyingMessagesAreIgnoredAndTimeSyncIsAnswered() {
        serve(log);
        pair.ground().send(io.dronefleet.mavlink.common.SetMode.builder().targetSystem(1).customMode(6).build());
        pair.ground().send(io.dronefleet.mavlink.common.SetMode.builder().targetSystem(1).customMode(9).build());
        pair.ground().send(io.dronefleet.mavlink.common.Timesync.builder().tc1(0).ts1(42).build());
        clock.advance(Duration.ofMillis(100));
        assertThat(told).containsOnlyOnce("SET_MODE ignored: a replay cannot fly");
        assertThat(heard(io.dronefleet.mavlink.common.Timesync.class)).singleElement()
                .satisfies(t -> assertThat(t.ts1()).isEqualTo(42)).satisfies(t -> assertThat(t.tc1()).isPositive());
    }

    @Test
    void messagesForAnotherSystemAreNotAnswered() {
        serve(log);
        pair.ground().send(CommandLong.builder().targetSystem(7).targetComponent(1)
                .command(EnumValue.of(MavCmd.MAV_CMD_COMPONENT_ARM_DISARM)).param1(1).build());
        clock.advance(Duration.ofMillis(100));
        assertThat(heard(CommandAck.class)).isEmpty();
    }
}
