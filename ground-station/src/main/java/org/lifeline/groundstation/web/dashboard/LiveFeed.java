package org.lifeline.groundstation.web.dashboard;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.lifeline.groundstation.fleet.FleetBus;
import org.lifeline.groundstation.linkwatch.LinkWatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.http.sse.SseClient;

/**
 * Pushes the live state to every open dashboard over Server-Sent Events: a {@code drone} event
 * the moment the fleet bus accepts a telemetry sample or a drone's link watch publishes one, and
 * once a {@code tick} a {@code drones}
 * snapshot (so staleness shows without telemetry), and the {@code board} and {@code alarms}
 * snapshots when they changed. Sends run on one thread of their own, never on the MQTT thread. A client whose login
 * ended is disconnected at the next tick. Close it before the web server stops: it ends the
 * open streams, which needs the server.
 */
final class LiveFeed implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);

    private record Client(SseClient sse, String sessionId) {
    }

    private final LiveDrones drones;
    private final Map<String, Supplier<String>> snapshots;
    private final Map<String, String> last = new ConcurrentHashMap<>();
    private final Predicate<String> sessionAlive;
    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dashboard-live");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param drones       the drones from both sources
     * @param fleet        the fleet bus, or null when none is connected
     * @param links        the drones' watched MAVLink links, or null
     * @param snapshots    event name to its JSON now ({@code board}, {@code alarms}), pushed when changed
     * @param sessionAlive whether a session id is still logged in
     */
    LiveFeed(LiveDrones drones, FleetBus fleet, LinkWatch links, Map<String, Supplier<String>> snapshots,
             Predicate<String> sessionAlive, long tickMillis, java.time.Clock clock) {
        this.drones = drones;
        this.snapshots = Map.copyOf(snapshots);
        this.sessionAlive = sessionAlive;
        // rxMs: when the sample reached the ground station, so that a page can measure how late it shows it
        if (fleet != null) {
            fleet.onTelemetry(t -> pushDrone(t.droneId(), clock.millis()));
        }
        if (links != null) {
            links.onSample(s -> pushDrone(s.droneId(), clock.millis()));
        }
        sender.scheduleWithFixedDelay(this::tick, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
    }

    private void pushDrone(String droneId, long rxMs) {
        if (sender.isShutdown()) {
            return;
        }
        try {
            sender.execute(() -> drones.one(droneId).ifPresent(d -> broadcast("drone", d.put("rxMs", rxMs).toString())));
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // the dashboard is closing
        }
    }

    /** Keeps the request open and sends the current state to it first. */
    void join(SseClient sse, String sessionId) {
        Client c = new Client(sse, sessionId);
        sse.keepAlive();
        sse.onClose(() -> clients.remove(c));
        sender.execute(() -> {
            send(c, "drones", drones.all());
            snapshots.forEach((event, json) -> send(c, event, last.computeIfAbsent(event, e -> json.get())));
            clients.add(c);
        });
    }

    int clientCount() {
        return clients.size();
    }

    private void tick() {
        try {
            for (Client c : clients) {
                if (!sessionAlive.test(c.sessionId())) {
                    clients.remove(c);
                    send(c, "logout", "{}");
                    c.sse().close();
                }
            }
            if (clients.isEmpty()) {
                return;
            }
            if (drones.any()) {
                broadcast("drones", drones.all());
            }
            snapshots.forEach((event, json) -> {
                String now = json.get();
                if (!now.equals(last.put(event, now))) {
                    broadcast(event, now);
                }
            });
        } catch (RuntimeException e) {
            log.warn("live update failed: {}", e.getMessage());
        }
    }

    private void broadcast(String event, String json) {
        clients.forEach(c -> send(c, event, json));
    }

    private void send(Client c, String event, String json) {
        if (c.sse().terminated()) {
            clients.remove(c);
            return;
        }
        try {
            c.sse().sendEvent(event, json);
        } catch (RuntimeException gone) {
            clients.remove(c);
        }
    }

    @Override
    public void close() {
        sender.shutdownNow();
        for (Client c : clients) {
            clients.remove(c);
            if (!c.sse().terminated()) {
                try {
                    c.sse().close();
                } catch (RuntimeException alreadyGone) {
                    // the browser left first
                }
            }
        }
    }
}
