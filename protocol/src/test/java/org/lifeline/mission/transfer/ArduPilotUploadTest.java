package org.lifeline.mission.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.dronefleet.mavlink.common.MavMissionResult;
import io.dronefleet.mavlink.common.MissionAck;
import io.dronefleet.mavlink.common.MissionCount;
import io.dronefleet.mavlink.common.MissionItemInt;
import io.dronefleet.mavlink.common.MissionRequestInt;
import io.dronefleet.mavlink.common.Timesync;
import io.dronefleet.mavlink.minimal.Heartbeat;
import io.dronefleet.mavlink.minimal.MavAutopilot;
import io.dronefleet.mavlink.minimal.MavState;
import io.dronefleet.mavlink.minimal.MavType;
import io.dronefleet.mavlink.util.EnumValue;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;

/**
 * The upload against ArduPilot's own behaviour as measured on SITL (docs/mission-transfer.md),
 * scripted message by message on fake time: NO_SPACE while it boots, INVALID_SEQUENCE for an item
 * it already holds, MAV_MISSION_ERROR for an item after it finished, and its 1 s re-request.
 */
class ArduPilotUploadTest {

    private final ScriptedVehicle v = new ScriptedVehicle(TransferOptions.defaults());
    private final MissionPlan plan = TransferFixture.plan(MissionType.MISSION, 4);

    private static Object request(int seq) {
        return MissionWire.request(seq, MissionType.MISSION, 255, 190);
    }

    private static Object ack(TransferOutcome o) {
        return MissionWire.ack(o, MissionType.MISSION.wireValue(), 255, 190);
    }

    private static Heartbeat heartbeat(MavState state) {
        return Heartbeat.builder().type(MavType.MAV_TYPE_QUADROTOR).autopilot(MavAutopilot.MAV_AUTOPILOT_ARDUPILOTMEGA)
                .systemStatus(EnumValue.of(state)).mavlinkVersion(3).build();
    }

    /** Teaches the engine a 40 ms round trip, as after a few exchanges on a real link. */
    private void learnRoundTrip() {
        for (int i = 0; i < 20; i++) {
            v.client.retransmissionTimeout().sample(Duration.ofMillis(40));
        }
    }

    /** Moves time just past the learned timeout: exactly one retransmission goes out. */
    private void untilOneResend() {
        v.advanceMillis(v.client.retransmissionTimeout().timeout(TimeoutKind.ITEM, 0).toMillis() + 1);
    }

    @Test
    void aFirstCountLostBeforeAnythingWasLearnedIsResentAfterTheTimesyncRoundTripNotAfterTheSpecsSecondAndAHalf() {
        CompletableFuture<TransferResult> f = v.client.upload(plan);
        v.settle();
        Timesync probe = v.last(Timesync.class);
        assertThat(probe.tc1()).isZero();
        v.advanceMillis(40);
        v.send(Timesync.builder().tc1(987_654_321L).ts1(probe.ts1()).targetSystem(255).targetComponent(190).build());
        assertThat(v.client.retransmissionTimeout().smoothedRtt()).isEqualTo(Duration.ofMillis(40));
        // first sample: SRTT 40 ms, RTTVAR 20 ms, RTO = 40 + 4 × 20 = 120 ms from the COUNT's send
        v.advanceMillis(79);
        assertThat(v.sent(MissionCount.class)).hasSize(1);
        v.advanceMillis(1);
        assertThat(v.sent(MissionCount.class)).as("the lost COUNT is resent 120 ms after it went out").hasSize(2);
        for (int i = 0; i < 4; i++) {
            v.send(request(i));
        }
        v.send(ack(TransferOutcome.SUCCESS));
        assertThat(ScriptedVehicle.done(f).outcome()).isEqualTo(TransferOutcome.SUCCESS);
    }

