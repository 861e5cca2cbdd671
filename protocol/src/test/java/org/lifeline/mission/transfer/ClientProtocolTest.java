package org.lifeline.mission.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.dronefleet.mavlink.common.MissionAck;
import io.dronefleet.mavlink.common.MissionClearAll;
import io.dronefleet.mavlink.common.MissionCount;
import io.dronefleet.mavlink.common.MissionItemInt;
import io.dronefleet.mavlink.common.MissionRequestInt;
import io.dronefleet.mavlink.common.MissionRequestList;
import io.dronefleet.mavlink.common.MissionSetCurrent;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;

/** The ground station's side of each transaction against a vehicle scripted message by message. */
class ClientProtocolTest {

    private final ScriptedVehicle v = new ScriptedVehicle();
    private final MissionPlan plan = TransferFixture.plan(MissionType.MISSION, 4);

    private static Object requestInt(int seq, MissionType t) {
        return MissionWire.requestInt(seq, t, 255, 190);
    }

    private static Object ack(TransferOutcome o, MissionType t) {
        return MissionWire.ack(o, t.wireValue(), 255, 190);
    }

    /** The vehicle requests items {@code first} to the plan's last, then accepts the plan; returns the upload's result. */
    private TransferResult requestTheRestAndAccept(CompletableFuture<TransferResult> f, int first) {
        for (int i = first; i < plan.size(); i++) {
            v.send(requestInt(i, MissionType.MISSION));
        }
        v.send(ack(TransferOutcome.SUCCESS, MissionType.MISSION));
        return ScriptedVehicle.done(f);
    }

    @Test
    void uploadSendsCountThenAnswersEachRequestWithMissionItemInt() {
        CompletableFuture<TransferResult> f = v.client.upload(plan);
        v.settle();
        assertThat(v.last(MissionCount.class).count()).isEqualTo(4);
        for (int i = 0; i < 4; i++) {
            v.send(requestInt(i, MissionType.MISSION));
            MissionItemInt item = v.last(MissionItemInt.class);
            assertThat(item.seq()).isEqualTo(i);
            assertThat(MissionWire.item(item)).isEqualTo(plan.item(i));
        }
        v.send(ack(TransferOutcome.SUCCESS, MissionType.MISSION));
        assertThat(ScriptedVehicle.done(f).outcome()).isEqualTo(TransferOutcome.SUCCESS);
    }

    @Test
    void uploadAnswersLegacyMissionRequestWithMissionItemInt() {
        CompletableFuture<TransferResult> f = v.client.upload(plan);
        v.settle();
        for (int i = 0; i < 4; i++) {
            v.send(MissionWire.request(i, MissionType.MISSION, 255, 190));
            assertThat(v.last(MissionItemInt.class).seq()).isEqualTo(i);
        }
        v.send(ack(TransferOutcome.SUCCESS, MissionType.MISSION));
        TransferResult r = ScriptedVehicle.done(f);
        assertThat(r.outcome()).isEqualTo(TransferOutcome.SUCCESS);
        assertThat(r.detail()).contains("legacy MISSION_REQUEST");
    }

    @Test
    void uploadResendsTheRequestedItemForDuplicatedAndOutOfOrderRequests() {
        v.client.upload(plan);
        v.settle();
        for (int seq : new int[] {0, 1, 1, 0, 2}) {
            v.send(requestInt(seq, MissionType.MISSION));
        }
        assertThat(v.sent(MissionItemInt.class)).extracting(MissionItemInt::seq).containsExactly(0, 1, 1, 0, 2);
    }

    @Test
    void uploadReportsProtocolErrorWhenTheVehicleRequestsAnItemPastTheEnd() {
        CompletableFuture<TransferResult> f = v.client.upload(plan);
        v.settle();
        v.send(requestInt(0, MissionType.MISSION));
        v.send(requestInt(4, MissionType.MISSION));
        TransferResult r = ScriptedVehicle.done(f);
        assertThat(r.outcome()).isEqualTo(TransferOutcome.PROTOCOL_ERROR);
        assertThat(r.detail()).contains("requested item 4 of a 4-item plan");
        assertThat(MissionWire.raw(v.last(MissionAck.class).type())).isEqualTo(TransferOutcome.INVALID_SEQUENCE.mavResult());
    }

