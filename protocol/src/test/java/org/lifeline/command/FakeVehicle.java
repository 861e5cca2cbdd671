package org.lifeline.command;

import io.dronefleet.mavlink.common.CommandAck;
import io.dronefleet.mavlink.common.CommandInt;
import io.dronefleet.mavlink.common.CommandLong;
import io.dronefleet.mavlink.common.MavCmd;
import io.dronefleet.mavlink.common.MavResult;
import io.dronefleet.mavlink.common.MavSeverity;
import io.dronefleet.mavlink.common.Statustext;
import io.dronefleet.mavlink.minimal.Heartbeat;
import io.dronefleet.mavlink.minimal.MavAutopilot;
import io.dronefleet.mavlink.minimal.MavModeFlag;
import io.dronefleet.mavlink.minimal.MavState;
import io.dronefleet.mavlink.minimal.MavType;
import io.dronefleet.mavlink.util.EnumValue;
import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.time.ManualScheduler;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A vehicle on fake time, written for these tests: it is the {@link MessageChannel} the client
 * sends on, records what it received, and answers after a link latency through the
 * {@link ManualScheduler}. How it answers commands is a {@link Responder}; {@link #arduCopter}
 * behaves like ArduPilot Copter in the ways that matter to arming and modes.
 */
final class FakeVehicle implements MessageChannel {

    static final int SYSID = 1;
    static final int COMPID = 1;
    static final Duration LATENCY = Duration.ofMillis(40);

    /** One message the vehicle sends back, {@code delay} after the command arrived (plus latency). */
    record Answer(Object payload, Duration delay) {
    }

    /** Decides the answers to the {@code attempt}-th (1-based) reception of a command. */
    interface Responder {
        List<Answer> answer(FakeVehicle vehicle, CommandLong command, int attempt);
    }

    final ManualScheduler clock;
    final List<Object> received = new ArrayList<>();
    private final List<Consumer<MavMessage>> listeners = new CopyOnWriteArrayList<>();
    private Responder responder;
    private int sequence;
    long customMode = CopterMode.STABILIZE.customMode();
    boolean armed;
    /** Arming is refused (pre-arm checks) until this fake time. */
    Duration armableAfter = Duration.ZERO;
    /** When the last command arrived, on fake time. */
    long lastCommandAtNanos;

    FakeVehicle(ManualScheduler clock, Responder responder) {
        this.clock = clock;
        this.responder = responder;
    }

    /** Sends a heartbeat now and every second, showing the current mode and armed state. */
    FakeVehicle startHeartbeats() {
        heartbeat();
        return this;
    }

    private void heartbeat() {
        int base = 1; // MAV_MODE_FLAG_CUSTOM_MODE_ENABLED
        if (armed) {
            base |= 128;
        }
        emit(Heartbeat.builder().type(MavType.MAV_TYPE_QUADROTOR).autopilot(MavAutopilot.MAV_AUTOPILOT_ARDUPILOTMEGA)
                .baseMode(EnumValue.create(MavModeFlag.class, base)).customMode(customMode)
                .systemStatus(MavState.MAV_STATE_STANDBY).mavlinkVersion(3).build(), Duration.ZERO);
        clock.schedule(Duration.ofSeconds(1), this::heartbeat);
    }

    void emit(Object payload, Duration delay) {
        clock.schedule(LATENCY.plus(delay), () -> {
            MavMessage m = new MavMessage(SYSID, COMPID, sequence++ & 0xff, payload);
            listeners.forEach(l -> l.accept(m));
        });
    }

    /** Delivers {@code payload} immediately, as if sent by (sys, comp): for stray or foreign messages. */
    void emitFrom(int sys, int comp, Object payload) {
        MavMessage m = new MavMessage(sys, comp, sequence++ & 0xff, payload);
        listeners.forEach(l -> l.accept(m));
    }

    @Override
    public void send(Object payload) {
        received.add(payload);
        lastCommandAtNanos = clock.nanoTime() + LATENCY.toNanos();
        if (payload instanceof CommandLong c) {
            int attempt = c.confirmation() + 1;
            clock.schedule(LATENCY, () -> responder.answer(this, c, attempt).forEach(a -> emit(a.payload(), a.delay())));
        } else if (payload instanceof CommandInt c) {
            CommandLong asLong = CommandLong.builder().targetSystem(c.targetSystem()).targetComponent(c.targetComponent())
                    .command(c.command()).param1(c.param1()).param2(c.param2()).build();
            clock.schedule(LATENCY, () -> responder.answer(this, asLong, 1).forEach(a -> emit(a.payload(), a.delay())));
        }
    }

    @Override
    public Subscription subscribe(Consumer<MavMessage> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    List<CommandLong> commandsReceived() {
        return received.stream().filter(CommandLong.class::isInstance).map(CommandLong.class::cast).toList();
    }

    static Answer ack(CommandLong c, MavResult result, int progress, Duration delay) {
        return new Answer(CommandAck.builder().command(c.command()).result(result).progress(progress)
                .targetSystem(255).targetComponent(190).build(), delay);
    }

    static Answer ack(CommandLong c, int rawResult) {
        return new Answer(CommandAck.builder().command(c.command()).result(EnumValue.create(MavResult.class, rawResult))
                .targetSystem(0).build(), Duration.ZERO);
    }

    static Answer text(String text) {
        return new Answer(Statustext.builder().severity(MavSeverity.MAV_SEVERITY_CRITICAL).text(text).build(), Duration.ZERO);
    }

    /** ArduPilot Copter, as far as arming and modes go. */
    static Responder arduCopter() {
        return (v, c, attempt) -> {
            MavCmd cmd = c.command().entry();
            if (cmd == null) {
                return List.of(ack(c, MavResult.MAV_RESULT_UNSUPPORTED, 0, Duration.ZERO));
            }
            switch (cmd) {
                case MAV_CMD_DO_SET_MODE -> {
                    if (((int) c.param1() & 1) == 0 || CopterMode.fromCustomMode((long) c.param2()).isEmpty()) {
                        return List.of(ack(c, MavResult.MAV_RESULT_FAILED, 0, Duration.ZERO));
                    }
                    v.customMode = (long) c.param2();
                    return List.of(ack(c, MavResult.MAV_RESULT_ACCEPTED, 0, Duration.ZERO));
                }
                case MAV_CMD_COMPONENT_ARM_DISARM -> {
                    boolean force = c.param2() == 21196f;
                    if (c.param1() == 0f) {
                        v.armed = false;
                        return List.of(ack(c, MavResult.MAV_RESULT_ACCEPTED, 0, Duration.ZERO));
                    }
                    if (!force && v.customMode == CopterMode.AUTO.customMode()) {
                        return List.of(text("Arm: Mode not armable"), ack(c, MavResult.MAV_RESULT_FAILED, 0, Duration.ZERO));
                    }
                    if (!force && v.clock.nanoTime() < v.armableAfter.toNanos()) {
                        return List.of(text("PreArm: EKF3 waiting for GPS config data"),
                                ack(c, MavResult.MAV_RESULT_FAILED, 0, Duration.ZERO));
                    }
                    v.armed = true;
                    return List.of(ack(c, MavResult.MAV_RESULT_ACCEPTED, 0, Duration.ZERO));
                }
                case MAV_CMD_MISSION_START -> {
                    if (!v.armed) {
                        return List.of(ack(c, MavResult.MAV_RESULT_FAILED, 0, Duration.ZERO));
                    }
                    v.customMode = CopterMode.AUTO.customMode();
                    return List.of(ack(c, MavResult.MAV_RESULT_ACCEPTED, 0, Duration.ZERO));
                }
                case MAV_CMD_NAV_RETURN_TO_LAUNCH -> {
                    v.customMode = CopterMode.RTL.customMode();
                    return List.of(ack(c, MavResult.MAV_RESULT_ACCEPTED, 0, Duration.ZERO));
                }
                case MAV_CMD_NAV_LAND -> {
                    v.customMode = CopterMode.LAND.customMode();
                    return List.of(ack(c, MavResult.MAV_RESULT_ACCEPTED, 0, Duration.ZERO));
                }
                default -> {
                    return List.of(ack(c, MavResult.MAV_RESULT_UNSUPPORTED, 0, Duration.ZERO));
                }
            }
        };
    }
}