    @Test
    void anUnansweredTimesyncProbeIsRepeatedEvery100MsAtMostFiveTimesUntilOneIsAnswered() {
        CompletableFuture<TransferResult> f = v.client.upload(plan);
        v.settle();
        v.advanceMillis(250);
        assertThat(v.sent(Timesync.class)).hasSize(3);
        Timesync third = v.last(Timesync.class);
        v.send(Timesync.builder().tc1(1L).ts1(third.ts1()).targetSystem(255).targetComponent(190).build());
        v.advanceMillis(1000);
        assertThat(v.sent(Timesync.class)).as("answered: no more probes").hasSize(3);
        assertThat(v.client.retransmissionTimeout().samples()).isEqualTo(1);
        assertThat(f).isNotDone();
    }

    @Test
    void noSpaceWhileTheVehicleReportsBootIsWaitedOutAndTheUploadCompletes() {
        v.send(heartbeat(MavState.MAV_STATE_BOOT));
        CompletableFuture<TransferResult> f = v.client.upload(plan);
        v.settle();
        for (int i = 0; i < 6; i++) {
            v.send(ack(TransferOutcome.NO_SPACE));
            assertThat(f).isNotDone();
            v.advanceMillis(250);
        }
        assertThat(v.sent(MissionCount.class)).hasSize(7);
        v.send(heartbeat(MavState.MAV_STATE_STANDBY));
        for (int i = 0; i < 4; i++) {
            v.send(request(i));
        }
        v.send(ack(TransferOutcome.SUCCESS));
        TransferResult r = ScriptedVehicle.done(f);
        assertThat(r.outcome()).isEqualTo(TransferOutcome.SUCCESS);
        assertThat(r.detail()).isEqualTo("uploaded 4 items after waiting 1.5 s for the vehicle to finish starting"
                + " (vehicle used legacy MISSION_REQUEST)");
    }

    @Test
    void aVehicleStillBootingWhenTheStartupWaitRunsOutIsReportedAsStillStarting() {
        ScriptedVehicle patient = new ScriptedVehicle(TransferOptions.defaults().withStartupWait(Duration.ofSeconds(2)));
        patient.send(heartbeat(MavState.MAV_STATE_BOOT));
        CompletableFuture<TransferResult> f = patient.client.upload(plan);
        patient.settle();
        while (!f.isDone()) {
            patient.send(ack(TransferOutcome.NO_SPACE));
            patient.advanceMillis(250);
        }
        TransferResult r = f.join();
        assertThat(r.outcome()).isEqualTo(TransferOutcome.VEHICLE_STARTING);
        assertThat(r.outcome().description()).isEqualTo("the vehicle is still starting");
        assertThat(r.detail()).startsWith("the vehicle is still starting: it refused the upload (NO_SPACE) for 2.0 s")
                .contains("still holds its previous mission").doesNotContain("more items than");
        assertThat(patient.sent(MissionCount.class)).hasSize(9);
    }

    @Test
    void noSpaceFromAVehicleThatIsUpIsBelievedWhenRepeatedWithoutWaiting() {
        v.send(heartbeat(MavState.MAV_STATE_STANDBY));
        CompletableFuture<TransferResult> f = v.client.upload(plan);
        v.settle();
        v.send(ack(TransferOutcome.NO_SPACE));
        assertThat(v.sent(MissionCount.class)).as("asked once more at once: the first could be a stray ack").hasSize(2);
        v.send(ack(TransferOutcome.NO_SPACE));
        TransferResult r = ScriptedVehicle.done(f);
        assertThat(r.outcome()).isEqualTo(TransferOutcome.NO_SPACE);
        assertThat(r.detail()).contains("the plan has more items than the vehicle can store");
    }