    @Test
    void uploadIgnoresAnAcceptedAckThatArrivesBeforeTheLastItemWasRequested() {
        CompletableFuture<TransferResult> f = v.client.upload(plan);
        v.settle();
        v.send(requestInt(0, MissionType.MISSION));
        v.send(ack(TransferOutcome.SUCCESS, MissionType.MISSION));
        assertThat(f).isNotDone();
        assertThat(requestTheRestAndAccept(f, 1).outcome()).isEqualTo(TransferOutcome.SUCCESS);
    }

    @Test
    void uploadResendsCountOnlyAfterTheSpecCommandTimeout() {
        v.client.upload(plan);
        v.settle();
        v.advanceMillis(1499);
        assertThat(v.sent(MissionCount.class)).hasSize(1);
        v.advanceMillis(1);
        assertThat(v.sent(MissionCount.class)).hasSize(2);
    }

    @Test
    void uploadGivesUpWithTimeoutAfterFiveRetriesOfTheCount() {
        CompletableFuture<TransferResult> f = v.client.upload(plan);
        v.advanceMillis(8999);
        assertThat(f).isNotDone();
        v.advanceMillis(1);
        TransferResult r = ScriptedVehicle.done(f);
        assertThat(r.outcome()).isEqualTo(TransferOutcome.TIMEOUT);
        assertThat(v.sent(MissionCount.class)).hasSize(6);
        assertThat(r.retransmissions()).isEqualTo(5);
        assertThat(r.detail()).contains("still holds its previous mission");
    }

    @Test
    void uploadResendsTheLastItemWhenTheNextRequestIsLost() {
        CompletableFuture<TransferResult> f = v.client.upload(plan);
        v.settle();
        v.send(requestInt(0, MissionType.MISSION));
        v.advanceMillis(249);
        assertThat(v.sent(MissionItemInt.class)).hasSize(1);
        v.advanceMillis(1);
        assertThat(v.sent(MissionItemInt.class)).extracting(MissionItemInt::seq).containsExactly(0, 0);
        // ArduPilot answers an item it already has with INVALID_SEQUENCE: not a failure
        v.send(ack(TransferOutcome.INVALID_SEQUENCE, MissionType.MISSION));
        assertThat(f).isNotDone();
        assertThat(requestTheRestAndAccept(f, 1).outcome()).isEqualTo(TransferOutcome.SUCCESS);
    }

    @Test
    void uploadCarriesOnAfterAnInvalidSequenceAckForAnItemDuplicatedOnTheWay() {
        CompletableFuture<TransferResult> f = v.client.upload(plan);
        v.settle();
        v.send(requestInt(0, MissionType.MISSION));
        v.send(requestInt(1, MissionType.MISSION));
        // a second radio delivered item 0 twice: ArduPilot acks the copy INVALID_SEQUENCE and waits on
        v.send(ack(TransferOutcome.INVALID_SEQUENCE, MissionType.MISSION));
        assertThat(f).isNotDone();
        assertThat(v.sent(MissionItemInt.class)).extracting(MissionItemInt::seq).containsExactly(0, 1);
        assertThat(requestTheRestAndAccept(f, 2).outcome()).isEqualTo(TransferOutcome.SUCCESS);
    }

    @Test
    void uploadOfAnEmptyPlanEndsWithTheVehiclesAck() {
        CompletableFuture<TransferResult> f = v.client.upload(MissionPlan.empty(MissionType.FENCE));
        v.settle();
        assertThat(v.last(MissionCount.class).count()).isZero();
        v.send(ack(TransferOutcome.SUCCESS, MissionType.FENCE));
        assertThat(ScriptedVehicle.done(f).outcome()).isEqualTo(TransferOutcome.SUCCESS);
    }

