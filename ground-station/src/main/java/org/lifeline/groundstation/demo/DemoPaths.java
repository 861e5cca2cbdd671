package org.lifeline.groundstation.demo;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the demo finds what it runs and reads: the simulator's and the agent's jars (as
 * {@code mvn package} builds them), the sample airspace, the simulator's vehicle file and the
 * demo scenario, all under the checkout ({@code home}); and where it writes ({@code out}).
 *
 * @param home         the checkout (the folder holding the {@code lifeline} launcher)
 * @param simulatorJar {@code simulator/target/lifeline-simulator.jar}
 * @param agentJar     {@code onboard-agent/target/lifeline-agent.jar}
 * @param airspace     {@code docs/examples/fugou-airspace.geojson}
 * @param vehicle      {@code docs/examples/sim-quad.vehicle.json}: the simulated airframe's planning profile
 * @param requests     the scenario's requests CSV
 * @param out          {@code demo-out/}
 */
public record DemoPaths(Path home, Path simulatorJar, Path agentJar, Path airspace, Path vehicle, Path requests, Path out) {

    /** The usual layout under {@code home}, with the scenario and jars given or defaulted. */
    public static DemoPaths under(Path home, Optional<Path> simulatorJar, Optional<Path> agentJar, Optional<Path> requests,
                                  Path out) {
        Path h = home.toAbsolutePath().normalize();
        Path examples = h.resolve("docs").resolve("examples");
        return new DemoPaths(h,
                simulatorJar.orElse(h.resolve("simulator/target/lifeline-simulator.jar")),
                agentJar.orElse(h.resolve("onboard-agent/target/lifeline-agent.jar")),
                examples.resolve("fugou-airspace.geojson"),
                examples.resolve("sim-quad.vehicle.json"),
                requests.orElse(examples.resolve("demo-requests.csv")),
                out.toAbsolutePath().normalize());
    }

    /**
     * The checkout this code runs from: {@code $LIFELINE_HOME} when set, else three folders up
     * from {@code ground-station/target/lifeline.jar} (or {@code target/classes}), else the
     * working directory.
     */
    public static Path defaultHome() {
        String env = System.getenv("LIFELINE_HOME");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        try {
            Path code = Path.of(DemoPaths.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path up = code.getParent() == null ? null : code.getParent().getParent();
            if (up != null && up.getParent() != null && Files.isDirectory(up.getParent().resolve("docs/examples"))) {
                return up.getParent();
            }
        } catch (URISyntaxException | RuntimeException unknown) {
            // no code source (an unusual class loader): fall back to the working directory
        }
        return Path.of("").toAbsolutePath();
    }

    /** {@code p} as printed: relative to the checkout when inside it. */
    public String shown(Path p) {
        return p.startsWith(home) ? home.relativize(p).toString() : p.toString();
    }

    /** Every missing file, each with what to do about it; empty when all are there. */
    public List<String> missing() {
        List<String> problems = new ArrayList<>();
        for (Path jar : List.of(simulatorJar, agentJar)) {
            if (!Files.isRegularFile(jar)) {
                problems.add(jar + " is missing; build it first: mvn -B -q -DskipTests package");
            }
        }
        for (Path file : List.of(airspace, vehicle, requests)) {
            if (!Files.isRegularFile(file)) {
                problems.add(file + " is missing (expected in the checkout; --home names another one)");
            }
        }
        return problems;
    }
}
