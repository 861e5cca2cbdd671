package org.lifeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.agent.cli.AgentRuntime;
import org.lifeline.agent.cli.EndpointConnector;
import org.lifeline.agent.config.ConfigLoader;
import org.lifeline.agent.release.InterlockCheck;
import org.lifeline.fleet.Command;
import org.lifeline.fleet.CommandAck;
import org.lifeline.fleet.CommandSigner;
import org.lifeline.fleet.CommandType;
import org.lifeline.fleet.EventType;
import org.lifeline.fleet.FleetEvent;
import org.lifeline.fleet.mqtt.MqttSettings;
import org.lifeline.groundstation.dispatch.flight.SortieDrops;
import org.lifeline.groundstation.fleet.FleetBus;
import org.lifeline.support.MosquittoProcess;
import org.lifeline.support.SitlProcess;
import org.lifeline.time.SystemScheduler;

/**
 * The onboard agent on ArduCopter SITL's companion port (SERIAL1), with a real Mosquitto: the
 * ground station uploads the delivery and flies it with its own vehicle control; the agent reads
 * the mission from the autopilot, takes the signed drop plan, and releases the parcel with its
 * (Pi4J mock) actuator exactly once over the drop point. SITL runs without the gripper, so the
 * mission's DO_GRIPPER does nothing on the autopilot: the agent is the only release path.
 */
class SitlAgentDeliveryTest {

    private static final String KEY = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
    private static final double SPEEDUP = 8;
    /** The drop's hold altitude in {@link SitlDifferentialTest#deliveryMission()}, approached from 30 m straight above. */
    private static final double HOLD_ALT = 12;

    @TempDir
    Path dir;

    @Test
    void theAgentOnSitlsCompanionPortReleasesExactlyOnceOverTheDrop() throws Exception {
        SitlProcess.assumeAvailable();
        try (MosquittoProcess broker = Broker.start(dir.resolve("broker"));
             SystemScheduler gsClock = new SystemScheduler("gs-clock");
             SitlProcess sitl = SitlProcess.start(SitlProcess.Options.defaults().withSpeedup(SPEEDUP).withGripper(false)
                     .withHome("34.06,114.395,50,0"));
             FlightProbe gcs = new FlightProbe(sitl.gcsUri())) {
            FleetBus bus = new FleetBus(MqttSettings.plain(broker.uri(), "gs-sitl", true), gsClock, 3_000);
            List<FleetEvent> events = new CopyOnWriteArrayList<>();
            List<CommandAck> acks = new CopyOnWriteArrayList<>();
            bus.onEvent(events::add);
            bus.onAck(acks::add);
            bus.start();

            gcs.askProtocolQuestions();
            gcs.upload(SitlDifferentialTest.deliveryMission());

            Files.writeString(dir.resolve("command.key"), KEY + "\n");
            Files.writeString(dir.resolve("agent.properties"), String.join("\n", "drone.id = sitl1",
                    "fc.uri = " + sitl.companionUri(), "broker.uri = " + broker.uri(), "commands.keyFile = command.key",
                    "data.dir = data", "telemetry.rateHz = 2", "actuator.openMillis = 300", "hardware = mock", ""));
            AgentRuntime agent = AgentRuntime.start(ConfigLoader.load(dir.resolve("agent.properties")), true, new EndpointConnector());
            try {
                Broker.await("the agent online with telemetry", Duration.ofSeconds(20), () -> bus.view("sitl1")
                        .map(v -> v.online() && v.telemetry().isPresent()).orElse(false));
                bus.send(new Command("plan-1", "sitl1", System.currentTimeMillis(), CommandType.SET_DROP_PLAN, Map.of(
                        "parcelId", "P-S1", "missionSeq", "4", "lat", "34.0630", "lon", "114.3990",
                        "zoneRadius", "5", "minAlt", String.valueOf(HOLD_ALT - SortieDrops.RELEASE_HEIGHT_TOLERANCE_METRES),
                        "maxAlt", String.valueOf(HOLD_ALT + SortieDrops.RELEASE_HEIGHT_TOLERANCE_METRES), "maxSpeed", "1.0"), ""),
                        new CommandSigner(CommandSigner.keyFromHex(KEY), 30_000));
                Broker.await(() -> "the drop plan accepted (acks " + acks + ")", Duration.ofSeconds(20), () -> acks.stream()
                        .anyMatch(a -> a.commandId().equals("plan-1") && a.result() == CommandAck.Result.ACCEPTED));

                gcs.fly(Duration.ofSeconds(60));
                FlightProbe.Record r = gcs.record();
                assertThat(r.landed).as("landed; texts " + r.texts).isTrue();
                Broker.await(() -> "RELEASED at the ground station (events " + events + ")", Duration.ofSeconds(10),
                        () -> events.stream().anyMatch(e -> e.type() == EventType.RELEASED));
                assertThat(SitlDifferentialTest.deliveryMission().items().get(4).z()).as("the drop's hold altitude")
                        .isEqualTo((float) HOLD_ALT);
                assertThat(events).filteredOn(e -> e.type() == EventType.RELEASED).singleElement()
                        .satisfies(e -> assertThat(e.parcelId()).contains("P-S1"))
                        .satisfies(e -> assertThat(ReleasedEvents.verticalSpeed(e)).as(e.message())
                                .isBetween(-InterlockCheck.DEFAULT_MAX_VERTICAL_SPEED, InterlockCheck.DEFAULT_MAX_VERTICAL_SPEED));
                assertThat(events).extracting(FleetEvent::type).doesNotContain(EventType.DROP_REFUSED, EventType.DROP_PLAN_MISMATCH)
                        .contains(EventType.ARMED, EventType.TOOK_OFF, EventType.REACHED_DROP);
                assertThat(Files.readAllLines(dir.resolve("data/releases.journal")))
                        .filteredOn(l -> l.startsWith("INTENT")).singleElement().asString().contains("P-S1");
                // without a gripper ArduCopter still says its mission line "Gripper Released", but its gripper never acts
                assertThat(r.texts).as("the autopilot itself released nothing").noneMatch(t -> t.startsWith("Gripper load"));
                assertThat(r.servo8).as("no gripper servo output").doesNotContain(1100);
            } finally {
                agent.close();
                bus.close();
            }
        }
    }
}
