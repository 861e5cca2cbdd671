package org.lifeline.fleet;

import java.util.Objects;

/**
 * The agent's answer to a command (topic {@code .../acks}, QoS 1).
 *
 * @param reason why a command was rejected or failed (empty when accepted)
 */
public record CommandAck(String commandId, String droneId, long timeMillis, Result result, String reason) {

    /** How a command ended. */
    public enum Result { ACCEPTED, REJECTED, FAILED }

    public CommandAck {
        Objects.requireNonNull(commandId, "commandId");
        FleetTopics.requireDroneId(droneId);
        Objects.requireNonNull(result, "result");
        reason = reason == null ? "" : reason;
    }
}
