package org.lifeline.groundstation.logs.replay;

import io.dronefleet.mavlink.common.CommandAck;
import io.dronefleet.mavlink.common.CommandInt;
import io.dronefleet.mavlink.common.CommandLong;
import io.dronefleet.mavlink.common.MavCmd;
import io.dronefleet.mavlink.common.MavParamType;
import io.dronefleet.mavlink.common.MavResult;
import io.dronefleet.mavlink.common.MavSeverity;
import io.dronefleet.mavlink.common.MissionCount;
import io.dronefleet.mavlink.common.MissionItem;
import io.dronefleet.mavlink.common.MissionItemInt;
import io.dronefleet.mavlink.common.ParamRequestRead;
import io.dronefleet.mavlink.common.ParamSet;
import io.dronefleet.mavlink.common.ParamValue;
import io.dronefleet.mavlink.common.Statustext;
import io.dronefleet.mavlink.common.Timesync;
import io.dronefleet.mavlink.minimal.Heartbeat;
import io.dronefleet.mavlink.util.EnumValue;
import org.lifeline.groundstation.logs.read.MavlinkSchema;
import org.lifeline.mavlink.frame.Frame;
import org.lifeline.mavlink.frame.MessageRegistry;
import org.lifeline.mavlink.frame.PayloadCodec;
import org.lifeline.mission.MavFrame;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The adapter between replay and the MAVLink library's message classes: the only class of the
 * replay that reads or builds a library object (the others see frames, Lifeline's types and the
 * small records here). Enum fields are read as raw numbers, so an
 * unknown value never turns into null.
 */
final class ReplayWire {

    static final int HEARTBEAT = 0;
    static final int PARAM_VALUE = 22;
    static final int MISSION_ITEM = 39;
    static final int MISSION_COUNT = 44;
    static final int MISSION_ITEM_INT = 73;
    static final int AUTOPILOT_VERSION = 148;
    static final int MAV_TYPE_GCS = 6;
    static final int MAV_AUTOPILOT_INVALID = 8;
    static final int CMD_REQUEST_MESSAGE = 512;
    static final int CMD_REQUEST_AUTOPILOT_CAPABILITIES = 520;

    private static final PayloadCodec CODEC = new PayloadCodec(MessageRegistry.standard());

    private ReplayWire() {
    }

    /** The library object of a recorded frame, when its message is known and its bytes decode. */
    static Optional<Object> decode(Frame frame) {
        return CODEC.decode(frame);
    }

    private static <T> Optional<T> decode(Frame frame, Class<T> type) {
        return decode(frame).filter(type::isInstance).map(type::cast);
    }

    /**
     * Who a recorded HEARTBEAT says its sender is.
     *
     * @param groundStation MAV_TYPE_GCS
     * @param autopilot     a vehicle part whose autopilot field is not MAV_AUTOPILOT_INVALID
     */
    record HeartbeatSeen(boolean groundStation, boolean autopilot) {
    }

    static Optional<HeartbeatSeen> heartbeat(Frame frame) {
        return decode(frame, Heartbeat.class).map(hb -> new HeartbeatSeen(raw(hb.type()) == MAV_TYPE_GCS,
                raw(hb.type()) != MAV_TYPE_GCS && raw(hb.autopilot()) != MAV_AUTOPILOT_INVALID));
    }

    static Optional<RecordedParameter> parameter(Frame frame) {
        return decode(frame, ParamValue.class).map(ReplayWire::parameter);
    }

    static Optional<MissionCountSeen> count(Frame frame) {
        return decode(frame, MissionCount.class).map(c -> new MissionCountSeen(raw(c.missionType()), c.count()));
    }

    /** A recorded MISSION_ITEM_INT or legacy MISSION_ITEM. */
    static Optional<RecordedItem> item(Frame frame) {
        Optional<Object> p = decode(frame);
        if (p.isPresent() && p.get() instanceof MissionItemInt i) {
            return Optional.of(item(i));
        }
        if (p.isPresent() && p.get() instanceof MissionItem i) {
            return Optional.of(item(i));
        }
        return Optional.empty();
    }

    /** The message's name as MAVLink's XML spells it ({@code COMMAND_LONG}), or {@code message 1234}. */
    static String messageName(int id) {
        var definition = MavlinkSchema.standard().get(id);
        return definition == null ? "message " + id : definition.name();
    }

    /** A command's name ({@code MAV_CMD_COMPONENT_ARM_DISARM}) or {@code MAV_CMD 31000}. */
    static String commandName(int command) {
        for (MavCmd c : MavCmd.values()) {
            if (EnumValue.of(c).value() == command) {
                return c.name();
            }
        }
        return "MAV_CMD " + command;
    }

    static int raw(EnumValue<?> value) {
        return value == null ? 0 : value.value();
    }

    /** A recorded MISSION_ITEM_INT as Lifeline's item, with its sequence and mission type. */
    private static RecordedItem item(MissionItemInt m) {
        return new RecordedItem(raw(m.missionType()), m.seq(), new org.lifeline.mission.MissionItem(raw(m.command()),
                raw(m.frame()), m.current() != 0, m.autocontinue() != 0, m.param1(), m.param2(), m.param3(), m.param4(),
                m.x(), m.y(), m.z()));
    }