    @Test
    void uploadRejectsAPlanLongerThanTheProtocolCanCount() {
        MissionPlan huge = new MissionPlan(MissionType.MISSION,
                java.util.Collections.nCopies(65536, plan.item(1)));
        TransferResult r = ScriptedVehicle.done(v.client.upload(huge));
        assertThat(r.outcome()).isEqualTo(TransferOutcome.INVALID_REQUEST);
        assertThat(v.received).isEmpty();
    }

    @Test
    void downloadRequestsEveryItemWithRequestIntAndAcknowledgesTheEnd() {
        CompletableFuture<TransferResult> f = v.client.download(MissionType.RALLY);
        v.settle();
        assertThat(v.sent(MissionRequestList.class)).hasSize(1);
        MissionPlan rally = TransferFixture.plan(MissionType.RALLY, 3);
        v.send(MissionWire.count(3, MissionType.RALLY, 255, 190));
        for (int i = 0; i < 3; i++) {
            assertThat(v.last(MissionRequestInt.class).seq()).isEqualTo(i);
            v.send(MissionWire.item(rally.item(i), i, MissionType.RALLY, 255, 190));
        }
        TransferResult r = ScriptedVehicle.done(f);
        assertThat(r.outcome()).isEqualTo(TransferOutcome.SUCCESS);
        assertThat(r.plan()).isEqualTo(rally);
        assertThat(MissionWire.raw(v.last(MissionAck.class).type())).isZero();
        assertThat(MissionWire.raw(v.last(MissionAck.class).missionType())).isEqualTo(MissionType.RALLY.wireValue());
    }

    @Test
    void downloadReRequestsAnItemAfterTheSpecItemTimeout() {
        v.client.download(MissionType.MISSION);
        v.settle();
        v.send(MissionWire.count(2, MissionType.MISSION, 255, 190));
        v.advanceMillis(249);
        assertThat(v.sent(MissionRequestInt.class)).hasSize(1);
        v.advanceMillis(1);
        assertThat(v.sent(MissionRequestInt.class)).extracting(MissionRequestInt::seq).containsExactly(0, 0);
    }

    @Test
    void anAdaptiveEngineRetransmitsSoonerButGivesUpNoSoonerThanTheSpecsLongestWait() {
        ScriptedVehicle adaptive = new ScriptedVehicle(TransferOptions.defaults());
        for (int i = 0; i < 50; i++) {
            adaptive.client.retransmissionTimeout().sample(java.time.Duration.ofMillis(60));
        }
        CompletableFuture<TransferResult> f = adaptive.client.download(MissionType.MISSION);
        adaptive.settle();
        adaptive.send(MissionWire.count(3, MissionType.MISSION, 255, 190));
        adaptive.advanceMillis(1000);
        assertThat(adaptive.sent(MissionRequestInt.class).size()).as("retransmitted at the learned RTO: a fixed engine sends 5 in that second").isGreaterThan(6);
        adaptive.advanceMillis(7999);
        assertThat(f).isNotDone();
        adaptive.advanceMillis(1000);
        TransferResult r = ScriptedVehicle.done(f);
        assertThat(r.outcome()).isEqualTo(TransferOutcome.TIMEOUT);
        assertThat(r.detail()).contains("item 0 of 3 never arrived");
    }

    @Test
    void downloadReportsAnUnknownResultCodeAsUnknownVehicleResultWhenRepeated() {
        CompletableFuture<TransferResult> f = v.client.download(MissionType.MISSION);
        v.settle();
        for (int i = 0; i < 2; i++) {
            v.send(io.dronefleet.mavlink.common.MissionAck.builder().targetSystem(255).targetComponent(190)
                    .type(io.dronefleet.mavlink.util.EnumValue.create(99)).missionType(MissionWire.type(MissionType.MISSION)).build());
        }
        assertThat(ScriptedVehicle.done(f).outcome()).isEqualTo(TransferOutcome.UNKNOWN_VEHICLE_RESULT);
    }

