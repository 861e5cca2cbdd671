package org.lifeline.mavlink.frame;

import io.dronefleet.mavlink.MavlinkDialect;
import io.dronefleet.mavlink.annotations.MavlinkFieldInfo;
import io.dronefleet.mavlink.annotations.MavlinkMessageInfo;
import io.dronefleet.mavlink.ardupilotmega.ArdupilotmegaDialect;

import java.lang.reflect.Method;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The message table the framing checks against: id → CRC_EXTRA and payload lengths, read once
 * from the MAVLink library's message annotations. The default table is the ArduPilot dialect,
 * which includes the common and minimal dialects (so it serves PX4 too).
 *
 * <p>A message id missing here is "unknown": its frames cannot be checksum-verified, so the parser
 * passes them on raw and counts them, and nothing tries to decode them.
 */
public final class MessageRegistry {

    private static final MessageRegistry DEFAULT = fromDialect(new ArdupilotmegaDialect());

    private final Map<Integer, MessageSpec> byId;
    /** The same table indexed by id up to {@link #DIRECT} (every id in use today), for the hot path. */
    private final MessageSpec[] direct = new MessageSpec[DIRECT];
    private static final int DIRECT = 65536;
    private final Map<Class<?>, MessageSpec> byType;

    private MessageRegistry(Map<Integer, MessageSpec> byId) {
        this.byId = Collections.unmodifiableMap(byId);
        byId.forEach((id, spec) -> {
            if (id >= 0 && id < DIRECT) {
                direct[id] = spec;
            }
        });
        Map<Class<?>, MessageSpec> types = new HashMap<>();
        byId.values().forEach(s -> types.put(s.type(), s));
        this.byType = Collections.unmodifiableMap(types);
    }

    /** The ArduPilot dialect table (common + minimal + ArduPilot extensions). */
    public static MessageRegistry standard() {
        return DEFAULT;
    }

    /** A table built from a MAVLink library dialect (kept package-private to keep the library type inside). */
    static MessageRegistry fromDialect(MavlinkDialect dialect) {
        Map<Integer, MessageSpec> specs = new HashMap<>();
        for (Class<?> type : dialect.messageTypes()) {
            MessageSpec spec = specOf(type);
            specs.putIfAbsent(spec.id(), spec);
        }
        return new MessageRegistry(specs);
    }

    /** Reads one message class's annotations into a spec. */
    static MessageSpec specOf(Class<?> type) {
        MavlinkMessageInfo info = type.getAnnotation(MavlinkMessageInfo.class);
        if (info == null) {
            throw new IllegalArgumentException(type.getName() + " is not a MAVLink message class");
        }
        int min = 0;
        int max = 0;
        for (Method m : type.getMethods()) {
            MavlinkFieldInfo field = m.getAnnotation(MavlinkFieldInfo.class);
            if (field == null) {
                continue;
            }
            int size = field.unitSize() * Math.max(1, field.arraySize());
            max += size;
            if (!field.extension()) {
                min += size;
            }
        }
        return new MessageSpec(info.id(), info.crc() & 0xFF, min, max, type.getSimpleName(), type);
    }

    /** The spec for {@code messageId}, if the id is known. */
    public Optional<MessageSpec> find(int messageId) {
        return Optional.ofNullable(byId.get(messageId));
    }

    /** The spec for {@code messageId}, or null when unknown (for the parser's hot path). */
    public MessageSpec get(int messageId) {
        return messageId >= 0 && messageId < DIRECT ? direct[messageId] : byId.get(messageId);
    }

    /** The spec of a library message object's class. */
    public MessageSpec specFor(Object payload) {
        MessageSpec spec = byType.get(payload.getClass());
        return spec != null ? spec : specOf(payload.getClass());
    }

    /** Number of known message ids. */
    public int size() {
        return byId.size();
    }
}
