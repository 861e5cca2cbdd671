package org.lifeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.agent.bus.AgentBus;
import org.lifeline.agent.bus.EventOutbox;
import org.lifeline.fleet.DroneStatus;
import org.lifeline.fleet.EventType;
import org.lifeline.fleet.FleetEvent;
import org.lifeline.fleet.mqtt.MqttSettings;
import org.lifeline.groundstation.fleet.DroneView;
import org.lifeline.groundstation.fleet.FleetBus;
import org.lifeline.support.MosquittoProcess;
import org.lifeline.time.SystemScheduler;

/**
 * The fleet bus through a real Mosquitto: events survive a broker crash and an agent crash,
 * reach the ground station once each and in order, and a vanished agent shows as offline.
 */
class FleetBusStoreAndForwardTest {

    @TempDir
    Path dir;

    @Test
    void everyEventReachesTheGroundStationOnceInOrderThroughABrokerCrashAndAnAgentCrash() throws Exception {
        try (MosquittoProcess broker = Broker.start(dir.resolve("broker"));
             SystemScheduler clock = new SystemScheduler("gs-clock")) {
            FleetBus gs = new FleetBus(MqttSettings.plain(broker.uri(), "gs-1", false), clock, 3_000);
            List<Long> arrival = new CopyOnWriteArrayList<>();
            gs.onEvent(e -> arrival.add(e.sequence()));
            gs.start();
            // The broker writes its persistence file every second (autosave_interval 1): a flight
            // starts well after the ground station subscribed, so its session is on disk by then.
            // Wait for a save that follows the subscription rather than guessing a time.
            Path db = dir.resolve("broker").resolve("mosquitto.db");
            long subscribedAt = System.currentTimeMillis();
            Broker.await("the broker to save the ground station's session", Duration.ofSeconds(10), () -> {
                try {
                    return Files.exists(db) && Files.getLastModifiedTime(db).toMillis() > subscribedAt;
                } catch (java.io.IOException e) {
                    return false;
                }
            });

            Path outboxDir = dir.resolve("agent-outbox");
            AgentBus agent = new AgentBus(MqttSettings.plain(broker.uri(), "agent-d1", false), "d1", "test",
                    new EventOutbox(outboxDir, "d1"));
            agent.start();
            Broker.await("agent connected", Duration.ofSeconds(10), agent::isConnected);
            for (int i = 0; i < 30; i++) {
                agent.event(EventType.MISSION_CHANGED, Optional.empty(), "event " + (i + 1), System.currentTimeMillis());
            }
            // All 30 are through before the crash: a broker killed with -9 loses QoS 1 messages it has
            // acknowledged but not yet saved (autosave every second) — a property of the broker, not
            // of our outbox, which keeps every event until the broker has acknowledged it.
            Broker.await("the first 30 events at the ground station", Duration.ofSeconds(10), () -> arrival.size() >= 30);

            broker.kill();
            for (int i = 30; i < 60; i++) {
                agent.event(EventType.MISSION_CHANGED, Optional.empty(), "event " + (i + 1), System.currentTimeMillis());
            }
            // The agent dies while the broker is down, its events still on disk.
            agent.crash();
            broker.start();

            AgentBus restarted = new AgentBus(MqttSettings.plain(broker.uri(), "agent-d1", false), "d1", "test",
                    new EventOutbox(outboxDir, "d1"));
            restarted.start();
            for (int i = 60; i < 80; i++) {
                restarted.event(EventType.MISSION_CHANGED, Optional.empty(), "event " + (i + 1), System.currentTimeMillis());
            }
            Broker.await(() -> "all 80 events at the ground station (arrived: " + arrival + ", pending at the agent: "
                            + restarted.pendingEvents() + ")", Duration.ofSeconds(30),
                    () -> gs.view("d1").map(v -> v.events().size() == 80).orElse(false));
            Broker.await("the agent's outbox to drain", Duration.ofSeconds(10), () -> restarted.pendingEvents() == 0);

            DroneView view = gs.view("d1").orElseThrow();
            assertThat(view.events()).extracting(FleetEvent::sequence).containsExactly(LongStream.rangeClosed(1, 80).boxed().toArray(Long[]::new));
            assertThat(arrival).as("arrival order, duplicates removed").containsExactly(LongStream.rangeClosed(1, 80).boxed().toArray(Long[]::new));
            restarted.close();
            gs.close();
        }
    }

    @Test
    void aCrashedAgentIsShownOfflineByItsLastWill() throws Exception {
        try (MosquittoProcess broker = Broker.start(dir.resolve("broker"));
             SystemScheduler clock = new SystemScheduler("gs-clock")) {
            FleetBus gs = new FleetBus(MqttSettings.plain(broker.uri(), "gs-2", true), clock, 3_000);
            gs.start();
            AgentBus agent = new AgentBus(MqttSettings.plain(broker.uri(), "agent-d2", true), "d2", "test",
                    new EventOutbox(dir.resolve("outbox"), "d2"));
            agent.start();
            Broker.await("d2 online", Duration.ofSeconds(10), () -> gs.view("d2").map(DroneView::online).orElse(false));
            agent.crash();
            Broker.await("d2 offline", Duration.ofSeconds(30), () -> gs.view("d2")
                    .flatMap(DroneView::status).map(s -> s.state() == DroneStatus.State.OFFLINE).orElse(false));
            assertThat(gs.needingAttention()).extracting(DroneView::droneId).containsExactly("d2");
            gs.close();
        }
    }
}
