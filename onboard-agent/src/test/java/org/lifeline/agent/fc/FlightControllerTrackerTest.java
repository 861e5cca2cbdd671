package org.lifeline.agent.fc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lifeline.agent.fc.FakeAutopilot.battery;
import static org.lifeline.agent.fc.FakeAutopilot.current;
import static org.lifeline.agent.fc.FakeAutopilot.gps;
import static org.lifeline.agent.fc.FakeAutopilot.heartbeat;
import static org.lifeline.agent.fc.FakeAutopilot.position;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.dronefleet.mavlink.common.CommandLong;
import io.dronefleet.mavlink.common.MavCmd;
import io.dronefleet.mavlink.minimal.Heartbeat;
import io.dronefleet.mavlink.minimal.MavType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.time.ManualScheduler;

class FlightControllerTrackerTest {

    private final ManualScheduler clock = new ManualScheduler();
    private final FakeAutopilot fc = new FakeAutopilot();
    private final List<FcEvent> events = new ArrayList<>();
    private FlightControllerTracker tracker;

    @BeforeEach
    void start() {
        tracker = new FlightControllerTracker(fc, clock, TrackerOptions.defaults(1).withGripper(9, 1900));
        tracker.addListener(new FcListener() {
            @Override
            public void onState(VehicleState state) {
            }

            @Override
            public void onEvent(FcEvent event, String message, VehicleState state) {
                events.add(event);
            }
        });
        tracker.start();
    }

    @Test
    void sendsAnOnboardControllerHeartbeatEverySecond() {
        clock.advance(Duration.ofMillis(3_500));
        List<Heartbeat> beats = fc.sent(Heartbeat.class);
        assertThat(beats).hasSize(4);
        assertThat(beats).allSatisfy(h -> assertThat(h.type().entry()).isEqualTo(MavType.MAV_TYPE_ONBOARD_CONTROLLER));
    }

    @Test
    void requestsEveryStreamOnceTheAutopilotIsHeardAndRepeatsOnlyTheSilentOnes() {
        assertThat(fc.requestedStreams()).as("nothing asked of a silent link").isEmpty();
        fc.deliver(heartbeat(false, 0));
        assertThat(fc.requestedStreams()).containsExactlyInAnyOrderElementsOf(TrackerOptions.defaultStreams().keySet());
        CommandLong position = fc.sent(CommandLong.class).stream().filter(c -> c.param1() == 33).findFirst().orElseThrow();
        assertThat(position.command().entry()).isEqualTo(MavCmd.MAV_CMD_SET_MESSAGE_INTERVAL);
        assertThat(position.param2()).as("10 Hz in µs").isEqualTo(100_000f);
        assertThat(position.targetSystem()).isEqualTo(1);
        fc.sent().clear();
        for (int i = 0; i < 50; i++) {
            fc.deliver(position(34.0655, 114.401, 0, 0));
            if (i % 10 == 0) {
                fc.deliver(heartbeat(false, 0));
            }
            clock.advance(Duration.ofMillis(100));
        }
        assertThat(fc.requestedStreams()).as("position flows; the others stay silent and are asked again")
                .doesNotContain(33).contains(1, 147, 24, 42, 74);
    }

