package org.lifeline.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.lifeline.agent.cli.AgentRuntime;
import org.lifeline.agent.config.AgentConfig;
import org.lifeline.agent.config.ConfigLoader;
import org.lifeline.support.MosquittoProcess;

/** A real agent runtime (mock GPIO) on a real Mosquitto, fed by an in-process autopilot. */
final class AgentHarness implements AutoCloseable {

    final Path dir;
    final MosquittoProcess broker;
    final InProcessAutopilot fc = new InProcessAutopilot();
    final AgentRuntime agent;

    AgentHarness(double telemetryHz) throws Exception {
        dir = Files.createTempDirectory("agent-bench");
        broker = MosquittoProcess.start(dir.resolve("broker"));
        Files.writeString(dir.resolve("command.key"), "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f\n");
        Files.writeString(dir.resolve("agent.properties"), String.join("\n", "drone.id = b1",
                "fc.uri = udpin://127.0.0.1:14550", "broker.uri = " + broker.uri(), "commands.keyFile = command.key",
                "data.dir = data", "telemetry.rateHz = " + telemetryHz, "hardware = mock", ""));
        AgentConfig config = ConfigLoader.load(dir.resolve("agent.properties"));
        agent = AgentRuntime.start(config, true, (c, s) -> fc);
        if (!org.lifeline.support.Await.until(() -> agent.bus().isConnected(), java.time.Duration.ofSeconds(10))) {
            throw new IOException("agent did not connect to the broker");
        }
    }

    @Override
    public void close() throws IOException {
        agent.close();
        broker.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
