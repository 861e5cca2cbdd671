package org.lifeline.agent.core;

import java.util.Optional;

import org.lifeline.agent.bus.AgentBus;
import org.lifeline.fleet.CommandAck;
import org.lifeline.fleet.EventType;
import org.lifeline.fleet.Telemetry;
import org.lifeline.time.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The agent's output over the fleet bus, with every event also written to the log. */
public final class BusOutput implements AgentOutput {

    private static final Logger LOG = LoggerFactory.getLogger(BusOutput.class);

    private final AgentBus bus;
    private final Scheduler clock;

    public BusOutput(AgentBus bus, Scheduler clock) {
        this.bus = bus;
        this.clock = clock;
    }

    @Override
    public void telemetry(Telemetry sample) {
        bus.publish(sample);
    }

    @Override
    public void event(EventType type, Optional<String> parcelId, String message) {
        var e = bus.event(type, parcelId, message, clock.epochMicros() / 1000);
        LOG.info("event type={} seq={} parcel={} message=\"{}\"", type, e.sequence(), parcelId.orElse("-"), message);
    }

    @Override
    public void ack(CommandAck ack) {
        LOG.info("ack command={} result={} reason=\"{}\"", ack.commandId(), ack.result(), ack.reason());
        bus.ack(ack);
    }
}
