package org.lifeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.agent.cli.AgentRuntime;
import org.lifeline.agent.config.AgentConfig;
import org.lifeline.agent.config.ConfigLoader;
import org.lifeline.fleet.Command;
import org.lifeline.fleet.CommandAck;
import org.lifeline.fleet.CommandSigner;
import org.lifeline.fleet.CommandType;
import org.lifeline.fleet.DroneStatus;
import org.lifeline.fleet.EventType;
import org.lifeline.fleet.FleetEvent;
import org.lifeline.fleet.mqtt.MqttSettings;
import org.lifeline.groundstation.fleet.DroneView;
import org.lifeline.groundstation.fleet.FleetBus;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MissionItem;
import org.lifeline.support.MosquittoProcess;
import org.lifeline.time.SystemScheduler;

/**
 * The agent process's parts (configuration file, runtime, journal, outbox, Pi4J mock hardware)
 * against a real Mosquitto and the ground station's FleetBus: signed commands are answered, an
 * unsigned one is refused, the drop is released once and the ground station sees it, and a clean
 * shutdown leaves the drone shown offline.
 */
class AgentFleetBusTest {

    private static final String KEY_HEX = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
    private static final double LAT = 34.06895;
    private static final double LON = 114.40785;
    private static final List<MissionItem> MISSION = List.of(
            MissionItem.waypoint(34.0655, 114.4010, 0),
            MissionItem.at(MavCmd.NAV_TAKEOFF, 0, 0, 40, 0, 0, 0, 0),
            MissionItem.waypointWithHold(LAT, LON, 12, 8),
            MissionItem.command(MavCmd.DO_GRIPPER, 0, 0, 0, 0),
            MissionItem.command(MavCmd.NAV_RETURN_TO_LAUNCH, 0, 0, 0, 0));

    @TempDir
    Path dir;

    private AgentConfig config(MosquittoProcess broker) throws Exception {
        Files.writeString(dir.resolve("command.key"), KEY_HEX + "\n");
        Files.writeString(dir.resolve("agent.properties"), String.join("\n",
                "drone.id = d7",
                "fc.uri = udpin://127.0.0.1:14550",
                "broker.uri = " + broker.uri(),
                "commands.keyFile = command.key",
                "data.dir = data",
                "telemetry.rateHz = 5",
                "actuator.openMillis = 300",
                "hardware = mock", ""));
        return ConfigLoader.load(dir.resolve("agent.properties"));
    }

    @Test
    void theGroundStationCommandsTheAgentAndSeesTheParcelReleasedOnce() throws Exception {
        try (MosquittoProcess broker = Broker.start(dir.resolve("broker"));
             SystemScheduler clock = new SystemScheduler("gs-clock")) {
            FleetBus gs = new FleetBus(MqttSettings.plain(broker.uri(), "gs-7", true), clock, 3_000);
            List<CommandAck> acks = new CopyOnWriteArrayList<>();
            List<FleetEvent> events = new CopyOnWriteArrayList<>();
            gs.onAck(acks::add);
            gs.onEvent(events::add);
            gs.start();
            ScriptedAutopilot fc = new ScriptedAutopilot(MISSION,
                    new ScriptedAutopilot.Script(true, 3, 1, 34.0660, 114.4020, 30, 6));
            ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
            AgentRuntime agent = AgentRuntime.start(config(broker), true, (c, s) -> fc);
            try {
                ticker.scheduleAtFixedRate(fc::tick, 0, 100, TimeUnit.MILLISECONDS);
                Broker.await("d7 online with telemetry", Duration.ofSeconds(10), () -> gs.view("d7")
                        .map(v -> v.online() && v.telemetry().isPresent()).orElse(false));

                CommandSigner signer = new CommandSigner(CommandSigner.keyFromHex(KEY_HEX), 30_000);
                gs.send(new Command("gs-1", "d7", System.currentTimeMillis(), CommandType.SET_DROP_PLAN, Map.of(
                        "parcelId", "P-77", "missionSeq", "2", "lat", String.valueOf(LAT), "lon", String.valueOf(LON),
                        "zoneRadius", "5", "minAlt", "8", "maxAlt", "16", "maxSpeed", "1.0"), ""), signer);
                Broker.await("the drop plan acknowledged", Duration.ofSeconds(10),
                        () -> acks.stream().anyMatch(a -> a.commandId().equals("gs-1")));
                assertThat(acks).filteredOn(a -> a.commandId().equals("gs-1")).first()
                        .extracting(CommandAck::result).isEqualTo(CommandAck.Result.ACCEPTED);

                CommandSigner forger = new CommandSigner(new byte[32], 30_000);
                gs.send(new Command("gs-2", "d7", System.currentTimeMillis(), CommandType.RELEASE,
                        Map.of("parcelId", "P-77"), ""), forger);
                Broker.await("the forged release refused", Duration.ofSeconds(10),
                        () -> acks.stream().anyMatch(a -> a.commandId().equals("gs-2")));
                assertThat(acks).filteredOn(a -> a.commandId().equals("gs-2")).first().satisfies(a -> {
                    assertThat(a.result()).isEqualTo(CommandAck.Result.REJECTED);
                    assertThat(a.reason()).contains("BAD_SIGNATURE");
                });

                fc.state = new ScriptedAutopilot.Script(true, 3, 2, 34.0680, 114.4070, 20, 5);
                Broker.await("telemetry at the drop item", Duration.ofSeconds(10), () -> gs.view("d7")
                        .flatMap(DroneView::telemetry).map(t -> t.currentSeq() == 2).orElse(false));
                fc.state = new ScriptedAutopilot.Script(true, 3, 2, LAT, LON, 12, 0.2);
                Broker.await(() -> "RELEASED at the ground station (events: " + events + ")", Duration.ofSeconds(10),
                        () -> events.stream().anyMatch(e -> e.type() == EventType.RELEASED));
                Thread.sleep(1_000); // a quiet second over the drop: no second release may follow
                assertThat(events).filteredOn(e -> e.type() == EventType.RELEASED).singleElement()
                        .satisfies(e -> assertThat(e.parcelId()).contains("P-77"));
                assertThat(events).extracting(FleetEvent::type).doesNotContain(EventType.DROP_REFUSED);
                assertThat(Files.readString(dir.resolve("data/releases.journal"))).contains("INTENT P-77").contains("DONE P-77");
            } finally {
                ticker.shutdownNow();
                agent.close();
            }
            Broker.await("d7 shown offline after the clean shutdown", Duration.ofSeconds(10), () -> gs.view("d7")
                    .flatMap(DroneView::status).map(s -> s.state() == DroneStatus.State.OFFLINE).orElse(false));
            gs.close();
        }
    }
}
