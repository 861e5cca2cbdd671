package org.lifeline.groundstation.session;

import io.dronefleet.mavlink.common.Attitude;
import io.dronefleet.mavlink.common.GlobalPositionInt;
import io.dronefleet.mavlink.common.SysStatus;
import io.dronefleet.mavlink.minimal.Heartbeat;
import io.dronefleet.mavlink.minimal.MavAutopilot;
import io.dronefleet.mavlink.minimal.MavType;
import org.junit.jupiter.api.Test;
import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.MessageChannel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LinkInspectorTest {

    private final List<Consumer<MavMessage>> listeners = new ArrayList<>();
    private final MessageChannel channel = new MessageChannel() {
        @Override
        public void send(Object payload) {
        }

        @Override
        public Subscription subscribe(Consumer<MavMessage> listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }
    };

    private void receive(int sys, int comp, int seq, Object payload) {
        MavMessage m = new MavMessage(sys, comp, seq, payload);
        listeners.forEach(l -> l.accept(m));
    }

    @Test
    void sequenceGapsCountAsLostFramesPerSenderAcrossTheWrap() {
        LinkInspector inspector = new LinkInspector(channel);
        int[] seqs = {250, 251, 253, 254, 255, 0, 3, 4};          // 252, 1 and 2 lost
        for (int s : seqs) {
            receive(1, 1, s, Attitude.builder().build());
        }
        receive(1, 154, 10, Attitude.builder().build());            // another component: its own sequence
        receive(1, 154, 11, Attitude.builder().build());

        LinkInspector.Report r = inspector.report(Duration.ofSeconds(2), FrameCounters.NONE);

        assertThat(r.sources()).extracting(LinkInspector.Source::componentId, LinkInspector.Source::received,
                LinkInspector.Source::lost).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, 8L, 3L), org.assertj.core.groups.Tuple.tuple(154, 2L, 0L));
        assertThat(r.lost()).isEqualTo(3);
        assertThat(r.lossPercent()).isCloseTo(100.0 * 3 / 13, within(1e-9));
    }

    @Test
    void aDuplicateOrLateFrameIsOutOfOrderNotTwoHundredLost() {
        LinkInspector inspector = new LinkInspector(channel);
        for (int s : new int[]{10, 11, 12, 11, 13}) {
            receive(1, 1, s, Attitude.builder().build());
        }

        LinkInspector.Source s = inspector.report(Duration.ofSeconds(1), FrameCounters.NONE).sources().get(0);

        assertThat(s.lost()).isZero();
        assertThat(s.outOfOrder()).isEqualTo(1);
        assertThat(s.received()).isEqualTo(5);
    }

    @Test
    void ratesArePerMessageTypeOverTheWindowAndHeartbeatsNameTheSender() {
        LinkInspector inspector = new LinkInspector(channel);
        int seq = 0;
        for (int i = 0; i < 10; i++) {
            receive(1, 1, seq++, GlobalPositionInt.builder().build());
        }
        for (int i = 0; i < 2; i++) {
            receive(1, 1, seq++, Heartbeat.builder().type(MavType.MAV_TYPE_QUADROTOR)
                    .autopilot(MavAutopilot.MAV_AUTOPILOT_ARDUPILOTMEGA).build());
        }
        receive(1, 1, seq, SysStatus.builder().build());

        LinkInspector.Report r = inspector.report(Duration.ofSeconds(2), new FrameCounters(13, 2, 0, 600));

        assertThat(r.messagesByType()).containsExactlyInAnyOrderEntriesOf(
                java.util.Map.of("GLOBAL_POSITION_INT", 10L, "HEARTBEAT", 2L, "SYS_STATUS", 1L));
        assertThat(r.rate("GLOBAL_POSITION_INT")).isEqualTo(5.0);
        assertThat(r.rate("HEARTBEAT")).isEqualTo(1.0);
        assertThat(r.sources().get(0).heartbeat()).isEqualTo("QUADROTOR / ARDUPILOTMEGA");
        assertThat(r.frames().crcFailures()).isEqualTo(2);
    }

    @Test
    void messageNamesFollowMavlinkSpelling() {
        assertThat(LinkInspector.messageName(GlobalPositionInt.builder().build())).isEqualTo("GLOBAL_POSITION_INT");
        assertThat(LinkInspector.messageName(io.dronefleet.mavlink.common.Statustext.builder().build())).isEqualTo("STATUSTEXT");
        assertThat(LinkInspector.messageName(io.dronefleet.mavlink.common.Gps2Raw.builder().build())).isEqualTo("GPS2_RAW");
        assertThat(LinkInspector.messageName(io.dronefleet.mavlink.common.MissionItemInt.builder().build())).isEqualTo("MISSION_ITEM_INT");
    }
}
