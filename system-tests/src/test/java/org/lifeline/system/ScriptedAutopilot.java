package org.lifeline.system;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.dronefleet.mavlink.common.GlobalPositionInt;
import io.dronefleet.mavlink.common.GpsFixType;
import io.dronefleet.mavlink.common.GpsRawInt;
import io.dronefleet.mavlink.common.MissionCurrent;
import io.dronefleet.mavlink.minimal.Heartbeat;
import io.dronefleet.mavlink.minimal.MavAutopilot;
import io.dronefleet.mavlink.minimal.MavModeFlag;
import io.dronefleet.mavlink.minimal.MavState;
import io.dronefleet.mavlink.minimal.MavType;
import org.lifeline.agent.cli.FcConnection;
import org.lifeline.agent.drops.MissionSource;
import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.mission.MissionItem;

/**
 * A flight controller reduced to what a test scripts: it sends what {@link #state} says on
 * {@link #tick()}, and hands out a fixed mission. Stands in for the autopilot where the test is
 * about the agent and the fleet bus, not about flying.
 */
final class ScriptedAutopilot implements FcConnection, MessageChannel {

    /** What the autopilot reports on each tick. */
    record Script(boolean armed, int mode, int currentSeq, double lat, double lon, double relAlt, double speed) {
    }

    private final List<Consumer<MavMessage>> listeners = new CopyOnWriteArrayList<>();
    private final List<MissionItem> mission;
    volatile Script state;
    private int seq;

    ScriptedAutopilot(List<MissionItem> mission, Script initial) {
        this.mission = List.copyOf(mission);
        this.state = initial;
    }

    synchronized void tick() {
        Script s = state;
        deliver(Heartbeat.builder().type(MavType.MAV_TYPE_QUADROTOR).autopilot(MavAutopilot.MAV_AUTOPILOT_ARDUPILOTMEGA)
                .baseMode(s.armed() ? new MavModeFlag[] {MavModeFlag.MAV_MODE_FLAG_CUSTOM_MODE_ENABLED, MavModeFlag.MAV_MODE_FLAG_SAFETY_ARMED}
                        : new MavModeFlag[] {MavModeFlag.MAV_MODE_FLAG_CUSTOM_MODE_ENABLED})
                .customMode(s.mode()).systemStatus(MavState.MAV_STATE_ACTIVE).mavlinkVersion(3).build());
        deliver(GpsRawInt.builder().fixType(GpsFixType.GPS_FIX_TYPE_3D_FIX).satellitesVisible(12).build());
        deliver(MissionCurrent.builder().seq(s.currentSeq()).total(mission.size()).build());
        deliver(GlobalPositionInt.builder().lat((int) Math.round(s.lat() * 1e7)).lon((int) Math.round(s.lon() * 1e7))
                .relativeAlt((int) Math.round(s.relAlt() * 1000)).alt((int) Math.round((s.relAlt() + 48) * 1000))
                .vx((int) Math.round(s.speed() * 100)).hdg(0).build());
    }

    private void deliver(Object payload) {
        MavMessage m = new MavMessage(1, 1, seq++ & 0xff, payload);
        listeners.forEach(l -> l.accept(m));
    }

    @Override
    public void send(Object payload) {
    }

    @Override
    public Subscription subscribe(Consumer<MavMessage> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public MessageChannel channel() {
        return this;
    }

    @Override
    public MissionSource missions() {
        return () -> CompletableFuture.completedFuture(mission);
    }

    @Override
    public void start() {
    }

    @Override
    public void close() {
    }
}