    @Test
    void aSecondTransferOfTheSameTypeIsBusyWhileOtherTypesRunAlongside() {
        CompletableFuture<TransferResult> first = v.client.upload(plan);
        TransferResult second = ScriptedVehicle.done(v.client.download(MissionType.MISSION));
        CompletableFuture<TransferResult> fence = v.client.download(MissionType.FENCE);
        v.settle();
        assertThat(second.outcome()).isEqualTo(TransferOutcome.BUSY);
        assertThat(first).isNotDone();
        v.send(MissionWire.count(0, MissionType.FENCE, 255, 190));
        assertThat(ScriptedVehicle.done(fence).outcome()).isEqualTo(TransferOutcome.SUCCESS);
        assertThat(first).isNotDone();
    }

    @Test
    void messagesFromAnotherSystemOrForAnotherGroundStationAreIgnored() {
        CompletableFuture<TransferResult> f = v.client.download(MissionType.MISSION);
        v.settle();
        v.send(MissionWire.count(0, MissionType.MISSION, 42, 190));
        assertThat(f).isNotDone();
        v.send(MissionWire.count(0, MissionType.MISSION, 255, 190));
        assertThat(ScriptedVehicle.done(f).outcome()).isEqualTo(TransferOutcome.SUCCESS);
    }

    @Test
    void clearSucceedsOnTheVehiclesAcceptedAckAndReportsARefusal() {
        CompletableFuture<TransferResult> ok = v.client.clear(MissionType.FENCE);
        v.settle();
        assertThat(MissionWire.raw(v.last(MissionClearAll.class).missionType())).isEqualTo(1);
        v.send(ack(TransferOutcome.SUCCESS, MissionType.FENCE));
        assertThat(ScriptedVehicle.done(ok).outcome()).isEqualTo(TransferOutcome.SUCCESS);

        CompletableFuture<TransferResult> refused = v.client.clear(MissionType.MISSION);
        v.settle();
        v.send(ack(TransferOutcome.DENIED, MissionType.MISSION));
        TransferResult r = ScriptedVehicle.done(refused);
        assertThat(r.outcome()).isEqualTo(TransferOutcome.DENIED);
        assertThat(r.detail()).contains("refused to clear");
    }

    @Test
    void setCurrentWaitsForTheVehicleToReportTheRequestedItem() {
        CompletableFuture<TransferResult> f = v.client.setCurrent(3);
        v.settle();
        assertThat(v.last(MissionSetCurrent.class).seq()).isEqualTo(3);
        v.send(MissionWire.current(1, 5));
        assertThat(f).isNotDone();
        v.send(MissionWire.current(3, 5));
        assertThat(ScriptedVehicle.done(f).outcome()).isEqualTo(TransferOutcome.SUCCESS);
    }

    @Test
    void setCurrentTimesOutWhenTheVehicleKeepsReportingAnotherItem() {
        CompletableFuture<TransferResult> f = v.client.setCurrent(9);
        for (int i = 0; i < 10; i++) {
            v.send(MissionWire.current(1, 5));
            v.advanceMillis(1000);
        }
        assertThat(ScriptedVehicle.done(f).outcome()).isEqualTo(TransferOutcome.TIMEOUT);
        assertThat(v.sent(MissionSetCurrent.class)).hasSize(6);
    }

    @Test
    void cancelEndsARunningUploadWithCancelledAndAWarning() {
        CompletableFuture<TransferResult> f = v.client.upload(plan);
        v.settle();
        v.send(requestInt(0, MissionType.MISSION));
        assertThat(v.client.cancel(MissionType.MISSION)).isTrue();
        TransferResult r = ScriptedVehicle.done(f);
        assertThat(r.outcome()).isEqualTo(TransferOutcome.CANCELLED);
        assertThat(r.detail()).contains("partial or the previous plan");
        assertThat(v.client.cancel(MissionType.MISSION)).isFalse();
    }

    @Test
    void progressCountsItemsUpToTheTotal() {
        List<int[]> seen = new java.util.ArrayList<>();
        CompletableFuture<TransferResult> f = v.client.upload(plan, (t, done, total) -> seen.add(new int[] {done, total}));
        v.settle();
        requestTheRestAndAccept(f, 0);
        assertThat(seen).extracting(a -> a[0]).containsExactly(0, 1, 2, 3, 4);
        assertThat(seen).allSatisfy(a -> assertThat(a[1]).isEqualTo(4));
    }
}
