package org.lifeline.simulator.vehicle;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.MessageChannel;

/**
 * One of the flight controller's MAVLink ports (e.g. TELEM1 to the ground station, TELEM2 to
 * the companion computer): a channel, its own stream rates, and a queue of received messages
 * that the simulation thread drains each step (reader threads never touch vehicle state).
 */
final class VehiclePort implements AutoCloseable {

    private final String name;
    private final MessageChannel channel;
    private final TelemetryStreams streams;
    private final Queue<MavMessage> inbox = new ConcurrentLinkedQueue<>();
    private final MessageChannel.Subscription subscription;

    /** @param askedOnly true: streams only what a client asks for, as ArduPilot's serial ports do */
    VehiclePort(String name, MessageChannel channel, boolean askedOnly) {
        this.name = name;
        this.streams = new TelemetryStreams(askedOnly);
        this.channel = channel;
        this.subscription = channel.subscribe(inbox::add);
    }

    String name() {
        return name;
    }

    TelemetryStreams streams() {
        return streams;
    }

    Queue<MavMessage> inbox() {
        return inbox;
    }

    void send(Object payload) {
        channel.send(payload);
    }

    @Override
    public void close() {
        subscription.close();
    }
}
