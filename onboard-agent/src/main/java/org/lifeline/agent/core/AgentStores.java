package org.lifeline.agent.core;

import java.io.IOException;
import java.nio.file.Path;

import org.lifeline.agent.drops.DropPlanStore;

/**
 * What the agent keeps on disk besides the release journal and the event outbox: commands
 * carried out with their acks, the ground station's drop plans, and the flight count.
 */
public record AgentStores(CommandLog commands, DropPlanStore plans, FlightCounter flights) implements AutoCloseable {

    public static AgentStores inMemory() {
        return new AgentStores(CommandLog.inMemory(), DropPlanStore.inMemory(), FlightCounter.inMemory());
    }

    /** Opens the stores in {@code dataDir} (commands.log, drop-plans.log, flights). */
    public static AgentStores open(Path dataDir) throws IOException {
        CommandLog commands = CommandLog.open(dataDir.resolve("commands.log"));
        try {
            return new AgentStores(commands, DropPlanStore.open(dataDir.resolve("drop-plans.log")),
                    FlightCounter.open(dataDir.resolve("flights")));
        } catch (IOException | RuntimeException e) {
            commands.close();
            throw e;
        }
    }

    @Override
    public void close() {
        commands.close();
        plans.close();
    }
}
