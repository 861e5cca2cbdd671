package org.lifeline.groundstation.session;

import io.dronefleet.mavlink.common.CommandAck;
import io.dronefleet.mavlink.common.CommandLong;
import io.dronefleet.mavlink.common.MavCmd;
import io.dronefleet.mavlink.common.MavResult;
import io.dronefleet.mavlink.common.MavSeverity;
import io.dronefleet.mavlink.common.ParamRequestRead;
import io.dronefleet.mavlink.common.ParamValue;
import io.dronefleet.mavlink.common.Statustext;
import io.dronefleet.mavlink.minimal.Heartbeat;
import io.dronefleet.mavlink.minimal.MavAutopilot;
import io.dronefleet.mavlink.minimal.MavModeFlag;
import io.dronefleet.mavlink.minimal.MavState;
import io.dronefleet.mavlink.minimal.MavType;
import io.dronefleet.mavlink.util.EnumValue;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.time.Scheduler;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The vehicle end of ground-station tests, on real time: heartbeats every 200 ms and answers to
 * the commands the CLI sends, the way ArduPilot Copter answers them (no arming in AUTO,
 * "PreArm:" refusals until {@code armableAfterNanos}, MISSION_START switches to AUTO).
 */
public final class TestCopter implements AutoCloseable {

    public static final long STABILIZE = 0;
    public static final long AUTO = 3;
    public static final long GUIDED = 4;

    private final MessageChannel channel;
    private final Scheduler scheduler;
    private final MessageChannel.Subscription subscription;
    private final long startNanos;
    private volatile boolean closed;
    public volatile long customMode = STABILIZE;
    public volatile boolean armed;
    public volatile long armableAfterNanos;
    /** Parameters it answers PARAM_REQUEST_READ for (by name, like ArduPilot: no answer for an unknown one). */
    public final Map<String, Float> params = new ConcurrentHashMap<>(Map.of("GRIP_ENABLE", 0f));

    public TestCopter(MessageChannel channel, Scheduler scheduler) {
        this.channel = channel;
        this.scheduler = scheduler;
        this.startNanos = scheduler.nanoTime();
        this.subscription = channel.subscribe(m -> {
            m.as(CommandLong.class).ifPresent(this::onCommand);
            m.as(ParamRequestRead.class).ifPresent(this::onParamRead);
        });
        heartbeat();
    }

    private void heartbeat() {
        if (closed) {
            return;
        }
        channel.send(Heartbeat.builder().type(MavType.MAV_TYPE_QUADROTOR).autopilot(MavAutopilot.MAV_AUTOPILOT_ARDUPILOTMEGA)
                .baseMode(EnumValue.create(MavModeFlag.class, 1 | (armed ? 128 : 0))).customMode(customMode)
                .systemStatus(MavState.MAV_STATE_STANDBY).mavlinkVersion(3).build());
        scheduler.schedule(Duration.ofMillis(200), this::heartbeat);
    }

    private void onCommand(CommandLong c) {
        MavCmd cmd = c.command().entry();
        MavResult result = MavResult.MAV_RESULT_UNSUPPORTED;
        if (cmd == MavCmd.MAV_CMD_DO_SET_MODE) {
            customMode = (long) c.param2();
            result = MavResult.MAV_RESULT_ACCEPTED;
        } else if (cmd == MavCmd.MAV_CMD_COMPONENT_ARM_DISARM && c.param1() == 0f) {
            armed = false;
            result = MavResult.MAV_RESULT_ACCEPTED;
        } else if (cmd == MavCmd.MAV_CMD_COMPONENT_ARM_DISARM) {
            if (customMode == AUTO) {
                text("Arm: Mode not armable");
                result = MavResult.MAV_RESULT_FAILED;
            } else if (scheduler.nanoTime() - startNanos < armableAfterNanos) {
                text("PreArm: Gyros still settling");
                result = MavResult.MAV_RESULT_FAILED;
            } else {
                armed = true;
                result = MavResult.MAV_RESULT_ACCEPTED;
            }
        } else if (cmd == MavCmd.MAV_CMD_MISSION_START && armed) {
            customMode = AUTO;
            result = MavResult.MAV_RESULT_ACCEPTED;
        } else if (cmd == MavCmd.MAV_CMD_NAV_RETURN_TO_LAUNCH || cmd == MavCmd.MAV_CMD_NAV_LAND) {
            customMode = cmd == MavCmd.MAV_CMD_NAV_LAND ? 9 : 6;
            result = MavResult.MAV_RESULT_ACCEPTED;
        } else if (cmd == MavCmd.MAV_CMD_MISSION_START) {
            result = MavResult.MAV_RESULT_FAILED;
        }
        channel.send(CommandAck.builder().command(c.command()).result(result).targetSystem(0).build());
    }

    private void onParamRead(ParamRequestRead r) {
        String name = r.paramId() == null ? "" : r.paramId().trim();
        Float value = params.get(name);
        if (value != null) {
            channel.send(ParamValue.builder().paramId(name).paramValue(value).paramCount(params.size()).paramIndex(0).build());
        }
    }

    private void text(String s) {
        channel.send(Statustext.builder().severity(MavSeverity.MAV_SEVERITY_CRITICAL).text(s).build());
    }

    @Override
    public void close() {
        closed = true;
        subscription.close();
    }
}
