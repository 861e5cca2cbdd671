package org.lifeline.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real, throw-away PostgreSQL server on a free loopback port, for integration tests: its
 * own cluster ({@code initdb}) in a fresh temporary folder, started with {@code pg_ctl},
 * trust authentication for the user {@value #USER} over TCP only, no Unix socket. Stopped
 * and deleted by {@link #close()}.
 *
 * <p>The server refuses to run as root. Started by root, the cluster belongs to the system
 * user {@value #SYSTEM_USER} (created with {@code useradd} on first use) and the server runs
 * under it through {@code runuser}. Binaries are looked up in {@code /usr/lib/postgresql/N/bin}
 * (the highest N) and on PATH; without them {@link #available()} is false and
 * {@link #start()} throws with {@link ExternalProgram#missingMessage}.
 */
public final class PostgresProcess implements AutoCloseable {

    /** The database user tests connect as (trust authentication, loopback only). */
    public static final String USER = "lifeline";
    /** The unprivileged system user that owns the cluster when the caller is root. */
    public static final String SYSTEM_USER = "lifeline-pg";

    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean asRoot;

    private PostgresProcess(Path bin, Path dir, int port, boolean asRoot) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asRoot = asRoot;
    }

    /** The folder holding initdb, pg_ctl and createdb, if PostgreSQL's server is installed. */
    public static Optional<Path> binaries() {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Optional<Path> best = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                        .max(Comparator.comparingInt(PostgresProcess::version));
                if (best.isPresent()) {
                    return best;
                }
            } catch (IOException e) {
                // fall through to PATH
            }
        }
        return ExternalProgram.locate("initdb").map(p -> p.toAbsolutePath().getParent())
                .filter(b -> Files.isExecutable(b.resolve("pg_ctl")));
    }

    private static int version(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public static boolean available() {
        return binaries().isPresent();
    }

    /** Creates a cluster in a new temporary folder and starts it; waits until it accepts connections. */
    public static PostgresProcess start() throws IOException {
        Path bin = binaries().orElseThrow(() -> new IllegalStateException(ExternalProgram.missingMessage("initdb/pg_ctl", "postgresql")));
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("lifeline-pg-");
        PostgresProcess pg = new PostgresProcess(bin, dir, freePort(), root);
        try {
            if (root) {
                ensureSystemUser();
                run(List.of("chown", "-R", SYSTEM_USER, dir.toString()), dir, 30);
            }
            pg.runAsOwner(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", USER,
                    "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"), 120);
            pg.runAsOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w", "-t", "60",
                    "-l", dir.resolve("server.log").toString(), "-o",
                    "-p " + pg.port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c fsync=off -c max_connections=50",
                    "start"), 90);
            return pg;
        } catch (IOException | RuntimeException e) {
            pg.close();
            throw e;
        }
    }

    /** Creates an empty database and returns its JDBC URL. */
    public String createDatabase(String name) throws IOException {
        Path createdb = bin.resolve("createdb");
        run(List.of(createdb.toString(), "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", USER, name), dir, 30);
        return jdbcUrl(name);
    }

    /** {@code jdbc:postgresql://127.0.0.1:PORT/NAME} — connect as {@link #USER}, no password. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /** Stops the server at once and deletes the cluster. */
    @Override
    public void close() {
        try {
            if (Files.exists(dir.resolve("data/postmaster.pid"))) {
                runAsOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate",
                        "-w", "stop"), 60);
            }
        } catch (IOException | RuntimeException e) {
            // deleting anyway
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind
        }
    }

    private void runAsOwner(List<String> command, int timeoutSeconds) throws IOException {
        List<String> full = new ArrayList<>();
        if (asRoot) {
            full.addAll(List.of("runuser", "-u", SYSTEM_USER, "--"));
        }
        full.addAll(command);
        run(full, dir, timeoutSeconds);
    }

    private static synchronized void ensureSystemUser() throws IOException {
        if (run(List.of("id", "-u", SYSTEM_USER), null, 10, false) == 0) {
            return;
        }
        int rc = run(List.of("useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent", "--shell",
                "/usr/sbin/nologin", SYSTEM_USER), null, 30, false);
        // 9: created meanwhile by another process
        if (rc != 0 && rc != 9 && run(List.of("id", "-u", SYSTEM_USER), null, 10, false) != 0) {
            throw new IOException("cannot create the system user " + SYSTEM_USER + " (useradd exit " + rc + ")");
        }
    }

    private static void run(List<String> command, Path dir, int timeoutSeconds) throws IOException {
        run(command, dir, timeoutSeconds, true);
    }

    private static int run(List<String> command, Path dir, int timeoutSeconds, boolean check) throws IOException {
        Path out = Files.createTempFile("lifeline-pg-cmd", ".out");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
            if (dir != null) {
                pb.directory(dir.toFile());
            }
            Process p = pb.start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s");
            }
            if (check && p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed with exit " + p.exitValue() + ": "
                        + Files.readString(out, StandardCharsets.UTF_8).strip());
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), e);
        } finally {
            Files.deleteIfExists(out);
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
