package org.lifeline.system.demo;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.lifeline.support.Await;

/**
 * {@code lifeline demo} as its own process, as a user starts it, with a PATH that holds no
 * {@code mosquitto}. It runs the jars {@code mvn package} built when they are newer than the
 * compiled classes; otherwise (a plain {@code mvn test}) the same main classes from this build's
 * class path, the simulator and the agent through small launcher jars whose manifest names it.
 * Every line the demo prints is kept, and the process ids of everything it starts are
 * collected while it runs.
 */
final class DemoProcess implements AutoCloseable {

    static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Set<ProcessHandle> descendants = ConcurrentHashMap.newKeySet();
    private final Thread reader;
    private final Thread watcher;
    final String how;

    private DemoProcess(Process process, String how) {
        this.process = process;
        this.how = how;
        this.reader = new Thread(this::read, "demo-output");
        this.reader.setDaemon(true);
        this.reader.start();
        this.watcher = new Thread(this::watch, "demo-children");
        this.watcher.setDaemon(true);
        this.watcher.start();
    }

    /** Starts {@code lifeline demo ARGS} with its output in {@code out}. */
    static DemoProcess start(Path work, Path out, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>();
        String how;
        if (built("ground-station", "lifeline.jar") && built("simulator", "lifeline-simulator.jar")
                && built("onboard-agent", "lifeline-agent.jar")) {
            cmd.addAll(List.of(java, "-jar", ROOT.resolve("ground-station/target/lifeline.jar").toString(), "demo"));
            how = "the packaged jars in */target";
        } else {
            String cp = System.getProperty("java.class.path");
            cmd.addAll(List.of(java, "-cp", cp, "org.lifeline.groundstation.cli.LifelineCommand", "demo",
                    "--simulator-jar", launcher(work, "simulator.jar", "org.lifeline.simulator.cli.SimulatorMain", cp).toString(),
                    "--agent-jar", launcher(work, "agent.jar", "org.lifeline.agent.cli.AgentCommand", cp).toString()));
            how = "this build's classes (no packaged jars newer than them)";
        }
        cmd.addAll(List.of("--home", ROOT.toString(), "--out", out.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.remove("LIFELINE_HOME");
        env.put("PATH", pathWithoutMosquitto(env.getOrDefault("PATH", "")));
        return new DemoProcess(pb.start(), how);
    }

    /** The PATH without any folder that holds a {@code mosquitto}. */
    static String pathWithoutMosquitto(String path) {
        return Stream.of(path.split(File.pathSeparator)).filter(d -> !d.isBlank())
                .filter(d -> !Files.exists(Path.of(d, "mosquitto"))).collect(Collectors.joining(File.pathSeparator));
    }

    /** Whether {@code module/target/jar} exists and is newer than every class compiled for the module. */
    private static boolean built(String module, String jar) throws IOException {
        Path j = ROOT.resolve(module).resolve("target").resolve(jar);
        Path classes = ROOT.resolve(module).resolve("target").resolve("classes");
        if (!Files.isRegularFile(j) || !Files.isDirectory(classes)) {
            return false;
        }
        long jarTime = Files.getLastModifiedTime(j).toMillis();
        try (Stream<Path> s = Files.walk(classes)) {
            return s.filter(Files::isRegularFile).allMatch(f -> {
                try {
                    return Files.getLastModifiedTime(f).toMillis() <= jarTime;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** A jar holding only a manifest: the main class, and the class path as file URLs. */
    private static Path launcher(Path dir, String name, String mainClass, String classPath) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, Stream.of(classPath.split(File.pathSeparator))
                .map(p -> Path.of(p).toAbsolutePath().toUri().toString()).collect(Collectors.joining(" ")));
        Path jar = dir.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), m)) {
            out.flush();
        }
        return jar;
    }

    private void read() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
            }
        } catch (IOException ended) {
            // the process is gone
        }
    }

    private void watch() {
        while (process.isAlive()) {
            process.descendants().forEach(descendants::add);
            Await.until(() -> !process.isAlive(), Duration.ofMillis(200));
        }
    }

    /** Waits for a line matching {@code p}; empty when the process ended or the limit passed first. */
    Optional<String> awaitLine(Predicate<String> p, Duration limit) {
        Await.until(() -> lines.stream().anyMatch(p) || !process.isAlive(), limit);
        return lines.stream().filter(p).findFirst();
    }

    /** Waits for the process to end and its last lines to be read. */
    boolean awaitExit(Duration limit) throws InterruptedException {
        boolean ended = process.waitFor(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        if (ended) {
            reader.join(Duration.ofSeconds(10).toMillis());
        }
        return ended;
    }

    int exitValue() {
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Stops it as Ctrl-C does, through its shutdown hooks (SIGTERM). Through its handle:
     * {@code Process.destroy()} would also close our end of its output, losing its last lines.
     */
    void interrupt() {
        process.toHandle().destroy();
    }

    String output() {
        return String.join("\n", lines);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    /** Every process seen below the demo while it ran (a handle knows its start time: a reused pid is not it). */
    Set<ProcessHandle> children() {
        return Set.copyOf(descendants);
    }

    /** Those still running, with their command lines. */
    List<String> stillRunning() {
        return descendants.stream().filter(ProcessHandle::isAlive)
                .map(h -> h.pid() + " " + h.info().commandLine().orElse("?")).toList();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            Await.until(() -> !process.isAlive(), Duration.ofSeconds(15));
        }
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
    }
}
