package org.lifeline.system;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.lifeline.agent.cli.AgentRuntime;
import org.lifeline.agent.cli.EndpointConnector;
import org.lifeline.agent.config.ConfigLoader;
import org.lifeline.fleet.mqtt.MqttSettings;
import org.lifeline.groundstation.cli.LifelineCommand;
import org.lifeline.groundstation.fleet.DroneView;
import org.lifeline.groundstation.fleet.FleetBus;
import org.lifeline.simulator.cli.SimulatorCommand;
import org.lifeline.simulator.port.LinkPortOpener;
import org.lifeline.support.MosquittoProcess;
import org.lifeline.time.SystemScheduler;

import picocli.CommandLine;

/**
 * The field, for the dispatch tests: a real Mosquitto, the simulated ArduCopter on real TCP ports
 * (GCS and companion, sped up), the onboard agent's real runtime on the companion port, and the
 * ground station's files: the sample airspace with one more drop point 330 m from the fire
 * station pad (a short flight), a fleet registry whose only drone, {@code sim-1}, is the
 * simulator, and the agents' command key.
 */
final class DispatchRig implements AutoCloseable {

    static final String DRONE = "sim-1";
    static final String KEY = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
    /** Simulated seconds per wall-clock second. The agent decides on wall time over the 8 s hold: 0.6 s here. */
    static final int SPEEDUP = 14;
    private static final Path EXAMPLES = Path.of("..", "docs", "examples");
    private static final Pattern SORTIE = Pattern.compile("^SORTIE (\\S+)", Pattern.MULTILINE);

    record Run(int exit, String out, String err) {
    }

    final Path dir;
    final Path data;
    final Path airspace;
    final Path vehicle;
    final Path fleet;
    final Path commandKey;
    final MosquittoProcess broker;
    final String link;
    private final Thread simulator;
    private final StringWriter simulatorLog = new StringWriter();
    private final AgentRuntime agent;

    DispatchRig(Path dir) throws Exception {
        this.dir = dir;
        data = dir.resolve("gs-data");
        vehicle = EXAMPLES.resolve("sim-quad.vehicle.json").toAbsolutePath().normalize();
        airspace = writeAirspace(dir.resolve("airspace.geojson"));
        commandKey = dir.resolve("command.key");
        Files.writeString(commandKey, KEY + "\n");
        broker = Broker.start(dir.resolve("broker"));
        int gcs = freePort();
        int companion = freePort();
        link = "tcp://127.0.0.1:" + gcs;
        fleet = dir.resolve("fleet.json");
        Files.writeString(fleet, "{\"drones\": [{\"id\": \"" + DRONE + "\", \"vehicle\": \"" + vehicle
                + "\", \"launchSite\": \"launch-fire\", \"link\": \"" + link + "\"}]}\n");
        simulator = new Thread(() -> {
            try (SystemScheduler wall = new SystemScheduler("simulator-links")) {
                PrintWriter log = new PrintWriter(simulatorLog, true);
                SimulatorCommand.run(new LinkPortOpener(wall), log, log, "--gcs", "tcpin://127.0.0.1:" + gcs,
                        "--companion", "tcpin://127.0.0.1:" + companion, "--home", "34.0655,114.401,48",
                        "--speedup", String.valueOf(SPEEDUP), "--duration", "900", "--param", "GRIP_ENABLE=0",
                        "--airframe", "delivery");
            }
        }, "simulator");
        simulator.setDaemon(true);
        simulator.start();
        Broker.await("the simulator listening on " + gcs + " and " + companion, Duration.ofSeconds(20),
                () -> listening(gcs) && listening(companion));
        Files.createDirectories(dir.resolve("agent"));
        Files.writeString(dir.resolve("agent/agent.properties"), String.join("\n", "drone.id = " + DRONE,
                "fc.uri = tcp://127.0.0.1:" + companion, "broker.uri = " + broker.uri(),
                "commands.keyFile = " + commandKey.toAbsolutePath(), "data.dir = data", "telemetry.rateHz = 2",
                "hardware = mock", ""));
        agent = AgentRuntime.start(ConfigLoader.load(dir.resolve("agent/agent.properties")), true, new EndpointConnector());
    }

    /** The sample airspace plus {@code dp-fire-yard}, 330 m north-east of the launch-fire pad. */
    private static Path writeAirspace(Path file) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(EXAMPLES.resolve("fugou-airspace.geojson").toFile());
        ObjectNode yard = json.createObjectNode().put("type", "Feature");
        yard.putObject("properties").put("id", "dp-fire-yard").put("name", "Fire station yard gate")
                .put("kind", "drop-point").put("dropAltitude", 12).put("zoneRadius", 5);
        ObjectNode point = yard.putObject("geometry").put("type", "Point");
        point.putArray("coordinates").add(114.4030).add(34.0680);
        ((ArrayNode) root.get("features")).add(yard);
        json.writeValue(file.toFile(), root);
        return file;
    }

    /** Runs the ground station's command line in this JVM, as a dispatcher types it. */
    static Run lifeline(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = LifelineCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Imports {@code csv} and runs one wave; returns the one sortie it planned. */
    String importAndPlan(String csv) throws Exception {
        Path requests = dir.resolve("requests.csv");
        Files.writeString(requests, csv);
        Run imported = lifeline("request", "import", "--data", data.toString(), "--airspace", airspace.toString(),
                "--vehicle", vehicle.toString(), requests.toString());
        if (imported.exit() != 0) {
            throw new AssertionError("request import: " + imported.out() + imported.err());
        }
        return plan();
    }

    /** Runs one wave; returns the one sortie it planned. */
    String plan() {
        Run wave = lifeline("dispatch", "plan", "--data", data.toString(), "--airspace", airspace.toString(),
                "--fleet", fleet.toString(), "--out", dir.resolve("sorties").toString());
        Matcher m = SORTIE.matcher(wave.out());
        if (wave.exit() != 0 || !m.find()) {
            throw new AssertionError("dispatch plan planned no sortie: " + wave.out() + wave.err());
        }
        return m.group(1);
    }

    /** Waits until the agent shows online on the fleet bus (it hears commands from then on). */
    void awaitAgentOnline() throws Exception {
        try (SystemScheduler clock = new SystemScheduler("rig-bus");
             FleetBus bus = new FleetBus(MqttSettings.plain(broker.uri(), "rig-watch", true), clock, 3_000)) {
            bus.start();
            Broker.await("the agent of " + DRONE + " online", Duration.ofSeconds(15),
                    () -> bus.view(DRONE).map(DroneView::online).orElse(false));
        }
    }

    String simulatorLog() {
        return simulatorLog.toString();
    }

    private static boolean listening(int port) {
        try (java.net.Socket probe = new java.net.Socket("127.0.0.1", port)) {
            return true;
        } catch (java.io.IOException notYet) {
            return false;
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        try {
            agent.close();
        } finally {
            simulator.interrupt();
            simulator.join(5_000);
            broker.close();
        }
    }
}
