package org.lifeline.command;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which telemetry messages a client wants from a vehicle and how often (messages per second).
 * ArduPilot's GCS port sends only HEARTBEAT, TIMESYNC and STATUSTEXT (and MISSION_ITEM_REACHED)
 * until someone asks; this is what to ask for.
 *
 * <p>For the legacy fallback (REQUEST_DATA_STREAM) each message belongs to one of ArduCopter's
 * stream groups, {@link #streamOf(int)}; a group is asked at the highest rate of its messages.
 *
 * @param rates message id → messages per second (0.1..50), asked for in this order
 */
public record TelemetryPlan(Map<Integer, Double> rates) {

    public static final int SYS_STATUS = 1;
    public static final int GPS_RAW_INT = 24;
    public static final int ATTITUDE = 30;
    public static final int GLOBAL_POSITION_INT = 33;
    public static final int MISSION_CURRENT = 42;
    public static final int VFR_HUD = 74;
    public static final int BATTERY_STATUS = 147;
    /** Sent by ArduPilot in the extended-status stream while a fence is enabled. */
    public static final int FENCE_STATUS = 162;
    public static final int EXTENDED_SYS_STATE = 245;

    /** MAV_DATA_STREAM groups as ArduCopter fills them. */
    public static final int STREAM_EXTENDED_STATUS = 2;
    public static final int STREAM_POSITION = 6;
    public static final int STREAM_EXTRA1 = 10;
    public static final int STREAM_EXTRA2 = 11;
    public static final int STREAM_EXTRA3 = 12;

    public TelemetryPlan {
        if (rates.isEmpty()) {
            throw new IllegalArgumentException("a telemetry plan needs at least one message");
        }
        rates.forEach((id, hz) -> {
            if (streamOf(id) < 0 && id != EXTENDED_SYS_STATE) {
                throw new IllegalArgumentException("message " + id + ": not a message this client knows how to ask for");
            }
            if (!(hz >= 0.1 && hz <= 50)) {
                throw new IllegalArgumentException("message " + id + ": expected 0.1..50 per second, got " + hz);
            }
        });
        rates = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rates));
    }

    /**
     * What a flight monitor shows: position and altitude at {@code positionHz}, battery, GPS fix
     * and mission progress once a second. About 230 bytes/s with the heartbeat (see
     * docs/links.md): 4 % of a 57600-baud radio.
     */
    public static TelemetryPlan monitor(double positionHz) {
        Map<Integer, Double> r = new LinkedHashMap<>();
        r.put(GLOBAL_POSITION_INT, positionHz);
        r.put(SYS_STATUS, 1.0);
        r.put(GPS_RAW_INT, 1.0);
        r.put(MISSION_CURRENT, 1.0);
        return new TelemetryPlan(r);
    }

    /** The MAV_DATA_STREAM group that carries {@code messageId} on ArduCopter, or -1 when none does. */
    public static int streamOf(int messageId) {
        return switch (messageId) {
            case SYS_STATUS, GPS_RAW_INT, MISSION_CURRENT, FENCE_STATUS -> STREAM_EXTENDED_STATUS;
            case GLOBAL_POSITION_INT -> STREAM_POSITION;
            case ATTITUDE -> STREAM_EXTRA1;
            case VFR_HUD -> STREAM_EXTRA2;
            case BATTERY_STATUS -> STREAM_EXTRA3;
            default -> -1; // EXTENDED_SYS_STATE too: no stream group carries it (measured on SITL)
        };
    }

    /** The interval to ask for with SET_MESSAGE_INTERVAL, in microseconds. */
    public long intervalMicros(int messageId) {
        return Math.round(1_000_000 / rates.get(messageId));
    }

    /** Stream group → whole messages per second (REQUEST_DATA_STREAM takes integer Hz, at least 1). */
    public Map<Integer, Integer> streamRates(Iterable<Integer> messageIds) {
        Map<Integer, Integer> groups = new TreeMap<>();
        for (int id : messageIds) {
            if (streamOf(id) < 0) {
                continue;
            }
            int hz = (int) Math.max(1, Math.ceil(rates.get(id)));
            groups.merge(streamOf(id), hz, Math::max);
        }
        return groups;
    }
}
