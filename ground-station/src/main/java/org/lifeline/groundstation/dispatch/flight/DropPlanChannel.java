package org.lifeline.groundstation.dispatch.flight;

import java.util.concurrent.CompletableFuture;

import org.lifeline.fleet.Command;
import org.lifeline.fleet.CommandAck;

/**
 * Where drop plans go: the drone's agent over the fleet bus. {@link FleetCommands} is the real
 * one (it signs every command with the command key); tests may answer by themselves.
 */
public interface DropPlanChannel {

    /**
     * Sends {@code command} (unsigned: the channel signs it) and completes with the agent's ack
     * for its id. The future does not time out by itself: the caller bounds the wait. It
     * completes exceptionally when the command could not be sent at all (the broker is gone).
     */
    CompletableFuture<CommandAck> send(Command command);
}
