package org.lifeline.agent.fc;

import static org.assertj.core.api.Assertions.assertThat;

import io.dronefleet.mavlink.common.CommandLong;
import io.dronefleet.mavlink.common.RequestDataStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lifeline.mavlink.MessageChannel;

class StreamRequestsTest {

    private final List<Object> sent = new ArrayList<>();
    private final MessageChannel channel = new MessageChannel() {
        @Override
        public void send(Object payload) {
            sent.add(payload);
        }

        @Override
        public Subscription subscribe(java.util.function.Consumer<org.lifeline.mavlink.MavMessage> listener) {
            return () -> { };
        }
    };

    private final StreamRequests streams = new StreamRequests(channel, 1, 1, Map.of(33, 10.0, 1, 1.0, 24, 2.0));

    private List<CommandLong> intervals() {
        return sent.stream().filter(CommandLong.class::isInstance).map(CommandLong.class::cast).toList();
    }

    private List<RequestDataStream> legacy() {
        return sent.stream().filter(RequestDataStream.class::isInstance).map(RequestDataStream.class::cast).toList();
    }

    @Test
    void everyStreamIsAskedOnceWithSetMessageIntervalAndNotAgainWhileItFlows() {
        streams.check(0);
        for (long t = 100; t <= 10_000; t += 100) {
            streams.heard(33, t);
            streams.heard(1, t);
            streams.heard(24, t);
            streams.check(t);
        }
        assertThat(intervals()).extracting(c -> (int) c.param1()).containsExactlyInAnyOrder(1, 24, 33);
        assertThat(legacy()).isEmpty();
    }

    @Test
    void aStreamStillSilentAfterItsFirstRequestIsAlsoAskedForByItsLegacyGroup() {
        streams.check(0);
        streams.heard(33, 500);
        streams.heard(33, 2_000);
        streams.check(2_000);

        assertThat(intervals()).hasSize(5);
        assertThat(legacy()).extracting(RequestDataStream::reqStreamId).containsExactly(2); // EXTENDED_STATUS only
        assertThat(legacy().get(0).reqMessageRate()).isEqualTo(2);
        assertThat(legacy().get(0).startStop()).isEqualTo(1);
    }
}
