package org.lifeline.simulator.vehicle;

/**
 * The message streams of one port and their intervals, changeable with
 * MAV_CMD_SET_MESSAGE_INTERVAL (0 = default, -1 = off, otherwise microseconds). Defaults are
 * ArduCopter-like stream rates: heartbeat 1 Hz; position, attitude and HUD 4 Hz; status, GPS,
 * servo outputs and mission progress 2 Hz; battery and EXTENDED_SYS_STATE 1 Hz; home every 10 s. Streams are staggered
 * so one step does not carry every message.
 */
final class TelemetryStreams {

    static final int[] IDS = {Telemetry.HEARTBEAT, Telemetry.SYS_STATUS, Telemetry.GPS_RAW_INT, Telemetry.ATTITUDE,
        Telemetry.GLOBAL_POSITION_INT, Telemetry.SERVO_OUTPUT_RAW, Telemetry.MISSION_CURRENT, Telemetry.VFR_HUD,
        Telemetry.BATTERY_STATUS, Telemetry.HOME_POSITION, Telemetry.AUTOPILOT_VERSION, Telemetry.EXTENDED_SYS_STATE};
    private static final long[] DEFAULT_US = {1_000_000, 500_000, 500_000, 250_000, 250_000, 500_000, 500_000, 250_000,
        1_000_000, 10_000_000, -1, 1_000_000};

    private final long[] intervalNanos = new long[IDS.length];
    private final long[] nextDue = new long[IDS.length];

    TelemetryStreams() {
        reset(0);
    }

    /** Back to default rates (boot), first messages due shortly after {@code now}. */
    void reset(long now) {
        for (int i = 0; i < IDS.length; i++) {
            intervalNanos[i] = DEFAULT_US[i] * 1000;
            nextDue[i] = now + (i * 13_000_000L) % 200_000_000L;
        }
    }

    /**
     * Applies SET_MESSAGE_INTERVAL; returns false for a message this vehicle does not stream.
     */
    boolean setInterval(int messageId, long intervalUs, long now) {
        for (int i = 0; i < IDS.length; i++) {
            if (IDS[i] == messageId) {
                long us = intervalUs == 0 ? DEFAULT_US[i] : intervalUs < 0 ? -1 : Math.max(intervalUs, 1000);
                intervalNanos[i] = us < 0 ? -1 : us * 1000;
                nextDue[i] = now;
                return true;
            }
        }
        return false;
    }

    /** The interval of a stream in microseconds, -1 when off. */
    long intervalUs(int messageId) {
        for (int i = 0; i < IDS.length; i++) {
            if (IDS[i] == messageId) {
                return intervalNanos[i] < 0 ? -1 : intervalNanos[i] / 1000;
            }
        }
        return -1;
    }

    /** Calls {@code sink} with every message id due at {@code now} and reschedules it. */
    void due(long now, java.util.function.IntConsumer sink) {
        for (int i = 0; i < IDS.length; i++) {
            long interval = intervalNanos[i];
            if (interval > 0 && now >= nextDue[i]) {
                nextDue[i] += interval;
                if (nextDue[i] <= now) {
                    nextDue[i] = now + interval;
                }
                sink.accept(IDS[i]);
            }
        }
    }
}
