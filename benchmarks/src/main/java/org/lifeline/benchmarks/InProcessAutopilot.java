package org.lifeline.benchmarks;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.dronefleet.mavlink.common.GlobalPositionInt;
import io.dronefleet.mavlink.common.GpsFixType;
import io.dronefleet.mavlink.common.GpsRawInt;
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

/** An autopilot whose messages the benchmark hands straight to the agent's listeners (no link). */
final class InProcessAutopilot implements FcConnection, MessageChannel {

    private final List<Consumer<MavMessage>> listeners = new CopyOnWriteArrayList<>();
    private int seq;

    synchronized void deliver(Object payload) {
        MavMessage m = new MavMessage(1, 1, seq++ & 0xff, payload);
        listeners.forEach(l -> l.accept(m));
    }

    static Heartbeat heartbeat(boolean armed) {
        return Heartbeat.builder().type(MavType.MAV_TYPE_QUADROTOR).autopilot(MavAutopilot.MAV_AUTOPILOT_ARDUPILOTMEGA)
                .baseMode(armed ? new MavModeFlag[] {MavModeFlag.MAV_MODE_FLAG_CUSTOM_MODE_ENABLED, MavModeFlag.MAV_MODE_FLAG_SAFETY_ARMED}
                        : new MavModeFlag[] {MavModeFlag.MAV_MODE_FLAG_CUSTOM_MODE_ENABLED})
                .customMode(4).systemStatus(MavState.MAV_STATE_ACTIVE).mavlinkVersion(3).build();
    }

    static GlobalPositionInt position(double lat, double lon, double alt) {
        return GlobalPositionInt.builder().lat((int) Math.round(lat * 1e7)).lon((int) Math.round(lon * 1e7))
                .relativeAlt((int) Math.round(alt * 1000)).alt((int) Math.round((alt + 48) * 1000)).vx(300).hdg(9000).build();
    }

    static GpsRawInt gps() {
        return GpsRawInt.builder().fixType(GpsFixType.GPS_FIX_TYPE_3D_FIX).satellitesVisible(12).build();
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
        return () -> CompletableFuture.completedFuture(List.<MissionItem>of());
    }

    @Override
    public void start() {
    }

    @Override
    public void close() {
    }
}
