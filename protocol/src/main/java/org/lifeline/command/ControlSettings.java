package org.lifeline.command;

import java.time.Duration;

/**
 * Timing of the pilot actions.
 *
 * @param commands         the command protocol's own timing
 * @param armingDeadline   how long arming is retried while the vehicle refuses it: ArduPilot's
 *                         pre-arm checks (EKF, GPS) pass only some seconds after SYS_STATUS looks healthy
 * @param armRetryInterval the pause between two arming attempts
 * @param confirmTimeout   how long to wait for the heartbeat to show an acknowledged change
 *                         (heartbeats come at 1 Hz, so a few seconds)
 */
public record ControlSettings(CommandSettings commands, Duration armingDeadline, Duration armRetryInterval,
                              Duration confirmTimeout) {

    public ControlSettings {
        if (armRetryInterval.isNegative() || armRetryInterval.isZero()) {
            throw new IllegalArgumentException("armRetryInterval must be positive");
        }
    }

    /** Arming retried for 30 s every second; changes confirmed within 3 s. */
    public static ControlSettings defaults() {
        return new ControlSettings(CommandSettings.defaults(), Duration.ofSeconds(30), Duration.ofSeconds(1),
                Duration.ofSeconds(3));
    }

    public ControlSettings withCommands(CommandSettings value) {
        return new ControlSettings(value, armingDeadline, armRetryInterval, confirmTimeout);
    }

    public ControlSettings withArmingDeadline(Duration deadline) {
        return new ControlSettings(commands, deadline, armRetryInterval, confirmTimeout);
    }
}
