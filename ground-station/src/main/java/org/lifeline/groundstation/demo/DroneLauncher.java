package org.lifeline.groundstation.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Starts a simulated drone as two processes, as in the field: the simulated flight controller
 * (the simulator's jar: delivery airframe, gripper off so the agent owns the release, the
 * demo's speed-up) and the onboard agent on its companion port (the agent's jar, with a
 * configuration written to {@code out/drones/ID/agent.properties}).
 */
public final class DroneLauncher {

    /** Small heaps and one GC thread: seven JVMs share a laptop's cores. */
    private static final List<String> SMALL_JVM = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k");

    private final ChildProcesses children;
    private final Path java;
    private final DemoPaths paths;
    private final int speedup;

    public DroneLauncher(ChildProcesses children, DemoPaths paths, int speedup) {
        this.children = children;
        this.java = Path.of(System.getProperty("java.home"), "bin", "java");
        this.paths = paths;
        this.speedup = speedup;
    }

    /** Starts the simulated flight controller and waits until its ports listen. */
    public ChildProcesses.Child startSimulator(DemoDrone d, int seed) {
        Path dir = droneDir(d);
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-Xmx96m"));
        cmd.addAll(SMALL_JVM);
        cmd.addAll(List.of("-jar", paths.simulatorJar().toString(),
                "--gcs", "tcpin://127.0.0.1:" + d.gcsPort(),
                "--companion", "tcpin://127.0.0.1:" + d.companionPort(),
                "--home", String.format(Locale.ROOT, "%.7f,%.7f,%.1f", d.home().latitude(), d.home().longitude(), d.home().altitude()),
                "--speedup", Integer.toString(speedup),
                "--seed", Integer.toString(seed),
                "--airframe", "delivery",
                "--param", "GRIP_ENABLE=0"));
        ChildProcesses.Child sim = children.start(d.id() + " simulator", cmd, dir, dir.resolve("simulator.log"));
        ChildProcesses.awaitListening(sim, d.gcsPort(), Duration.ofSeconds(60));
        return sim;
    }

    /** Writes the agent's configuration and starts it on the drone's companion port. */
    public ChildProcesses.Child startAgent(DemoDrone d, String brokerUri, Path commandKeyFile) throws IOException {
        Path dir = droneDir(d);
        Path config = dir.resolve("agent.properties");
        Files.writeString(config, String.join("\n",
                "# written by lifeline demo",
                "drone.id = " + d.id(),
                "fc.uri = tcp://127.0.0.1:" + d.companionPort(),
                "broker.uri = " + brokerUri,
                "commands.keyFile = " + commandKeyFile.toAbsolutePath(),
                "data.dir = " + dir.resolve("agent-data").toAbsolutePath(),
                "hardware = mock",
                "telemetry.rateHz = 2",
                ""));
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-Xmx64m"));
        cmd.addAll(SMALL_JVM);
        cmd.addAll(List.of("-jar", paths.agentJar().toString(), "--config", config.toString()));
        return children.start(d.id() + " agent", cmd, dir, dir.resolve("agent.log"));
    }

    private Path droneDir(DemoDrone d) {
        Path dir = paths.out().resolve("drones").resolve(d.id());
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        return dir;
    }
}
