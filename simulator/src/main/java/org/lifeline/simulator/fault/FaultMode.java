package org.lifeline.simulator.fault;

import java.util.Locale;

/**
 * The simulator's failure modes, one line each. "out" is vehicle → peer, "in" is peer →
 * vehicle. The value's meaning is given in brackets; the CLI spells a mode in lower case with
 * dashes ({@code --fault drop-out=0.05}).
 */
public enum FaultMode {
    /** Drop a fraction of frames the vehicle sends [fraction 0..1]. */
    DROP_OUT(ValueKind.FRACTION),
    /** Drop a fraction of frames the vehicle receives [fraction 0..1]. */
    DROP_IN(ValueKind.FRACTION),
    /** Send a fraction of outgoing frames twice [fraction 0..1]. */
    DUPLICATE_OUT(ValueKind.FRACTION),
    /** Deliver a fraction of incoming frames twice [fraction 0..1]. */
    DUPLICATE_IN(ValueKind.FRACTION),
    /** Hold back a fraction of outgoing frames and send them after the next one [fraction 0..1]. */
    REORDER_OUT(ValueKind.FRACTION),
    /** Hold back a fraction of incoming frames and deliver them after the next one [fraction 0..1]. */
    REORDER_IN(ValueKind.FRACTION),
    /** Flip one random bit in a fraction of outgoing frames, so their CRC fails [fraction 0..1]. */
    CORRUPT_OUT(ValueKind.FRACTION),
    /** Flip one random bit in a fraction of incoming frames [fraction 0..1]. */
    CORRUPT_IN(ValueKind.FRACTION),
    /** Delay every frame in both directions [milliseconds]. */
    LATENCY(ValueKind.NUMBER),
    /** Cap throughput each way like a serial radio, 10 bits per byte; excess frames queue [baud, e.g. 57600]. */
    BANDWIDTH(ValueKind.NUMBER),
    /** The mission server stops answering every mission-protocol message [no value]. */
    MISSION_SILENT(ValueKind.NONE),
    /** Reject upload item N with the given MAV_MISSION_RESULT [N:RESULT, e.g. 3:MAV_MISSION_INVALID_SEQUENCE]. */
    MISSION_REJECT_ITEM(ValueKind.TEXT),
    /** Reboot the flight controller this many seconds after takeoff (it falls and comes back disarmed) [seconds]. */
    REBOOT(ValueKind.NUMBER),
    /** Lose GPS fix this many seconds after takeoff (EKF failsafe → LAND) [seconds]. */
    GPS_LOSS(ValueKind.NUMBER),
    /** A cell fails this many seconds after takeoff: charge collapses, critical-battery failsafe [seconds]. */
    BATTERY_FAILURE(ValueKind.NUMBER);

    /** What kind of value a mode takes. */
    public enum ValueKind { NONE, FRACTION, NUMBER, TEXT }

    private final ValueKind valueKind;

    FaultMode(ValueKind valueKind) {
        this.valueKind = valueKind;
    }

    public ValueKind valueKind() {
        return valueKind;
    }

    /** The CLI spelling, e.g. {@code drop-out}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Looks a mode up by its CLI spelling or enum name, case-insensitively. */
    public static FaultMode parse(String name) {
        String key = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (FaultMode m : values()) {
            if (m.name().equals(key)) {
                return m;
            }
        }
        StringBuilder known = new StringBuilder();
        for (FaultMode m : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(m.cliName());
        }
        throw new IllegalArgumentException("unknown fault '" + name + "'; expected one of " + known);
    }
}
