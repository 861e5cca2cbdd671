package org.lifeline.mavlink.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.dronefleet.mavlink.common.MissionAck;
import io.dronefleet.mavlink.common.MissionItemInt;
import io.dronefleet.mavlink.util.EnumValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lifeline.mavlink.MavMessage;
import org.lifeline.time.ManualScheduler;

class SimulatedChannelPairTest {

    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<MavMessage> atVehicle = new ArrayList<>();

    private SimulatedChannelPair pair(LinkProfile profile, long seed) {
        SimulatedChannelPair p = SimulatedChannelPair.symmetric(scheduler, profile, seed);
        p.vehicle().subscribe(atVehicle::add);
        return p;
    }

    private static MissionItemInt item(int seq) {
        return MissionItemInt.builder().targetSystem(1).targetComponent(1).seq(seq)
                .frame(EnumValue.create(6)).command(EnumValue.create(16)).current(0).autocontinue(1)
                .param1(1).param2(2).param3(3).param4(4).x(525200000).y(134050000).z(30)
                .missionType(EnumValue.create(0)).build();
    }

    @Test
    void aMissionItemIntFrameIs49BytesWithTheZeroMissionTypeTrimmed() {
        assertThat(MavlinkFrameSize.frameBytes(item(3))).isEqualTo(12 + 37);
    }

    @Test
    void aFrameArrivesAfterItsSerialisationAtTheByteRatePlusTheLatency() {
        SimulatedChannelPair p = pair(LinkProfile.radio57600(Duration.ofMillis(25)), 1);
        p.ground().send(item(0));
        // 49 bytes at 5760 bytes/s = 8.507 ms, plus 25 ms
        scheduler.advance(Duration.ofNanos(33_500_000L));
        assertThat(atVehicle).isEmpty();
        scheduler.advance(Duration.ofNanos(10_000L));
        assertThat(atVehicle).hasSize(1);
        MissionItemInt got = (MissionItemInt) atVehicle.get(0).payload();
        assertThat(got.x()).isEqualTo(525200000);
        assertThat(got.frame().value()).isEqualTo(6);
        assertThat(got.command().value()).isEqualTo(16);
        assertThat(atVehicle.get(0).systemId()).isEqualTo(255);
    }

    @Test
    void framesQueueBehindEachOtherOnTheLink() {
        SimulatedChannelPair p = pair(LinkProfile.radio57600(Duration.ofMillis(25)), 1);
        p.ground().send(item(0));
        p.ground().send(item(1));
        scheduler.advance(Duration.ofNanos(33_510_000L));
        assertThat(atVehicle).hasSize(1);
        scheduler.advance(Duration.ofNanos(8_510_000L));
        assertThat(atVehicle).extracting(m -> ((MissionItemInt) m.payload()).seq()).containsExactly(0, 1);
    }

    @Test
    void anUnsetEnumFieldArrivesAsZeroAsFromARealLink() {
        SimulatedChannelPair p = pair(LinkProfile.perfect(), 1);
        p.ground().send(MissionAck.builder().targetSystem(1).targetComponent(1).build());
        scheduler.runDue();
        MissionAck got = (MissionAck) atVehicle.get(0).payload();
        assertThat(got.type()).isNotNull();
        assertThat(got.type().value()).isZero();
        assertThat(got.missionType().value()).isZero();
    }

    @Test
    void lossIsApplyToTheConfiguredFractionAndCounted() {
        SimulatedChannelPair p = pair(new LinkProfile(Duration.ZERO, 0, 0.3, 0, 0), 42);
        for (int i = 0; i < 5000; i++) {
            p.ground().send(item(i % 50));
        }
        scheduler.runDue();
        LinkStats s = p.stats(SimulatedChannelPair.Direction.UPLINK);
        assertThat(s.frames()).isEqualTo(5000);
        assertThat(s.lost()).isBetween(1400L, 1600L);
        assertThat(atVehicle).hasSize((int) (5000 - s.lost()));
    }

    @Test
    void theSameSeedGivesTheSameFaults() {
        List<Integer> first = deliveredSeqs(7);
        atVehicle.clear();
        assertThat(deliveredSeqs(7)).isEqualTo(first);
        atVehicle.clear();
        assertThat(deliveredSeqs(8)).isNotEqualTo(first);
    }

    private List<Integer> deliveredSeqs(long seed) {
        SimulatedChannelPair p = pair(LinkProfile.radio57600(Duration.ofMillis(10)).withLoss(0.2)
                .withDuplication(0.1).withReorder(0.2), seed);
        for (int i = 0; i < 100; i++) {
            p.ground().send(item(i));
        }
        scheduler.advance(Duration.ofSeconds(10));
        return atVehicle.stream().map(m -> ((MissionItemInt) m.payload()).seq()).toList();
    }

    @Test
    void duplicationAndReorderingShowInTheDeliveredOrder() {
        SimulatedChannelPair p = pair(LinkProfile.radio57600(Duration.ofMillis(25)).withDuplication(0.2).withReorder(0.3), 3);
        for (int i = 0; i < 100; i++) {
            p.ground().send(item(i));
        }
        scheduler.advance(Duration.ofSeconds(10));
        List<Integer> seqs = atVehicle.stream().map(m -> ((MissionItemInt) m.payload()).seq()).toList();
        LinkStats s = p.stats(SimulatedChannelPair.Direction.UPLINK);
        assertThat(seqs).hasSize(100 + (int) s.duplicated());
        assertThat(s.duplicated()).isPositive();
        boolean outOfOrder = false;
        for (int i = 1; i < seqs.size(); i++) {
            outOfOrder |= seqs.get(i) < seqs.get(i - 1);
        }
        assertThat(outOfOrder).isTrue();
    }
}
