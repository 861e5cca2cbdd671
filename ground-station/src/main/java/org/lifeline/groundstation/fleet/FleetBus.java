package org.lifeline.groundstation.fleet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.lifeline.fleet.Channel;
import org.lifeline.fleet.Command;
import org.lifeline.fleet.CommandAck;
import org.lifeline.fleet.CommandSigner;
import org.lifeline.fleet.DroneStatus;
import org.lifeline.fleet.FleetEvent;
import org.lifeline.fleet.FleetJson;
import org.lifeline.fleet.FleetMessageException;
import org.lifeline.fleet.FleetTopics;
import org.lifeline.fleet.Telemetry;
import org.lifeline.fleet.mqtt.FleetBusException;
import org.lifeline.fleet.mqtt.FleetConnection;
import org.lifeline.fleet.mqtt.MqttSettings;
import org.lifeline.time.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ground station's subscription to the whole fleet. Use a fixed client id with
 * {@code cleanSession=false} so the broker queues QoS 1 events while the ground station is away.
 * A payload that fails validation is logged with its reason and dropped; it never changes state.
 */
public final class FleetBus implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FleetBus.class);

    private static final class Drone {
        DroneStatus status;
        Telemetry telemetry;
        long telemetryAtMillis = -1;
        final TreeMap<Long, FleetEvent> events = new TreeMap<>();
        final Set<String> eventIds = new HashSet<>();
    }

    private final FleetConnection connection;
    private final Scheduler clock;
    private final long staleAfterMillis;
    private final Map<String, Drone> drones = new ConcurrentHashMap<>();
    private final List<Consumer<FleetEvent>> eventListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<CommandAck>> ackListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Telemetry>> telemetryListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<DroneStatus>> statusListeners = new CopyOnWriteArrayList<>();
    private volatile long rejected;
    private volatile long duplicates;

    public FleetBus(MqttSettings settings, Scheduler clock, long staleAfterMillis) throws FleetBusException {
        this.connection = new FleetConnection(settings);
        this.clock = clock;
        this.staleAfterMillis = staleAfterMillis;
    }

    /** Connects and subscribes to every drone's telemetry, events, status and acks. */
    public void start() throws FleetBusException {
        connection.subscribe(FleetTopics.allDrones(Channel.TELEMETRY), 0, (t, p) -> accept(t, p, this::onTelemetry));
        connection.subscribe(FleetTopics.allDrones(Channel.EVENTS), 1, (t, p) -> accept(t, p, this::onEvent));
        connection.subscribe(FleetTopics.allDrones(Channel.STATUS), 1, (t, p) -> accept(t, p, this::onStatus));
        connection.subscribe(FleetTopics.allDrones(Channel.ACKS), 1, (t, p) -> accept(t, p, this::onAck));
        connection.connect();
    }

    private interface Handler {
        void handle(FleetTopics.Address from, byte[] payload) throws FleetMessageException;
    }

    private void accept(String topic, byte[] payload, Handler handler) {
        Optional<FleetTopics.Address> from = FleetTopics.parse(topic);
        if (from.isEmpty()) {
            return;
        }
        try {
            handler.handle(from.get(), payload);
        } catch (FleetMessageException | IllegalArgumentException e) {
            rejected++;
            LOG.warn("rejected a message on {}: {}", topic, e.getMessage());
        }
    }

    private void requireSameDrone(FleetTopics.Address from, String droneId) throws FleetMessageException {
        if (!from.droneId().equals(droneId)) {
            throw new FleetMessageException("payload names drone \"" + droneId + "\" but came on drone \"" + from.droneId() + "\"'s topic");
        }
    }

    private void onTelemetry(FleetTopics.Address from, byte[] payload) throws FleetMessageException {
        Telemetry t = FleetJson.telemetry(payload);
        requireSameDrone(from, t.droneId());
        Drone d = drone(t.droneId());
        synchronized (d) {
            d.telemetry = t;
            d.telemetryAtMillis = clock.millis();
        }
        telemetryListeners.forEach(l -> l.accept(t));
    }

    private void onEvent(FleetTopics.Address from, byte[] payload) throws FleetMessageException {
        FleetEvent e = FleetJson.event(payload);
        requireSameDrone(from, e.droneId());
        Drone d = drone(e.droneId());
        synchronized (d) {
            if (!d.eventIds.add(e.eventId())) {
                duplicates++;
                return;
            }
            d.events.put(e.sequence(), e);
        }
        eventListeners.forEach(l -> l.accept(e));
    }

    private void onStatus(FleetTopics.Address from, byte[] payload) throws FleetMessageException {
        DroneStatus s = FleetJson.status(payload);
        requireSameDrone(from, s.droneId());
        Drone d = drone(s.droneId());
        synchronized (d) {
            d.status = s;
        }
        statusListeners.forEach(l -> l.accept(s));
    }

    private void onAck(FleetTopics.Address from, byte[] payload) throws FleetMessageException {
        CommandAck a = FleetJson.ack(payload);
        requireSameDrone(from, a.droneId());
        ackListeners.forEach(l -> l.accept(a));
    }

    private Drone drone(String id) {
        return drones.computeIfAbsent(id, k -> new Drone());
    }

    /** Every drone heard of so far. */
    public List<DroneView> drones() {
        List<DroneView> views = new ArrayList<>();
        for (String id : new TreeMap<>(drones).keySet()) {
            view(id).ifPresent(views::add);
        }
        return views;
    }

    /** One drone's current state. */
    public Optional<DroneView> view(String droneId) {
        Drone d = drones.get(droneId);
        if (d == null) {
            return Optional.empty();
        }
        synchronized (d) {
            long age = d.telemetryAtMillis < 0 ? -1 : clock.millis() - d.telemetryAtMillis;
            boolean stale = age < 0 || age > staleAfterMillis;
            return Optional.of(new DroneView(droneId, Optional.ofNullable(d.status), Optional.ofNullable(d.telemetry),
                    age, stale, List.copyOf(d.events.values())));
        }
    }

    /** Drones that are offline or whose telemetry is stale: what the dispatcher must look at. */
    public List<DroneView> needingAttention() {
        return drones().stream().filter(v -> !v.online() || v.stale()).toList();
    }

    public void onEvent(Consumer<FleetEvent> listener) {
        eventListeners.add(listener);
    }

    /** Called for every accepted telemetry sample (on the MQTT thread: return quickly). */
    public void onTelemetry(Consumer<Telemetry> listener) {
        telemetryListeners.add(listener);
    }

    /**
     * Called for every status a drone's agent publishes or its Last Will leaves (ONLINE, OFFLINE),
     * including the retained one heard on subscribing, on the MQTT thread.
     */
    public void onStatus(Consumer<DroneStatus> listener) {
        statusListeners.add(listener);
    }

    public void onAck(Consumer<CommandAck> listener) {
        ackListeners.add(listener);
    }

    /** Signs and sends a command to its drone. */
    public void send(Command command, CommandSigner signer) throws FleetBusException {
        connection.publish(FleetTopics.topic(command.droneId(), Channel.COMMANDS), FleetJson.encode(signer.sign(command)), 1, false);
    }

    /** Payloads dropped because they failed validation. */
    public long rejectedCount() {
        return rejected;
    }

    /** Events received again (QoS 1 redelivery) and dropped. */
    public long duplicateCount() {
        return duplicates;
    }

    public boolean isConnected() {
        return connection.isConnected();
    }

    @Override
    public void close() {
        connection.close();
    }
}
