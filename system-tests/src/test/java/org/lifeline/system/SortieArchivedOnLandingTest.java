package org.lifeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lifeline.groundstation.testing.SimulatorOnTcp;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.fleet.Channel;
import org.lifeline.fleet.DroneStatus;
import org.lifeline.fleet.EventType;
import org.lifeline.fleet.FleetEvent;
import org.lifeline.fleet.FleetJson;
import org.lifeline.fleet.FleetTopics;
import org.lifeline.fleet.mqtt.FleetConnection;
import org.lifeline.fleet.mqtt.MqttSettings;
import org.lifeline.groundstation.cli.LifelineCommand;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.dispatch.store.WaveClaim;
import org.lifeline.groundstation.logs.archive.SortieArchive;
import org.lifeline.groundstation.logs.archive.DeliverySource;
import org.lifeline.groundstation.logs.archive.SortieEntry;
import org.lifeline.groundstation.logs.report.AgentEvents;
import org.lifeline.support.MosquittoProcess;

import picocli.CommandLine;

/**
 * A sortie flown from Lifeline is filed by itself: the desk records a sortie of drone-1 in the
 * data folder's store, the pilot uploads the plan (recorded in the data folder), starts, and
 * follows the simulated ArduCopter with {@code vehicle watch --broker}, while drone-1's agent
 * (played here by a fleet-bus client) reports a release. When the vehicle lands, the archive holds
 * one sortie with the plan, the link's tlogs, drone-1's events (not drone-2's) and the delivery.
 */
class SortieArchivedOnLandingTest {

    private SimulatorOnTcp simulator;

    @AfterEach
    void stopSimulator() {
        if (simulator != null) {
            simulator.close();
        }
    }


