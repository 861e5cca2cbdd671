package org.lifeline.groundstation.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.dronefleet.mavlink.common.GlobalPositionInt;
import io.dronefleet.mavlink.common.MissionCurrent;
import io.dronefleet.mavlink.common.MissionItemReached;
import io.dronefleet.mavlink.common.Statustext;
import io.dronefleet.mavlink.common.SysStatus;
import io.dronefleet.mavlink.minimal.Heartbeat;
import io.dronefleet.mavlink.minimal.MavModeFlag;
import io.dronefleet.mavlink.util.EnumValue;

import org.junit.jupiter.api.Test;
import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.MessageChannel;

class FlightMonitorTest {

    /** A channel the test feeds by hand. */
    private static final class Feed implements MessageChannel {
        final List<Consumer<MavMessage>> listeners = new ArrayList<>();

        @Override
        public void send(Object payload) {
        }

        @Override
        public Subscription subscribe(Consumer<MavMessage> listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }

        void from(int sys, int comp, Object payload) {
            List.copyOf(listeners).forEach(l -> l.accept(new MavMessage(sys, comp, 0, payload)));
        }
    }

    private static Heartbeat heartbeat(boolean armed, long customMode) {
        return Heartbeat.builder().customMode(customMode)
                .baseMode(armed ? EnumValue.create(MavModeFlag.MAV_MODE_FLAG_SAFETY_ARMED, MavModeFlag.MAV_MODE_FLAG_CUSTOM_MODE_ENABLED)
                        : EnumValue.of(MavModeFlag.MAV_MODE_FLAG_CUSTOM_MODE_ENABLED))
                .build();
    }

    private static GlobalPositionInt at(double lat, double lon, double relAltM, double vxMs) {
        return GlobalPositionInt.builder().lat((int) Math.round(lat * 1e7)).lon((int) Math.round(lon * 1e7))
                .relativeAlt((int) Math.round(relAltM * 1000)).vx((int) Math.round(vxMs * 100)).vy(0).build();
    }

    @Test
    void aFlightIsToldAsArmedTookOffReachedTextAndLanded() {
        Feed feed = new Feed();
        List<FlightMonitor.Moment> moments = new ArrayList<>();
        try (FlightMonitor monitor = new FlightMonitor(feed, 1, 1, moments::add)) {
            feed.from(1, 1, heartbeat(false, 4));
            feed.from(1, 1, heartbeat(true, 3));
            feed.from(1, 1, at(34.056, 114.3745, 0.4, 0));
            feed.from(1, 1, at(34.056, 114.3745, 5.0, 0));
            feed.from(1, 1, MissionCurrent.builder().seq(3).build());
            feed.from(1, 1, MissionItemReached.builder().seq(3).build());
            feed.from(1, 1, Statustext.builder().text("Gripper load released").build());
            feed.from(1, 1, SysStatus.builder().batteryRemaining(71).voltageBattery(15_500).build());
            feed.from(1, 1, at(34.0561, 114.3746, 50.0, 10.0));

            assertThat(monitor.status().line())
                    .isEqualTo("AUTO      armed    34.056100,114.374600 alt  50.0 m 10.0 m/s  item 3  batt 71 % 15.5 V");
            feed.from(1, 1, heartbeat(false, 3));
            assertThat(monitor.landed()).isTrue();
        }
        assertThat(moments).extracting(FlightMonitor.Moment::text).containsExactly(
                "armed in AUTO", "took off", "reached mission item 3", "autopilot: Gripper load released", "disarmed: landed");
    }

    @Test
    void otherSystemsOnTheLinkAreIgnored() {
        Feed feed = new Feed();
        List<FlightMonitor.Moment> moments = new ArrayList<>();
        try (FlightMonitor monitor = new FlightMonitor(feed, 1, 1, moments::add)) {
            feed.from(2, 1, heartbeat(true, 3));
            feed.from(1, 191, Statustext.builder().text("companion talking").build());
            assertThat(moments).isEmpty();
            assertThat(monitor.status().line()).startsWith("?         disarmed no position yet");
        }
    }
}
