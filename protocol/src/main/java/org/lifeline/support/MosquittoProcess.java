package org.lifeline.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A real Mosquitto broker on a free loopback port, for integration tests and local runs. It
 * keeps its port and its persistence directory across {@link #kill()} and {@link #start()},
 * so tests can take the broker away mid-flight and bring the same one back.
 */
public final class MosquittoProcess implements AutoCloseable {

    private final Path binary;
    private final Path dir;
    private final int port;
    private Process process;

    private MosquittoProcess(Path binary, Path dir, int port) {
        this.binary = binary;
        this.dir = dir;
        this.port = port;
    }

    /**
     * Writes a configuration into {@code dir} and starts the broker.
     *
     * @throws IllegalStateException when mosquitto is not installed (see {@link ExternalProgram})
     */
    public static MosquittoProcess start(Path dir) throws IOException {
        return start(dir, port -> java.util.List.of("listener " + port + " 127.0.0.1", "allow_anonymous true"));
    }

    /**
     * Starts a broker whose listener and access rules are given by {@code listenerConfig} (called
     * with the chosen free port), e.g. a TLS listener with a password file and an ACL.
     */
    public static MosquittoProcess start(Path dir, java.util.function.IntFunction<java.util.List<String>> listenerConfig)
            throws IOException {
        Path binary = ExternalProgram.locate("mosquitto")
                .orElseThrow(() -> new IllegalStateException(ExternalProgram.missingMessage("mosquitto", "mosquitto")));
        Files.createDirectories(dir);
        MosquittoProcess m = new MosquittoProcess(binary, dir, freePort());
        java.util.List<String> lines = new java.util.ArrayList<>(listenerConfig.apply(m.port));
        lines.addAll(java.util.List.of(
                "persistence true",
                "persistence_location " + dir.toAbsolutePath() + "/",
                "autosave_interval 1",
                "max_queued_messages 100000",
                "set_tcp_nodelay true",
                // Started as root, mosquitto would switch to user "mosquitto" and then be unable to
                // write its persistence into our directory: stay the user who started it.
                "user " + System.getProperty("user.name"),
                "log_dest file " + dir.toAbsolutePath().resolve("mosquitto.log"),
                ""));
        Files.writeString(dir.resolve("mosquitto.conf"), String.join("\n", lines));
        m.start();
        return m;
    }

    /** Starts (or restarts) the broker on the same port and waits until it accepts connections. */
    public synchronized void start() throws IOException {
        if (process != null && process.isAlive()) {
            return;
        }
        process = new ProcessBuilder(binary.toString(), "-c", dir.resolve("mosquitto.conf").toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("mosquitto.out").toFile())
                .start();
        Process started = process;
        boolean listening = Await.until(() -> !started.isAlive() || accepts(port), Duration.ofSeconds(10));
        if (!started.isAlive()) {
            throw new IOException("mosquitto exited with " + started.exitValue() + "; see " + dir.resolve("mosquitto.out"));
        }
        if (listening) {
            return;
        }
        throw new IOException("mosquitto did not listen on 127.0.0.1:" + port + " within 10 s");
    }

    /** Kills the broker at once (SIGKILL), as a crash or power loss would. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Stops the broker cleanly (SIGTERM), letting it save its persistence file. */
    public synchronized void stop() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public int port() {
        return port;
    }

    /** The URI clients connect to, e.g. {@code tcp://127.0.0.1:41883}. */
    public String uri() {
        return "tcp://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        stop();
    }

    private static boolean accepts(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