    private static final Path EXAMPLES = Path.of("..", "docs", "examples");

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run lifeline(StringWriter out, String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = LifelineCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static Run lifeline(String... args) {
        return lifeline(new StringWriter(), args);
    }

    @Test
    void whenTheWatchedVehicleLandsTheSortieIsFiledWithPlanTlogsAgentEventsAndDeliveries() throws Exception {
        Path data = dir.resolve("data");
        Path logs = dir.resolve("logs");
        Path vehicle = EXAMPLES.resolve("sim-quad.vehicle.json");
        Path airspace = EXAMPLES.resolve("fugou-airspace.geojson");
        Run imported = lifeline("request", "import", EXAMPLES.resolve("requests.csv").toString(), "--airspace", airspace.toString(),
                "--vehicle", EXAMPLES.resolve("quad-2kg.vehicle.json").toString(), "--data", data.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        String parcel;
        try (DeliveryStore store = DeliveryStore.openSqlite(data, Clock.systemUTC())) {
            WaveClaim claim = store.claimQueued("test desk", 1, Duration.ofMinutes(1));
            parcel = claim.requests().get(0).id();
            assertThat(store.recordSortie(claim, "S-archive-1", "drone-1", List.of(parcel), "test wave").ok()).isTrue();
            store.releaseClaim(claim);
        }

        Path plan = dir.resolve("delivery.plan");
        Run planned = lifeline("plan", "--airspace", airspace.toString(), "--from", "launch-west", "--to", "dp-elderly-home",
                "--vehicle", vehicle.toString(), "--out", plan.toString());
        assertThat(planned.exit()).as(planned.err()).isZero();

        simulator = SimulatorOnTcp.withOptions("--home", "34.056,114.3745,50", "--speedup", "25", "--duration", "1500",
                "--param", "GRIP_ENABLE=0", "--airframe", "delivery");
        String link = simulator.link();

        try (MosquittoProcess broker = Broker.start(dir.resolve("broker"));
             FleetConnection agent = new FleetConnection(MqttSettings.plain(broker.uri(), "drone-1-agent", true))) {
            agent.connect();
            Run upload = lifeline("mission", "upload", "--connect", link, "--wait", "20", "--type", "all",
                    "--tlog", logs.resolve("upload.tlog").toString(), "--data", data.toString(), plan.toString());
            assertThat(upload.exit()).as(upload.err() + simulator.log()).isZero();
            assertThat(upload.out()).contains("recorded as the plan of sys1 in " + data.resolve("uploaded").resolve("sys1.plan"));

            Run start = lifeline("vehicle", "start", "--connect", link, "--tlog", logs.resolve("start.tlog").toString());
            assertThat(start.exit()).as(start.err()).isZero();

            StringWriter watchOut = new StringWriter();
            CompletableFuture<Run> watching = CompletableFuture.supplyAsync(() -> lifeline(watchOut, "vehicle", "watch",
                    "--connect", link, "--every", "10", "--seconds", "240", "--tlog", logs.resolve("watch.tlog").toString(),
                    "--data", data.toString(), "--drone", "drone-1", "--broker", broker.uri(),
                    "--vehicle", vehicle.toString(), "--airspace", airspace.toString()));
            Broker.await("the watch to see the take-off", Duration.ofSeconds(120), () -> watchOut.toString().contains("took off"));
            long now = Instant.now().toEpochMilli();
            FleetEvent released = new FleetEvent("drone-1-7", "drone-1", 7, now, EventType.RELEASED, Optional.of(parcel), "released over the drop point");
            agent.publish(FleetTopics.topic("drone-1", Channel.EVENTS), FleetJson.encode(released), 1, false);
            agent.publish(FleetTopics.topic("drone-2", Channel.EVENTS), FleetJson.encode(
                    new FleetEvent("drone-2-1", "drone-2", 1, now, EventType.RELEASED, Optional.empty(), "another drone")), 1, false);
            agent.publish(FleetTopics.topic("drone-1", Channel.STATUS), FleetJson.encode(
                    new DroneStatus("drone-1", DroneStatus.State.ONLINE, now, "test")), 1, false);

            // the agent reports its own landing a moment after the autopilot's disarm: the watch waits for it
            Broker.await("the watch to see the landing", Duration.ofSeconds(200), () -> watchOut.toString().contains("disarmed: landed"));
            FleetEvent agentLanded = new FleetEvent("drone-1-8", "drone-1", 8, Instant.now().toEpochMilli(), EventType.LANDED,
                    Optional.empty(), "landed");
            agent.publish(FleetTopics.topic("drone-1", Channel.EVENTS), FleetJson.encode(agentLanded), 1, false);
            Run watch = watching.get(240, TimeUnit.SECONDS);
            assertThat(watch.exit()).as(watch.err()).isZero();
            assertThat(watch.out()).contains("disarmed: landed").contains("filed sortie ");

            List<SortieEntry> sorties = new SortieArchive(data.resolve("archive"), DeliverySource.none()).list();
            assertThat(sorties).hasSize(1);
            SortieEntry e = sorties.get(0);
            assertThat(e.vehicle()).isEqualTo("drone-1");
            assertThat(e.deliveries()).containsExactly(parcel);
            assertThat(e.files()).contains("start.tlog", "watch.tlog", "sys1.plan", "sim-quad.vehicle.json", "fugou-airspace.geojson",
                    "agent-events.jsonl", "report.json", "report.html").doesNotContain("upload.tlog");
            Path sortie = data.resolve("archive").resolve("sorties").resolve(e.id());
            AgentEvents events = AgentEvents.read(sortie.resolve("agent-events.jsonl"));
            assertThat(events.events()).containsExactly(released, agentLanded);
            assertThat(events.statuses()).extracting(DroneStatus::state).containsExactly(DroneStatus.State.ONLINE);
            JsonNode report = new ObjectMapper().readTree(sortie.resolve("report.json").toFile());
            assertThat(report.get("routeSource").asText()).isEqualTo("plan file sys1.plan");
            // the take-off (recorded by 'vehicle start') and the rest (by 'watch') are reported as one flight
            assertThat(report.get("source").asText()).isEqualTo("start+watch.tlog");
            assertThat(report.get("energy").get("predictedWh").asDouble()).isPositive();
            // the autopilot's energy counter (BATTERY_STATUS, asked for by the watch) against the planner's model of the airframe
            double predicted = report.get("energy").get("predictedWh").asDouble();
            double used = report.get("energy").get("consumedWh").asDouble();
            assertThat(used).as("used %.1f Wh, predicted %.1f Wh", used, predicted).isBetween(0.5 * predicted, 1.2 * predicted);
            assertThat(report.get("drop").get("releaseSource").asText()).isEqualTo("onboard agent event");
            assertThat(Files.readString(sortie.resolve("report.html"))).contains("released over the drop point")
                    .contains("no-fly (dashed: 30.0 m margin)").contains("pink: geofence");
        }
    }
}