    /**
     * A recorded legacy MISSION_ITEM (float coordinates) as Lifeline's item: global positions in
     * degrees become degrees × 1e7, local ones metres × 1e4, anything else param5/6 as integers.
     */
    private static RecordedItem item(MissionItem m) {
        int frame = raw(m.frame());
        double scale = MavFrame.isLocal(frame) ? 1e4 : isGlobal(frame) ? 1e7 : 1;
        return new RecordedItem(raw(m.missionType()), m.seq(), new org.lifeline.mission.MissionItem(raw(m.command()),
                frame, m.current() != 0, m.autocontinue() != 0, m.param1(), m.param2(), m.param3(), m.param4(),
                (int) Math.round(m.x() * scale), (int) Math.round(m.y() * scale), m.z()));
    }

    private static boolean isGlobal(int frame) {
        return frame == 0 || frame == 3 || frame == 5 || frame == 6 || frame == 10 || frame == 11;
    }

    /** One mission item seen in the log: its {@code mission_type}, sequence and content. */
    record RecordedItem(int missionType, int seq, org.lifeline.mission.MissionItem item) {
    }

    /** A MISSION_COUNT seen in the log: a transfer of {@code count} items of {@code missionType} began. */
    record MissionCountSeen(int missionType, int count) {
    }

    private static RecordedParameter parameter(ParamValue p) {
        return new RecordedParameter(p.paramId() == null ? "" : p.paramId(), p.paramValue(), raw(p.paramType()),
                p.paramIndex(), p.paramCount());
    }

    static ParamValue paramValue(RecordedParameter p, int index, int count) {
        return ParamValue.builder().paramId(p.name()).paramValue(p.value())
                .paramType(EnumValue.create(MavParamType.class, p.type())).paramIndex(index).paramCount(count).build();
    }

    /** The parameter a PARAM_REQUEST_READ names: by index when it is not -1, else by name. */
    static ParameterRequest request(ParamRequestRead r) {
        return new ParameterRequest(r.paramIndex(), r.paramId() == null ? "" : r.paramId(), r.targetSystem());
    }

    /** A read request: by {@code index} (not -1) or by {@code name}. */
    record ParameterRequest(int index, String name, int targetSystem) {
    }

    static String name(ParamSet s) {
        return s.paramId() == null ? "" : s.paramId();
    }

    /** The command number and first parameter of a COMMAND_LONG or COMMAND_INT. */
    record CommandSeen(int command, float param1, int targetSystem, int confirmation) {
    }

    static Optional<CommandSeen> command(Object payload) {
        if (payload instanceof CommandLong c) {
            return Optional.of(new CommandSeen(raw(c.command()), c.param1(), c.targetSystem(), c.confirmation()));
        }
        if (payload instanceof CommandInt c) {
            return Optional.of(new CommandSeen(raw(c.command()), c.param1(), c.targetSystem(), 0));
        }
        return Optional.empty();
    }

    static CommandAck ack(int command, int result, int targetSystem, int targetComponent) {
        return CommandAck.builder().command(EnumValue.create(MavCmd.class, command))
                .result(EnumValue.create(MavResult.class, result))
                .targetSystem(targetSystem).targetComponent(targetComponent).build();
    }

    static final int MAV_RESULT_ACCEPTED = 0;
    static final int MAV_RESULT_DENIED = 2;

    static Statustext notice(String text) {
        String t = text.length() > 50 ? text.substring(0, 50) : text;
        return Statustext.builder().severity(EnumValue.of(MavSeverity.MAV_SEVERITY_NOTICE)).text(t).build();
    }

    /** The answer to a TIMESYNC request (tc1 = 0), or empty for answers and anything else. */
    static Optional<Timesync> timesyncAnswer(Object payload, long nowNanos) {
        if (payload instanceof Timesync t && t.tc1() == 0) {
            return Optional.of(Timesync.builder().tc1(nowNanos).ts1(t.ts1()).build());
        }
        return Optional.empty();
    }

    /** Target system of a message that carries one, else -1 (broadcast-like). */
    static int targetSystem(Object payload) {
        Optional<Method> getter = TARGET_GETTERS.computeIfAbsent(payload.getClass(), c -> {
            try {
                return Optional.of(c.getMethod("targetSystem"));
            } catch (NoSuchMethodException e) {
                return Optional.empty();
            }
        });
        try {
            return getter.isPresent() && getter.get().invoke(payload) instanceof Integer i ? i : -1;
        } catch (ReflectiveOperationException e) {
            return -1;
        }
    }

    private static final Map<Class<?>, Optional<Method>> TARGET_GETTERS = new ConcurrentHashMap<>();

    static boolean isHeartbeat(Object payload) {
        return payload instanceof Heartbeat;
    }

    /** The message id of a library object. */
    static int messageId(Object payload) {
        return CODEC.registry().specFor(payload).id();
    }

    static boolean isMissionSetCurrent(Object payload) {
        return payload instanceof io.dronefleet.mavlink.common.MissionSetCurrent;
    }

    /** The raw mission_type of a MISSION_REQUEST_LIST, MISSION_COUNT or MISSION_CLEAR_ALL, else -1. */
    static int missionTypeOf(Object payload) {
        if (payload instanceof io.dronefleet.mavlink.common.MissionRequestList l) {
            return raw(l.missionType());
        }
        if (payload instanceof MissionCount c) {
            return raw(c.missionType());
        }
        if (payload instanceof io.dronefleet.mavlink.common.MissionClearAll c) {
            return raw(c.missionType());
        }
        return -1;
    }

    static boolean isParamRequestList(Object payload) {
        return payload instanceof io.dronefleet.mavlink.common.ParamRequestList;
    }

    static Optional<ParameterRequest> paramRead(Object payload) {
        return payload instanceof ParamRequestRead r ? Optional.of(request(r)) : Optional.empty();
    }

    static Optional<String> paramSet(Object payload) {
        return payload instanceof ParamSet s ? Optional.of(name(s)) : Optional.empty();
    }
}
