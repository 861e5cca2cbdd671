package org.lifeline.agent.fc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.dronefleet.mavlink.common.CommandLong;
import io.dronefleet.mavlink.common.GlobalPositionInt;
import io.dronefleet.mavlink.common.GpsFixType;
import io.dronefleet.mavlink.common.GpsRawInt;
import io.dronefleet.mavlink.common.MissionCurrent;
import io.dronefleet.mavlink.common.MissionItemReached;
import io.dronefleet.mavlink.common.SysStatus;
import io.dronefleet.mavlink.minimal.Heartbeat;
import io.dronefleet.mavlink.minimal.MavAutopilot;
import io.dronefleet.mavlink.minimal.MavModeFlag;
import io.dronefleet.mavlink.minimal.MavState;
import io.dronefleet.mavlink.minimal.MavType;
import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.MessageChannel;

/**
 * The agent's side of an in-process MAVLink link with a scripted ArduCopter at system 1,
 * component 1: tests push the autopilot's messages with the helpers and read what the agent sent.
 */
public final class FakeAutopilot implements MessageChannel {

    public static final int SYSTEM = 1;

    private final List<Consumer<MavMessage>> listeners = new CopyOnWriteArrayList<>();
    private final List<Object> sent = new CopyOnWriteArrayList<>();
    private int sequence;

    @Override
    public void send(Object payload) {
        sent.add(payload);
    }

    @Override
    public Subscription subscribe(Consumer<MavMessage> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Delivers {@code payload} as if the autopilot (1/1) had sent it. */
    public void deliver(Object payload) {
        deliverFrom(SYSTEM, 1, payload);
    }

    public void deliverFrom(int system, int component, Object payload) {
        MavMessage m = new MavMessage(system, component, sequence++ & 0xff, payload);
        listeners.forEach(l -> l.accept(m));
    }

    public List<Object> sent() {
        return sent;
    }

    public <T> List<T> sent(Class<T> type) {
        List<T> out = new ArrayList<>();
        sent.stream().filter(type::isInstance).map(type::cast).forEach(out::add);
        return out;
    }

    /** Message ids requested with SET_MESSAGE_INTERVAL, in order. */
    public List<Integer> requestedStreams() {
        return sent(CommandLong.class).stream().map(c -> Math.round(c.param1())).toList();
    }

    public static Heartbeat heartbeat(boolean armed, int customMode) {
        return Heartbeat.builder().type(MavType.MAV_TYPE_QUADROTOR).autopilot(MavAutopilot.MAV_AUTOPILOT_ARDUPILOTMEGA)
                .baseMode(armed ? new MavModeFlag[] {MavModeFlag.MAV_MODE_FLAG_CUSTOM_MODE_ENABLED, MavModeFlag.MAV_MODE_FLAG_SAFETY_ARMED}
                        : new MavModeFlag[] {MavModeFlag.MAV_MODE_FLAG_CUSTOM_MODE_ENABLED})
                .customMode(customMode).systemStatus(armed ? MavState.MAV_STATE_ACTIVE : MavState.MAV_STATE_STANDBY)
                .mavlinkVersion(3).build();
    }

    /** A position holding its altitude (vz 0). */
    public static GlobalPositionInt position(double lat, double lon, double relAlt, double speed) {
        return position(lat, lon, relAlt, speed, 0);
    }

    /** A position with a vertical speed: {@code climbRate} m/s, positive up (MAVLink's vz points down). */
    public static GlobalPositionInt position(double lat, double lon, double relAlt, double speed, double climbRate) {
        return GlobalPositionInt.builder().lat((int) Math.round(lat * 1e7)).lon((int) Math.round(lon * 1e7))
                .alt((int) Math.round((relAlt + 48) * 1000)).relativeAlt((int) Math.round(relAlt * 1000))
                .vx((int) Math.round(speed * 100)).vy(0).vz((int) Math.round(-climbRate * 100)).hdg(9000).build();
    }

    public static GpsRawInt gps(int fix, int satellites) {
        return GpsRawInt.builder().fixType(GpsFixType.values()[fix]).satellitesVisible(satellites).build();
    }

    public static SysStatus battery(int percent, double volts) {
        return SysStatus.builder().batteryRemaining(percent).voltageBattery((int) Math.round(volts * 1000)).build();
    }

    public static MissionCurrent current(int seq, int total) {
        return MissionCurrent.builder().seq(seq).total(total).build();
    }

    public static MissionItemReached reached(int seq) {
        return MissionItemReached.builder().seq(seq).build();
    }
}
