package org.lifeline.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * ArduPilot Copter SITL (the real autopilot compiled for Linux) on a free instance, in a fresh
 * temporary directory, for integration tests and benchmarks. See {@code shared/sitl/README.md}.
 *
 * <p>Found at {@code shared/sitl/} beside the working directory or one of its parents, or in the
 * directory {@value #DIR_ENV} names; that directory holds {@code arducopter}, {@code copter.parm}
 * and (optional) {@code gripper.parm}.
 *
 * <p>Instance {@code I} listens on TCP {@code 5760+10·I} (SERIAL0, the ground station's port)
 * and {@code 5762+10·I} (SERIAL1, a companion computer's). SITL does not boot until a client
 * connects to SERIAL0: its boot clock starts with the first ground-station connection, which is
 * what "upload right after boot" tests rely on. A later client may connect after the first one
 * closed.
 */
public final class SitlProcess implements AutoCloseable {

    /** Environment variable naming the directory that holds arducopter and its parameter files. */
    public static final String DIR_ENV = "LIFELINE_SITL_DIR";

    private static final int FIRST_INSTANCE = 20;
    private static final int INSTANCES = 41;
    private static final int ATTEMPTS = 8;
    private static final Duration LISTEN_WAIT = Duration.ofSeconds(15);

    /**
     * How to start SITL.
     *
     * @param speedup      simulation speed-up ({@code --speedup}); 1 is real time
     * @param home         {@code --home} as "lat,lon,alt,heading"
     * @param gripper      also load {@code gripper.parm} (servo gripper on SERVO8) when present
     * @param extraDefaults further parameter files, loaded after the defaults
     * @param wipe         start with empty parameters and missions ({@code -w})
     */
    public record Options(double speedup, String home, boolean gripper, List<Path> extraDefaults, boolean wipe) {
        public Options {
            extraDefaults = List.copyOf(extraDefaults);
        }

        /** Speed-up 10, home near Zhumadian (the project's SITL site), gripper on, wiped. */
        public static Options defaults() {
            return new Options(10, "34.0600,114.3950,50,0", true, List.of(), true);
        }

        public Options withSpeedup(double s) {
            return new Options(s, home, gripper, extraDefaults, wipe);
        }

        public Options withHome(String h) {
            return new Options(speedup, h, gripper, extraDefaults, wipe);
        }

        public Options withGripper(boolean g) {
            return new Options(speedup, home, g, extraDefaults, wipe);
        }

        public Options withExtraDefaults(List<Path> files) {
            return new Options(speedup, home, gripper, files, wipe);
        }

        public Options withWipe(boolean w) {
            return new Options(speedup, home, gripper, extraDefaults, w);
        }
    }

    private final Process process;
    private final Path dir;
    private final int instance;

    private SitlProcess(Process process, Path dir, int instance) {
        this.process = process;
        this.dir = dir;
        this.instance = instance;
    }

    /** The directory holding arducopter, if it can be found. */
    public static Optional<Path> locateDir() {
        String env = System.getenv(DIR_ENV);
        if (env != null && !env.isBlank()) {
            Path d = Path.of(env);
            return Files.isExecutable(d.resolve("arducopter")) ? Optional.of(d) : Optional.empty();
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("shared").resolve("sitl");
            if (Files.isExecutable(candidate.resolve("arducopter"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Empty when SITL can be started, otherwise why not, worded to skip a test or (under
     * {@code LIFELINE_REQUIRE_INTEGRATION=1}) to fail it.
     */
    public static Optional<String> availability() {
        if (locateDir().isPresent()) {
            return Optional.empty();
        }
        String where = System.getenv(DIR_ENV) != null
                ? DIR_ENV + "=" + System.getenv(DIR_ENV) + " holds no executable arducopter"
                : "ArduPilot SITL not found at shared/sitl/arducopter above " + Path.of("").toAbsolutePath()
                        + " (set " + DIR_ENV + " to the directory holding arducopter)";
        return Optional.of(where + "; " + (ExternalProgram.integrationRequired()
                ? ExternalProgram.REQUIRE_ENV + "=1 requires it" : "skipping this integration test"));
    }

    /** In a JUnit test: skips it (fails it under LIFELINE_REQUIRE_INTEGRATION=1) where SITL is missing. */
    public static void assumeAvailable() {
        availability().ifPresent(ExternalProgram::skipOrFail);
    }

    /**
     * Starts SITL on a free instance and waits until SERIAL0 listens. SITL then waits for the
     * first ground-station connection before it boots.
     *
     * @throws IllegalStateException when SITL is missing ({@link #availability()})
     * @throws IOException           when it would not start on any free instance
     */
    public static SitlProcess start(Options options) throws IOException {
        Path sitlDir = locateDir().orElseThrow(() -> new IllegalStateException(availability().orElse("SITL missing")));
        int offset = ThreadLocalRandom.current().nextInt(INSTANCES);
        IOException last = null;
        int tried = 0;
        for (int k = 0; k < INSTANCES && tried < ATTEMPTS; k++) {
            int instance = FIRST_INSTANCE + (offset + k) % INSTANCES;
            if (!free(5760 + 10 * instance) || !free(5762 + 10 * instance) || !free(5763 + 10 * instance)) {
                continue;
            }
            tried++;
            Path dir = Files.createTempDirectory("lifeline-sitl-" + instance + "-");
            try {
                return launch(sitlDir, dir, instance, options);
            } catch (IOException lostRace) {
                last = lostRace;
                deleteTree(dir);
            }
        }
        throw new IOException("ArduPilot SITL did not start on any free instance " + FIRST_INSTANCE + ".."
                + (FIRST_INSTANCE + INSTANCES - 1), last);
    }

    private static SitlProcess launch(Path sitlDir, Path dir, int instance, Options o) throws IOException {
        List<String> defaults = new ArrayList<>();
        defaults.add(sitlDir.resolve("copter.parm").toString());
        if (o.gripper() && Files.exists(sitlDir.resolve("gripper.parm"))) {
            defaults.add(sitlDir.resolve("gripper.parm").toString());
        }
        o.extraDefaults().forEach(p -> defaults.add(p.toAbsolutePath().toString()));
        List<String> cmd = new ArrayList<>(List.of(sitlDir.resolve("arducopter").toString(),
                "--model", "+", "--speedup", String.valueOf(o.speedup()), "-I" + instance,
                "--defaults", String.join(",", defaults), "--home", o.home()));
        if (o.wipe()) {
            cmd.add("-w");
        }
        Path log = dir.resolve("sitl.out");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        SitlProcess sitl = new SitlProcess(p, dir, instance);
        boolean listening = Await.until(() -> !p.isAlive() || sitl.logContains("Waiting for connection"), LISTEN_WAIT);
        if (p.isAlive() && listening) {
            return sitl;
        }
        String out = Files.readString(log);
        sitl.kill();
        throw new IOException("SITL instance " + instance + (p.isAlive() ? " did not listen within " + LISTEN_WAIT.toSeconds() + " s"
                : " exited with " + p.exitValue()) + ": " + out.strip());
    }

    /** The ground station's port (SERIAL0), e.g. {@code tcp://127.0.0.1:5960}. */
    public String gcsUri() {
        return "tcp://127.0.0.1:" + gcsPort();
    }

    /** A companion computer's port (SERIAL1). */
    public String companionUri() {
        return "tcp://127.0.0.1:" + companionPort();
    }

    public int gcsPort() {
        return 5760 + 10 * instance;
    }

    /** SERIAL1's port: MAVLink too, and free while a ground station holds SERIAL0. */
    public int companionPort() {
        return 5762 + 10 * instance;
    }

    public int instance() {
        return instance;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The directory SITL runs in (eeprom.bin, logs/, sitl.out). */
    public Path dir() {
        return dir;
    }

    /** SITL's console output so far (useful in a failure message). */
    public String output() {
        try {
            return Files.readString(dir.resolve("sitl.out"));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /** Stops SITL (SIGTERM, then SIGKILL after 5 s) and deletes its directory. */
    @Override
    public void close() {
        kill();
        deleteTree(dir);
    }

    private void kill() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private boolean logContains(String text) {
        try {
            return Files.readString(dir.resolve("sitl.out")).contains(text);
        } catch (IOException | UncheckedIOException notYet) {
            return false;
        }
    }

    private static boolean free(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
