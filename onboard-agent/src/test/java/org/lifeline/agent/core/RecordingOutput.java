package org.lifeline.agent.core;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.lifeline.fleet.CommandAck;
import org.lifeline.fleet.EventType;
import org.lifeline.fleet.Telemetry;

/** Keeps everything the agent reported, for assertions. */
final class RecordingOutput implements AgentOutput {

    record Event(EventType type, Optional<String> parcelId, String message) {
    }

    final List<Telemetry> telemetry = new CopyOnWriteArrayList<>();
    final List<Event> events = new CopyOnWriteArrayList<>();
    final List<CommandAck> acks = new CopyOnWriteArrayList<>();

    @Override
    public void telemetry(Telemetry sample) {
        telemetry.add(sample);
    }

    @Override
    public void event(EventType type, Optional<String> parcelId, String message) {
        events.add(new Event(type, parcelId, message));
    }

    @Override
    public void ack(CommandAck ack) {
        acks.add(ack);
    }

    List<Event> events(EventType type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }
}
