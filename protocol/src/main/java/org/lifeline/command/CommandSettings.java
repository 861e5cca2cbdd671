package org.lifeline.command;

import java.time.Duration;

/**
 * Timing of the command protocol.
 *
 * @param ackTimeout         how long to wait for COMMAND_ACK before resending (spec suggests ~1 s on a radio link)
 * @param maxAttempts        how many times a command is sent in total before it ends in TIMEOUT
 * @param inProgressTimeout  how long to wait for the next update after MAV_RESULT_IN_PROGRESS;
 *                           a command in progress is never resent (that could restart it)
 * @param ourSystemId        our own system id: acknowledgements addressed to another ground station
 *                           (target_system neither 0 nor ours) are ignored
 */
public record CommandSettings(Duration ackTimeout, int maxAttempts, Duration inProgressTimeout, int ourSystemId) {

    public CommandSettings {
        if (ackTimeout.isNegative() || ackTimeout.isZero()) {
            throw new IllegalArgumentException("ackTimeout must be positive");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (inProgressTimeout.isNegative() || inProgressTimeout.isZero()) {
            throw new IllegalArgumentException("inProgressTimeout must be positive");
        }
    }

    /** 1000 ms per attempt, 3 attempts, 10 s between progress updates, system id 255 (a ground station). */
    public static CommandSettings defaults() {
        return new CommandSettings(Duration.ofMillis(1000), 3, Duration.ofSeconds(10), 255);
    }

    public CommandSettings withOurSystemId(int systemId) {
        return new CommandSettings(ackTimeout, maxAttempts, inProgressTimeout, systemId);
    }
}
