package org.lifeline.agent.core;

import java.util.Optional;

import org.lifeline.fleet.CommandAck;
import org.lifeline.fleet.EventType;
import org.lifeline.fleet.Telemetry;

/**
 * Where the agent's reports go: the fleet bus in the field ({@link BusOutput}), a recorder in tests.
 * Events must be stored durably before {@link #event} returns (the bus's outbox does that).
 */
public interface AgentOutput {

    void telemetry(Telemetry sample);

    void event(EventType type, Optional<String> parcelId, String message);

    void ack(CommandAck ack);
}
