package org.lifeline.agent.bus;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.lifeline.fleet.Channel;
import org.lifeline.fleet.Command;
import org.lifeline.fleet.CommandAck;
import org.lifeline.fleet.DroneStatus;
import org.lifeline.fleet.EventType;
import org.lifeline.fleet.FleetEvent;
import org.lifeline.fleet.FleetJson;
import org.lifeline.fleet.FleetMessageException;
import org.lifeline.fleet.FleetTopics;
import org.lifeline.fleet.Telemetry;
import org.lifeline.fleet.mqtt.FleetBusException;
import org.lifeline.fleet.mqtt.FleetConnection;
import org.lifeline.fleet.mqtt.MqttSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent's connection to the fleet bus. Status: retained ONLINE after each connect, with a
 * retained OFFLINE Last Will. Telemetry: QoS 0, dropped while disconnected (the next sample
 * replaces it). Events: through the {@link EventOutbox}, sent oldest first by one sender thread,
 * each removed only after its PUBACK — so none is lost and order is kept; a receiver removes the
 * duplicates a reconnect can cause by event id. Commands: parsed and handed on; a malformed one
 * is logged with its reason and dropped.
 */
public final class AgentBus implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AgentBus.class);

    private final String droneId;
    private final String agentVersion;
    private final FleetConnection connection;
    private final EventOutbox outbox;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private final Thread sender;
    private volatile boolean running = true;

    public AgentBus(MqttSettings settings, String droneId, String agentVersion, EventOutbox outbox) throws FleetBusException {
        this.droneId = FleetTopics.requireDroneId(droneId);
        this.agentVersion = agentVersion;
        this.outbox = outbox;
        MqttSettings withWill = settings.withWill(new MqttSettings.Will(FleetTopics.topic(droneId, Channel.STATUS),
                FleetJson.encode(new DroneStatus(droneId, DroneStatus.State.OFFLINE, 0, agentVersion)), 1, true));
        this.connection = new FleetConnection(withWill);
        connection.onConnectionChange(up -> {
            if (up) {
                publishOnline();
                signal();
            }
        });
        this.sender = new Thread(this::sendLoop, "events-" + droneId);
        this.sender.setDaemon(true);
    }

    /** Connects (in the background if the broker is not there yet) and starts sending events. */
    public void start() throws FleetBusException {
        connection.connectInBackground();
        if (connection.isConnected()) {
            publishOnline();
        }
        sender.start();
    }

    /** Listens for commands addressed to this drone. */
    public void onCommand(Consumer<Command> handler) throws FleetBusException {
        connection.subscribe(FleetTopics.topic(droneId, Channel.COMMANDS), 1, (topic, payload) -> {
            try {
                Command c = FleetJson.command(payload);
                if (!c.droneId().equals(droneId)) {
                    LOG.warn("command {} names drone {} but arrived on {}'s topic: ignored", c.commandId(), c.droneId(), droneId);
                    return;
                }
                handler.accept(c);
            } catch (FleetMessageException e) {
                LOG.warn("rejected a command on {}: {}", topic, e.getMessage());
            }
        });
    }

    /** Publishes a telemetry sample if connected (QoS 0; a lost sample is replaced by the next). */
    public void publish(Telemetry t) {
        if (!connection.isConnected()) {
            return;
        }
        try {
            connection.publish(FleetTopics.topic(droneId, Channel.TELEMETRY), FleetJson.encode(t), 0, false);
        } catch (FleetBusException e) {
            LOG.debug("telemetry not sent: {}", e.getMessage());
        }
    }

    /** Records an event durably and queues it for the broker. */
    public FleetEvent event(EventType type, Optional<String> parcelId, String message, long timeMillis) {
        FleetEvent e = outbox.add(type, parcelId, message, timeMillis);
        signal();
        return e;
    }

    /** Answers a command. */
    public void ack(CommandAck ack) {
        try {
            connection.publish(FleetTopics.topic(droneId, Channel.ACKS), FleetJson.encode(ack), 1, false);
        } catch (FleetBusException e) {
            LOG.warn("ack for command {} not sent: {}", ack.commandId(), e.getMessage());
        }
    }

    public int pendingEvents() {
        return outbox.size();
    }

    public boolean isConnected() {
        return connection.isConnected();
    }

    private void publishOnline() {
        try {
            connection.publish(FleetTopics.topic(droneId, Channel.STATUS),
                    FleetJson.encode(new DroneStatus(droneId, DroneStatus.State.ONLINE, System.currentTimeMillis(), agentVersion)), 1, true);
        } catch (FleetBusException e) {
            LOG.warn("status not published: {}", e.getMessage());
        }
    }

    private void sendLoop() {
        while (running) {
            Optional<FleetEvent> next = connection.isConnected() ? outbox.oldest() : Optional.empty();
            if (next.isPresent()) {
                try {
                    connection.publish(FleetTopics.topic(droneId, Channel.EVENTS), FleetJson.encode(next.get()), 1, false);
                    outbox.acknowledged(next.get());
                    continue;
                } catch (FleetBusException e) {
                    LOG.info("event {} waits for the broker: {}", next.get().eventId(), e.getMessage());
                }
            }
            lock.lock();
            try {
                wake.await(500, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                lock.unlock();
            }
        }
    }

    private void signal() {
        lock.lock();
        try {
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Stops cleanly: the broker keeps the retained status as it is (call {@link #goOffline} first to say so). */
    @Override
    public void close() {
        running = false;
        sender.interrupt();
        connection.close();
    }

    /** Publishes a retained OFFLINE status (a clean shutdown does not trigger the Last Will). */
    public void goOffline() {
        try {
            connection.publish(FleetTopics.topic(droneId, Channel.STATUS),
                    FleetJson.encode(new DroneStatus(droneId, DroneStatus.State.OFFLINE, System.currentTimeMillis(), agentVersion)), 1, true);
        } catch (FleetBusException e) {
            LOG.warn("offline status not published: {}", e.getMessage());
        }
    }

    /** Vanishes without a goodbye, as a crash would: the broker publishes the Last Will. */
    public void crash() {
        running = false;
        sender.interrupt();
        connection.abort();
    }
}