    @Test
    void aRefusalFromAVehicleNeverHeardIsWaitedOutTooThenReportedWithBothPossibleCauses() {
        ScriptedVehicle silent = new ScriptedVehicle(TransferOptions.defaults().withStartupWait(Duration.ofSeconds(1)));
        CompletableFuture<TransferResult> f = silent.client.upload(plan);
        silent.settle();
        while (!f.isDone()) {
            silent.send(ack(TransferOutcome.NO_SPACE));
            silent.advanceMillis(250);
        }
        TransferResult r = f.join();
        assertThat(r.outcome()).isEqualTo(TransferOutcome.NO_SPACE);
        assertThat(r.detail()).isEqualTo("the vehicle refused the upload of 4 items for 1.0 s: the plan has more items"
                + " than the vehicle can store (it sent no heartbeat, so it may also be still starting);"
                + " it still holds its previous mission");
    }

    @Test
    void anInvalidSequenceAckAfterOurResendMeansTheRequestWasLostSoTheNextItemGoesAtOnce() {
        learnRoundTrip();
        CompletableFuture<TransferResult> f = v.client.upload(plan);
        v.settle();
        v.send(request(0));
        v.send(request(1));
        untilOneResend();    // REQUEST(2) lost: item 1 is resent once the learned timeout passes
        assertThat(v.sent(MissionItemInt.class)).extracting(MissionItemInt::seq).containsExactly(0, 1, 1);
        v.send(ack(TransferOutcome.INVALID_SEQUENCE));
        assertThat(v.sent(MissionItemInt.class)).extracting(MissionItemInt::seq).containsExactly(0, 1, 1, 2);
        v.send(request(3));
        v.send(ack(TransferOutcome.SUCCESS));
        assertThat(ScriptedVehicle.done(f).outcome()).isEqualTo(TransferOutcome.SUCCESS);
    }

    @Test
    void whenTheVehicleHoldsWhatWeWouldResendWeWaitForItsOwnReRequestInsteadOfFlooding() {
        learnRoundTrip();
        CompletableFuture<TransferResult> f = v.client.upload(plan);
        v.settle();
        for (int i = 0; i < 3; i++) {
            v.send(request(i));
        }
        untilOneResend();
        v.send(ack(TransferOutcome.INVALID_SEQUENCE));   // item 2 was resent: the last item is guessed
        assertThat(v.last(MissionItemInt.class).seq()).isEqualTo(3);
        untilOneResend();
        v.send(ack(TransferOutcome.INVALID_SEQUENCE));   // item 3 resent and refused: nothing left to guess
        int before = v.sent(MissionItemInt.class).size();
        v.advanceMillis(1000);
        assertThat(v.sent(MissionItemInt.class)).as("no resends while the vehicle's own 1 s re-request is due")
                .hasSize(before);
        v.send(request(3));
        v.send(ack(TransferOutcome.SUCCESS));
        assertThat(ScriptedVehicle.done(f).outcome()).isEqualTo(TransferOutcome.SUCCESS);
    }

    @Test
    void aLastItemSentAsAGuessCompletesTheUploadAndAnErrorToItsLateCopyIsUnconfirmed() {
        // as seen on SITL at 10 % loss: REQUEST(3) lost, item 2 resent, INVALID_SEQUENCE, item 3
        // guessed, the vehicle finishes; then either its ACCEPTED arrives or (lost) it answers our
        // resend of item 3 with MAV_MISSION_ERROR
        for (boolean acceptedLost : new boolean[] {false, true}) {
            ScriptedVehicle vehicle = new ScriptedVehicle(TransferOptions.defaults());
            CompletableFuture<TransferResult> f = vehicle.client.upload(plan);
            vehicle.settle();
            for (int i = 0; i < 3; i++) {
                vehicle.send(request(i));
            }
            vehicle.advanceMillis(vehicle.client.retransmissionTimeout().timeout(TimeoutKind.ITEM, 0).toMillis() + 1);
            vehicle.send(ack(TransferOutcome.INVALID_SEQUENCE));
            assertThat(vehicle.last(MissionItemInt.class).seq()).isEqualTo(3);
            vehicle.send(ack(acceptedLost ? TransferOutcome.ERROR : TransferOutcome.SUCCESS));
            assertThat(ScriptedVehicle.done(f).outcome())
                    .isEqualTo(acceptedLost ? TransferOutcome.UNCONFIRMED : TransferOutcome.SUCCESS);
        }
    }

