package org.lifeline.groundstation.linkwatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.dronefleet.mavlink.common.GlobalPositionInt;
import io.dronefleet.mavlink.minimal.Heartbeat;
import io.dronefleet.mavlink.minimal.MavAutopilot;
import io.dronefleet.mavlink.minimal.MavModeFlag;
import io.dronefleet.mavlink.minimal.MavState;
import io.dronefleet.mavlink.minimal.MavType;

import org.junit.jupiter.api.Test;
import org.lifeline.groundstation.testing.InProcessSession;
import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.support.Await;
import org.lifeline.time.ManualScheduler;

/**
 * How a drone's positions reach the page, on the link's own clock: a position goes out at once;
 * positions closer together than the pace coalesce into the newest, which goes out when the pace
 * allows (held, never dropped); a heartbeat that changes nothing holds no position back.
 */
class PositionPaceTest {

    /** A vehicle's side the test speaks for: what it delivers, every listener hears. */
    private static final class Vehicle implements MessageChannel {
        private final List<Consumer<MavMessage>> listeners = new CopyOnWriteArrayList<>();

        @Override
        public void send(Object payload) {
            // the watch's telemetry requests: nobody answers them here
        }

        @Override
        public Subscription subscribe(Consumer<MavMessage> listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }

        void deliver(Object payload) {
            listeners.forEach(l -> l.accept(new MavMessage(1, 1, 0, payload)));
        }

        void position(double lat) {
            deliver(GlobalPositionInt.builder().lat((int) Math.round(lat * 1e7)).lon(1_144_010_000).relativeAlt(40_000).hdg(9_000).build());
        }

        void heartbeat() {
            deliver(Heartbeat.builder().type(MavType.MAV_TYPE_QUADROTOR).autopilot(MavAutopilot.MAV_AUTOPILOT_ARDUPILOTMEGA)
                    .baseMode(MavModeFlag.MAV_MODE_FLAG_CUSTOM_MODE_ENABLED, MavModeFlag.MAV_MODE_FLAG_SAFETY_ARMED).customMode(3)
                    .systemStatus(MavState.MAV_STATE_ACTIVE).mavlinkVersion(3).build());
        }
    }

    @Test
    void positionsCloserThanThePaceCoalesceIntoTheNewestWhichGoesOutWhenThePaceAllows() throws Exception {
        Vehicle vehicle = new Vehicle();
        ManualScheduler link = new ManualScheduler();
        List<LinkSample> out = new CopyOnWriteArrayList<>();
        WatchSettings pace = new WatchSettings(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofMinutes(10),
                Duration.ofMillis(200), 2);
        try (DroneLinkWatch watch = new DroneLinkWatch("d1", "tcp://127.0.0.1:5760",
                (options, progress) -> new InProcessSession(vehicle, link, options.uri()), Clock.systemUTC(), pace, out::add)) {
            watch.start();
            assertThat(Await.until(() -> out.stream().anyMatch(s -> s.state() == LinkSample.State.LIVE), Duration.ofSeconds(5))).isTrue();
            vehicle.heartbeat();
            assertThat(out.get(out.size() - 1).mode()).as("a mode change goes out at once").isEqualTo("AUTO");
            int before = out.size();

            vehicle.position(34.0001);
            assertThat(out).hasSize(before + 1);
            assertThat(out.get(before).latitude()).isEqualTo(34.0001);

            link.advance(Duration.ofMillis(50));
            vehicle.position(34.0002);
            vehicle.heartbeat();
            vehicle.position(34.0003);
            assertThat(out).as("held: too soon after the last position; the unchanged heartbeat adds nothing").hasSize(before + 1);

            link.advance(Duration.ofMillis(150));
            assertThat(out).as("the pace allows: the newest goes out").hasSize(before + 2);
            assertThat(out.get(before + 1).latitude()).isEqualTo(34.0003);

            link.advance(Duration.ofMillis(500));
            vehicle.position(34.0004);
            assertThat(out).as("a position after the pace goes out at once").hasSize(before + 3);
            assertThat(out.get(before + 2).latitude()).isEqualTo(34.0004);
            link.advance(Duration.ofMillis(300));
            assertThat(out).as("nothing was left waiting to go out again").hasSize(before + 3);
        }
    }
}
