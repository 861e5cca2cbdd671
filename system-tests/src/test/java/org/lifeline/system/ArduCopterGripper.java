package org.lifeline.system;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.lifeline.support.Await;
import org.lifeline.support.ExternalProgram;

/**
 * ArduPilot Copter SITL ({@code shared/sitl/}) with its servo gripper on SERVO8
 * ({@code gripper.parm}), on a free instance in a scratch directory, for the release-path proof.
 * Skips where SITL is absent; fails there under {@code LIFELINE_REQUIRE_INTEGRATION=1}.
 */
final class ArduCopterGripper implements AutoCloseable {

    private final Process process;
    private final Path dir;
    private final int instance;

    private ArduCopterGripper(Process process, Path dir, int instance) {
        this.process = process;
        this.dir = dir;
        this.instance = instance;
    }

    static Optional<Path> locate() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path sitl = d.resolve("shared").resolve("sitl");
            if (Files.isExecutable(sitl.resolve("arducopter")) && Files.isReadable(sitl.resolve("gripper.parm"))) {
                return Optional.of(sitl);
            }
        }
        return Optional.empty();
    }

    static ArduCopterGripper start(String home, double speedup) throws IOException {
        Optional<Path> sitl = locate();
        if (sitl.isEmpty()) {
            String why = "ArduPilot SITL not found at shared/sitl/arducopter above " + Path.of("").toAbsolutePath();
            if (ExternalProgram.integrationRequired()) {
                Assertions.fail(why + "; " + ExternalProgram.REQUIRE_ENV + "=1 requires it");
            }
            Assumptions.abort(why + "; skipping this integration test");
        }
        for (int instance = 60; instance < 100; instance++) {
            if (!free(5760 + 10 * instance) || !free(5762 + 10 * instance) || !free(5763 + 10 * instance)) {
                continue;
            }
            Path dir = Files.createTempDirectory("lifeline-sitl-gripper-");
            Path s = sitl.get();
            List<String> cmd = new ArrayList<>(List.of(s.resolve("arducopter").toString(), "--model", "+",
                    "--speedup", String.valueOf(speedup), "-I" + instance, "-w", "--home", home,
                    "--defaults", s.resolve("copter.parm") + "," + s.resolve("gripper.parm")));
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("sitl.out").toFile()).start();
            ArduCopterGripper copter = new ArduCopterGripper(p, dir, instance);
            if (Await.until(() -> !p.isAlive() || copter.output().contains("Waiting for connection"), Duration.ofSeconds(15))
                    && p.isAlive()) {
                return copter;
            }
            copter.close();
        }
        throw new IOException("ArduPilot SITL did not start on any free instance 60..99");
    }

    String gcsUri() {
        return "tcp://127.0.0.1:" + (5760 + 10 * instance);
    }

    String companionUri() {
        return "tcp://127.0.0.1:" + (5762 + 10 * instance);
    }

    String output() {
        try {
            return Files.readString(dir.resolve("sitl.out"));
        } catch (IOException e) {
            return "";
        }
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a scratch directory left behind is harmless
        }
    }
}