    @Test
    void aStrayErrorAckFromTheUploadsLateLastItemDoesNotAbortTheReadBack() {
        CompletableFuture<TransferResult> f = v.client.uploadVerified(plan);
        v.settle();
        for (int i = 0; i < 4; i++) {
            v.send(request(i));
        }
        v.send(ack(TransferOutcome.SUCCESS));
        // our spurious resend of item 3 reached a vehicle that had finished: its ERROR comes now
        v.send(ack(TransferOutcome.ERROR));
        assertThat(f).isNotDone();
        v.send(MissionWire.count(4, MissionType.MISSION, 255, 190));
        for (int i = 0; i < 4; i++) {
            v.send(MissionWire.item(plan.item(i), i, MissionType.MISSION, 255, 190));
        }
        assertThat(ScriptedVehicle.done(f).outcome()).isEqualTo(TransferOutcome.SUCCESS);
    }

    @Test
    void theVehiclesReRequestIntervalIsLearnedFromItsRepeatedRequests() {
        ScriptedVehicle slow = new ScriptedVehicle(TransferOptions.defaults().withMinTimeout(Duration.ofMillis(250)));
        assertThat(slow.client.retransmissionTimeout().vehicleRerequest()).isEqualTo(Duration.ofMillis(1000));
        slow.client.upload(plan);
        slow.settle();
        slow.send(request(0));
        slow.advanceMillis(1200);
        // our item and its resend were lost; the vehicle asks again on its own timer
        slow.send(request(0));
        assertThat(slow.client.retransmissionTimeout().vehicleRerequest()).isEqualTo(Duration.ofMillis(1050));
    }

    @Test
    void anErrorAfterTheLastItemIsUnconfirmedAndAVerifiedUploadSettlesItByReadingBack() {
        CompletableFuture<TransferResult> f = v.client.uploadVerified(plan);
        v.settle();
        for (int i = 0; i < 4; i++) {
            v.send(request(i));
        }
        // ACCEPTED lost; our resend of item 3 reaches a vehicle that stopped receiving
        v.advanceMillis(1500);
        v.send(ack(TransferOutcome.ERROR));
        assertThat(f).isNotDone();
        v.send(MissionWire.count(4, MissionType.MISSION, 255, 190));
        for (int i = 0; i < 4; i++) {
            assertThat(v.last(MissionRequestInt.class).seq()).isEqualTo(i);
            v.send(MissionWire.item(plan.item(i), i, MissionType.MISSION, 255, 190));
        }
        TransferResult r = ScriptedVehicle.done(f);
        assertThat(r.outcome()).isEqualTo(TransferOutcome.SUCCESS);
        assertThat(r.detail()).isEqualTo("uploaded and verified 4 items (the vehicle's final acknowledgement was lost)");
    }

    @Test
    void aPlainUploadReportsTheLostFinalAcknowledgementAsUnconfirmedNotAsSuccess() {
        CompletableFuture<TransferResult> f = v.client.upload(plan);
        v.settle();
        for (int i = 0; i < 4; i++) {
            v.send(request(i));
        }
        v.send(ack(TransferOutcome.ERROR));
        TransferResult r = ScriptedVehicle.done(f);
        assertThat(r.outcome()).isEqualTo(TransferOutcome.UNCONFIRMED);
        assertThat(r.isSuccess()).isFalse();
        assertThat(r.detail()).contains("read the mission back to confirm it before flight");
        assertThat(v.sent(MissionAck.class)).noneMatch(a -> a.type().entry() == MavMissionResult.MAV_MISSION_ERROR);
    }
}
