package org.lifeline.simulator.vehicle;

import io.dronefleet.mavlink.common.CommandAck;
import io.dronefleet.mavlink.common.CommandLong;
import io.dronefleet.mavlink.common.MavCmd;
import io.dronefleet.mavlink.common.MavMissionResult;
import io.dronefleet.mavlink.common.MissionAck;
import io.dronefleet.mavlink.common.MissionCount;
import io.dronefleet.mavlink.common.MissionRequest;
import io.dronefleet.mavlink.common.MissionRequestInt;
import io.dronefleet.mavlink.common.Statustext;
import io.dronefleet.mavlink.minimal.Heartbeat;
import io.dronefleet.mavlink.minimal.MavAutopilot;
import io.dronefleet.mavlink.minimal.MavState;
import io.dronefleet.mavlink.minimal.MavType;
import io.dronefleet.mavlink.util.EnumValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionType;

/**
 * The far end of a vehicle port in tests: records what the vehicle sends (with the simulated
 * time it arrived), sends commands, answers the vehicle's mission item requests, and can
 * send ground-station heartbeats.
 */
final class Peer {

    record Received(double time, MavMessage message) {
    }

    private final MessageChannel channel;
    private final SimulationClock clock;
    private final List<Received> received = new ArrayList<>();
    private List<MissionItem> uploading = List.of();
    private MissionType uploadType = MissionType.MISSION;
    private boolean heartbeats;
    private double lastHeartbeat = -10;

    Peer(MessageChannel channel, SimulationClock clock) {
        this.channel = channel;
        this.clock = clock;
        channel.subscribe(this::onMessage);
        clock.add(dt -> {
            if (heartbeats && clock.seconds() - lastHeartbeat >= 1.0) {
                lastHeartbeat = clock.seconds();
                channel.send(Heartbeat.builder().type(MavType.MAV_TYPE_GCS).autopilot(MavAutopilot.MAV_AUTOPILOT_INVALID)
                        .baseMode(EnumValue.create(0)).customMode(0).systemStatus(MavState.MAV_STATE_ACTIVE).mavlinkVersion(3).build());
            }
        });
    }

    private final List<java.util.function.Consumer<MavMessage>> listeners = new ArrayList<>();

    void onReceive(java.util.function.Consumer<MavMessage> listener) {
        listeners.add(listener);
    }

    private void onMessage(MavMessage m) {
        received.add(new Received(clock.seconds(), m));
        listeners.forEach(l -> l.accept(m));
        int seq = m.as(MissionRequest.class).map(MissionRequest::seq)
                .or(() -> m.as(MissionRequestInt.class).map(MissionRequestInt::seq)).orElse(-1);
        if (seq >= 0 && seq < uploading.size()) {
            channel.send(Wire.toInt(uploading.get(seq), seq, uploadType, m.systemId(), m.componentId()));
        }
    }

    void heartbeats(boolean on) {
        heartbeats = on;
    }

    void send(Object payload) {
        channel.send(payload);
    }

    /** Starts an upload; the peer answers item requests until the ACK. */
    void upload(MissionType type, List<MissionItem> items) {
        uploading = items;
        uploadType = type;
        channel.send(MissionCount.builder().targetSystem(1).targetComponent(1).count(items.size()).missionType(Wire.missionType(type)).build());
    }

    /**
     * Uploads and runs the clock until the vehicle acknowledges; returns the MAV_MISSION_RESULT.
     * Like a ground station that waited for the autopilot to finish booting, it first lets the
     * vehicle's mission storage get ready (ArduPilot answers NO_SPACE before).
     */
    int uploadAndWait(MissionType type, List<MissionItem> items) {
        double wait = MissionService.STORAGE_READY_SECONDS - clock.seconds();
        if (wait > 0) {
            clock.runFor(Duration.ofMillis((long) Math.ceil(wait * 1000)));
        }
        int before = all(MissionAck.class).size();
        upload(type, items);
        clock.runUntil(() -> all(MissionAck.class).size() > before, Duration.ofSeconds(30));
        List<MissionAck> acks = all(MissionAck.class);
        return acks.size() > before ? Wire.value(acks.get(acks.size() - 1).type()) : -1;
    }

    void command(int command, float... params) {
        float[] p = new float[7];
        System.arraycopy(params, 0, p, 0, params.length);
        channel.send(CommandLong.builder().targetSystem(1).targetComponent(1).command(EnumValue.create(MavCmd.class, command))
                .confirmation(0).param1(p[0]).param2(p[1]).param3(p[2]).param4(p[3]).param5(p[4]).param6(p[5]).param7(p[6]).build());
    }

    /** Sends a command and runs the clock until its COMMAND_ACK; returns the MAV_RESULT value. */
    int commandAndWait(int command, float... params) {
        int before = acks(command).size();
        command(command, params);
        clock.runUntil(() -> acks(command).size() > before, Duration.ofSeconds(5));
        List<CommandAck> acks = acks(command);
        return acks.size() > before ? Wire.value(acks.get(acks.size() - 1).result()) : -1;
    }

    List<CommandAck> acks(int command) {
        return all(CommandAck.class).stream().filter(a -> Wire.value(a.command()) == command).collect(Collectors.toList());
    }

    <T> List<T> all(Class<T> type) {
        return received.stream().map(r -> r.message().as(type)).flatMap(Optional::stream).collect(Collectors.toList());
    }

    <T> List<Received> timed(Class<T> type) {
        return received.stream().filter(r -> r.message().is(type)).collect(Collectors.toList());
    }

    List<String> texts() {
        return all(Statustext.class).stream().map(Statustext::text).collect(Collectors.toList());
    }

    <T> Optional<T> last(Class<T> type) {
        List<T> list = all(type);
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
    }

    void clear() {
        received.clear();
    }

    static int accepted() {
        return MavMissionResult.MAV_MISSION_ACCEPTED.ordinal();
    }
}
