package org.lifeline.groundstation.logs.replay;

import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;
import org.lifeline.mission.transfer.MissionServer;
import org.lifeline.mission.transfer.ServerOptions;
import org.lifeline.mission.transfer.TransferOutcome;
import org.lifeline.time.Scheduler;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The vehicle's side of the conversation with an attached ground station, answered from the log
 * as the recorded vehicle would, under its system and component id:
 *
 * <ul>
 * <li>mission, fence and rally downloads: the plans the log recorded, item by item (the protocol
 *     module's {@link MissionServer}, preloaded); a type the log did not record is empty;</li>
 * <li>PARAM_REQUEST_LIST and PARAM_REQUEST_READ: the recorded PARAM_VALUEs (see
 *     {@link RecordedParameters}); a parameter the log never saw is not answered, as a vehicle
 *     does not answer an unknown name;</li>
 * <li>MAV_CMD_REQUEST_MESSAGE and REQUEST_AUTOPILOT_CAPABILITIES: the last such frame replayed,
 *     re-sent as recorded, and ACCEPTED; TIMESYNC requests are answered with the replay's clock.</li>
 * </ul>
 *
 * Refused, because a replay cannot fly or change anything: every other command (COMMAND_ACK
 * MAV_RESULT_DENIED), mission uploads and clears (MISSION_ACK MAV_MISSION_DENIED), parameter
 * changes (the recorded value is sent back unchanged, with a STATUSTEXT), and set-current, mode
 * and control messages (ignored). Each kind is told to the terminal once ({@link Notices}).
 */
public final class Responder implements AutoCloseable {

    private static final int PARAMS_PER_BATCH = 25;
    private static final Duration PARAM_BATCH_GAP = Duration.ofMillis(10);
    /** Answered by the mission server, or nothing to say (heartbeats, acknowledgements). */
    private static final Set<Integer> QUIET = Set.of(0, 40, 47, 51, 77, 111);
    /** SET_MODE, MANUAL_CONTROL, RC_CHANNELS_OVERRIDE, SET_ATTITUDE_TARGET, SET_POSITION_TARGET_LOCAL_NED / _GLOBAL_INT. */
    private static final Set<Integer> CONTROL = Set.of(11, 69, 70, 82, 84, 86);

    private final RecordedLog log;
    private final MessageChannel channel;
    private final Scheduler scheduler;
    private final Playback playback;
    private final FrameOutput raw;
    private final Notices notices;
    private final MissionServer missions;
    private final MessageChannel.Subscription subscription;

    /**
     * @param channel  the vehicle's end: sends under the log's vehicle ids, hears the ground station
     * @param playback where re-sent recorded frames come from
     * @param raw      where re-sent recorded frames go (the same output as the playback's)
     */
    public Responder(RecordedLog log, MessageChannel channel, Scheduler scheduler, Playback playback, FrameOutput raw,
                     Notices notices) {
        this.log = log;
        this.channel = channel;
        this.scheduler = scheduler;
        this.playback = playback;
        this.raw = raw;
        this.notices = notices;
        this.missions = new MissionServer(new WithoutSetCurrent(channel), scheduler,
                ServerOptions.defaults().withIds(log.vehicleSystem(), log.vehicleComponent()));
        missions.faults().rejectUpload(TransferOutcome.DENIED).rejectClear(TransferOutcome.DENIED);
        for (MissionPlan plan : log.missions().values()) {
            missions.setPlan(plan);
        }
        this.subscription = channel.subscribe(this::onMessage);
    }

    @Override
    public void close() {
        subscription.close();
        missions.close();
    }

    private void onMessage(MavMessage m) {
        Object p = m.payload();
        if (m.systemId() == log.vehicleSystem()) {
            return;
        }
        int target = ReplayWire.targetSystem(p);
        if (target > 0 && target != log.vehicleSystem()) {
            return;
        }
        int id = ReplayWire.messageId(p);
        if (ReplayWire.isHeartbeat(p)) {
            notices.once("attached " + m.systemId() + "/" + m.componentId(),
                    "ground station " + m.systemId() + "/" + m.componentId() + " attached");
        } else if (ReplayWire.isParamRequestList(p)) {
            sendParameters();
        } else if (ReplayWire.paramRead(p).isPresent()) {
            readParameter(ReplayWire.paramRead(p).get());
        } else if (ReplayWire.paramSet(p).isPresent()) {
            refuseParameterChange(ReplayWire.paramSet(p).get());
        } else if (ReplayWire.command(p).isPresent()) {
            command(m, ReplayWire.command(p).get());
        } else if (ReplayWire.timesyncAnswer(p, scheduler.nanoTime()).isPresent()) {
            channel.send(ReplayWire.timesyncAnswer(p, scheduler.nanoTime()).get());
        } else if (ReplayWire.missionTypeOf(p) >= 0) {
            mission(id, ReplayWire.missionTypeOf(p));
        } else if (ReplayWire.isMissionSetCurrent(p)) {
            notices.once("set current", "MISSION_SET_CURRENT ignored: a replay flies the recorded flight");
        } else if (id == 66) {
            notices.once("streams", "REQUEST_DATA_STREAM ignored: the log's message rates are replayed as recorded");
        } else if (CONTROL.contains(id)) {
            notices.once("message " + id, ReplayWire.messageName(id) + " ignored: a replay cannot fly");
        } else if (!QUIET.contains(id)) {
            notices.once("message " + id, ReplayWire.messageName(id) + " from the ground station: not answered by a replay");
        }
    }

    private void mission(int messageId, int wireType) {
        MissionType type = wireType <= 2 ? MissionType.fromWire(wireType) : null;
        String name = type == null ? "mission type " + wireType : type.name().toLowerCase(Locale.ROOT);
        switch (messageId) {
            case 43 -> notices.once("download " + wireType, type != null && log.mission(type).isPresent()
                    ? name + " download: answering with the " + log.mission(type).get().size() + " items recorded in the log"
                    : name + " download: the log recorded no " + name + "; answering with an empty one");
            case 44 -> notices.once("upload", "mission upload refused (MAV_MISSION_DENIED): a replay cannot change the vehicle's plans");
            case 45 -> notices.once("clear", "mission clear refused (MAV_MISSION_DENIED): a replay cannot change the vehicle's plans");
            default -> {
            }
        }
    }

    private void sendParameters() {
        RecordedParameters params = log.parameters();
        notices.once("param list", params.complete()
                ? "parameter list: answering with the " + params.size() + " parameters recorded in the log"
                : "parameter list: answering with the " + params.size() + " parameters the log recorded"
                        + (params.declaredCount() > 0 ? " (of " + params.declaredCount() + " the vehicle had)" : ""));
        sendBatch(params.served(), 0);
    }

    /** Sends the list in small batches a few milliseconds apart, as an autopilot streams it. */
    private void sendBatch(List<RecordedParameter> list, int from) {
        int to = Math.min(list.size(), from + PARAMS_PER_BATCH);
        for (int i = from; i < to; i++) {
            RecordedParameter p = list.get(i);
            channel.send(ReplayWire.paramValue(p, p.index(), p.count()));
        }
        if (to < list.size()) {
            scheduler.schedule(PARAM_BATCH_GAP, () -> sendBatch(list, to));
        }
    }

    private void readParameter(ReplayWire.ParameterRequest r) {
        RecordedParameters params = log.parameters();
        var found = r.index() >= 0 ? params.byIndex(r.index()) : params.byName(r.name());
        if (found.isPresent()) {
            RecordedParameter p = found.get();
            channel.send(ReplayWire.paramValue(p, p.index(), p.count()));
        } else {
            String which = r.index() >= 0 ? "index " + r.index() : r.name();
            notices.once("param " + which, "parameter " + which + " is not in the log: not answered");
        }
    }

    private void refuseParameterChange(String name) {
        notices.once("param set", "parameter changes refused: a replay cannot change the vehicle (" + name
                + " is sent back unchanged)");
        log.parameters().byName(name).ifPresent(p -> channel.send(ReplayWire.paramValue(p, p.index(), p.count())));
        channel.send(ReplayWire.notice("Replay: " + name + " not changed, read-only"));
    }

    private void command(MavMessage from, ReplayWire.CommandSeen c) {
        int wanted = c.command() == ReplayWire.CMD_REQUEST_MESSAGE ? (int) c.param1()
                : c.command() == ReplayWire.CMD_REQUEST_AUTOPILOT_CAPABILITIES ? ReplayWire.AUTOPILOT_VERSION : -1;
        if (wanted >= 0) {
            var frame = playback.latest(wanted);
            if (frame.isPresent()) {
                try {
                    raw.send(frame.get());
                    raw.flush();
                    ack(from, c, ReplayWire.MAV_RESULT_ACCEPTED);
                    return;
                } catch (IOException e) {
                    // fall through to a refusal: the frame did not leave
                }
            }
            ack(from, c, ReplayWire.MAV_RESULT_DENIED);
            notices.once("request " + wanted, ReplayWire.commandName(c.command()) + " for " + ReplayWire.messageName(wanted)
                    + " refused (MAV_RESULT_DENIED): the log has not replayed one yet");
            return;
        }
        ack(from, c, ReplayWire.MAV_RESULT_DENIED);
        notices.once("command " + c.command(), ReplayWire.commandName(c.command()) + " (" + c.command()
                + ") refused (MAV_RESULT_DENIED): a replay cannot fly");
    }

    private void ack(MavMessage from, ReplayWire.CommandSeen c, int result) {
        channel.send(ReplayWire.ack(c.command(), result, from.systemId(), from.componentId()));
    }

    /** The mission server never sees MISSION_SET_CURRENT: a replay's current item is the log's. */
    private record WithoutSetCurrent(MessageChannel channel) implements MessageChannel {
        @Override
        public void send(Object payload) {
            channel.send(payload);
        }

        @Override
        public Subscription subscribe(Consumer<MavMessage> listener) {
            return channel.subscribe(m -> {
                if (!ReplayWire.isMissionSetCurrent(m.payload())) {
                    listener.accept(m);
                }
            });
        }
    }
}
