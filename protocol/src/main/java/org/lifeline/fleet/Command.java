package org.lifeline.fleet;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A ground-station request (topic {@code .../commands}, QoS 1). Idempotent: an agent that sees
 * the same {@code commandId} again answers with its first ack and does nothing more.
 * {@code signature} is an HMAC over every other field ({@link CommandSigner}).
 *
 * @param args command arguments, sorted by name (the signature covers them in that order)
 */
public record Command(String commandId, String droneId, long timeMillis, CommandType type,
                      Map<String, String> args, String signature) {

    public Command {
        Objects.requireNonNull(commandId, "commandId");
        FleetTopics.requireDroneId(droneId);
        Objects.requireNonNull(type, "type");
        args = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(args == null ? Map.of() : args));
        signature = signature == null ? "" : signature;
    }

    public Command withSignature(String value) {
        return new Command(commandId, droneId, timeMillis, type, args, value);
    }
}