    @Test
    void tracksPositionModeArmingBatteryFixAndMissionProgress() {
        fc.deliver(heartbeat(true, 3));
        fc.deliver(gps(3, 14));
        fc.deliver(battery(76, 15.2));
        fc.deliver(current(5, 10));
        fc.deliver(position(34.0689500, 114.4078500, 12.0, 0.4));
        VehicleState s = tracker.state();
        assertThat(s.armed()).isTrue();
        assertThat(s.mode()).isEqualTo("AUTO");
        assertThat(s.auto()).isTrue();
        assertThat(s.latitude()).isEqualTo(34.06895, org.assertj.core.data.Offset.offset(1e-7));
        assertThat(s.relativeAltitude()).isEqualTo(12.0);
        assertThat(s.altitudeAmsl()).isEqualTo(60.0);
        assertThat(s.groundSpeed()).isEqualTo(0.4, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(s.heading()).isEqualTo(90.0);
        assertThat(s.batteryPercent()).isEqualTo(76);
        assertThat(s.batteryVolts()).isEqualTo(15.2);
        assertThat(s.gpsFix()).isEqualTo(3);
        assertThat(s.satellites()).isEqualTo(14);
        assertThat(s.currentSeq()).isEqualTo(5);
        assertThat(s.missionCount()).isEqualTo(10);
        assertThat(s.snapshot().positionValid()).isTrue();
        fc.deliver(gps(1, 3));
        assertThat(tracker.state().snapshot().positionValid()).as("no 3-D fix, no valid position").isFalse();
    }

    @Test
    void theVerticalSpeedIsGlobalPositionIntsVzPointingUpAndUnknownBeforeTheFirst() {
        fc.deliver(heartbeat(true, 3));
        fc.deliver(gps(3, 14));
        assertThat(tracker.state().snapshot().climbRate()).as("no GLOBAL_POSITION_INT yet").isNaN();
        fc.deliver(position(34.06895, 114.40785, 13.0, 0, -1.4));
        assertThat(tracker.state().climbRate()).as("vz +140 cm/s is a descent").isEqualTo(-1.4);
        assertThat(tracker.state().snapshot().climbRate()).isEqualTo(-1.4);
        fc.deliver(battery(70, 15.0));
        fc.deliver(current(5, 10));
        assertThat(tracker.state().climbRate()).as("kept through other messages").isEqualTo(-1.4);
        fc.deliver(position(34.06895, 114.40785, 12.0, 0, 0.02));
        assertThat(tracker.state().snapshot().climbRate()).isEqualTo(0.02);
    }

    @Test
    void namesArduCopterModesAndKeepsUnknownNumbersVisible() {
        int[] numbers = {0, 1, 2, 3, 4, 5, 6, 7, 9, 16, 17, 21};
        String[] names = {"STABILIZE", "ACRO", "ALT_HOLD", "AUTO", "GUIDED", "LOITER", "RTL", "CIRCLE", "LAND",
                "POSHOLD", "BRAKE", "SMART_RTL"};
        for (int i = 0; i < numbers.length; i++) {
            fc.deliver(heartbeat(false, numbers[i]));
            assertThat(tracker.state().mode()).isEqualTo(names[i]);
        }
        fc.deliver(heartbeat(false, 99));
        assertThat(tracker.state().mode()).isEqualTo("MODE_99");
        assertThat(tracker.state().auto()).isFalse();
    }

    @Test
    void reportsArmingTakeoffLowBatteryLandingAndDisarming() {
        fc.deliver(heartbeat(false, 4));
        fc.deliver(battery(90, 16.4));
        fc.deliver(heartbeat(true, 4));
        fc.deliver(position(34.0655, 114.401, 0.1, 0));
        fc.deliver(position(34.0655, 114.401, 5, 1));
        fc.deliver(battery(24, 14.1));
        fc.deliver(battery(23, 14.0));
        fc.deliver(position(34.0655, 114.401, 0.2, 0.1));
        fc.deliver(heartbeat(false, 9));
        assertThat(events).containsExactly(FcEvent.MISSION_CHANGED, FcEvent.ARMED, FcEvent.TOOK_OFF,
                FcEvent.LOW_BATTERY, FcEvent.LANDED, FcEvent.DISARMED);
    }

    @Test
    void reportsTheLinkLostAfterThreeSilentSecondsAndRestoredWhenHeardAgain() {
        fc.deliver(heartbeat(false, 0));
        clock.advance(Duration.ofMillis(2_900));
        assertThat(events).doesNotContain(FcEvent.LINK_LOST);
        clock.advance(Duration.ofMillis(700));
        assertThat(events).contains(FcEvent.LINK_LOST);
        assertThat(tracker.state().linkUp()).isFalse();
        fc.sent().clear();
        fc.deliver(heartbeat(false, 0));
        assertThat(events).containsExactly(FcEvent.MISSION_CHANGED, FcEvent.LINK_LOST, FcEvent.LINK_RESTORED, FcEvent.MISSION_CHANGED);
        assertThat(fc.requestedStreams()).as("an autopilot that rebooted forgot its streams").contains(33);
    }

    @Test
    void reportsAChangedMissionItemCount() {
        fc.deliver(heartbeat(false, 0));
        fc.deliver(current(0, 10));
        fc.deliver(current(1, 10));
        fc.deliver(current(0, 12));
        assertThat(events).containsExactly(FcEvent.MISSION_CHANGED, FcEvent.MISSION_CHANGED);
    }

    @Test
    void seesTheAutopilotsOwnGripperOutputAsInformation() {
        fc.deliver(io.dronefleet.mavlink.common.ServoOutputRaw.builder().servo9Raw(1100).build());
        fc.deliver(io.dronefleet.mavlink.common.ServoOutputRaw.builder().servo9Raw(1900).build());
        fc.deliver(io.dronefleet.mavlink.common.ServoOutputRaw.builder().servo9Raw(1900).build());
        assertThat(events).containsExactly(FcEvent.FC_GRIPPER_RELEASED);
    }

    @Test
    void ignoresEveryComponentButItsOwnAutopilot() {
        fc.deliverFrom(255, 190, heartbeat(true, 3));
        fc.deliverFrom(2, 1, heartbeat(true, 3));
        fc.deliverFrom(1, 191, position(1, 1, 1, 1));
        assertThat(tracker.state().linkUp()).isFalse();
        assertThat(tracker.state().hasPosition()).isFalse();
        assertThat(events).isEmpty();
    }
}
