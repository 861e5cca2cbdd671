package org.lifeline.link;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.lifeline.support.ExternalProgram;

/**
 * Two connected pseudo-terminals made by socat, the stand-in for a serial radio pair: what is
 * written to one end is read at the other. The ends are symlinks in a fresh temp directory,
 * so parallel tests never share a path; {@link #stop()} and {@link #start()} simulate the radio
 * being unplugged and plugged back in under the same names.
 */
public final class SocatPtyPair implements AutoCloseable {

    private static final Duration READY = Duration.ofSeconds(10);

    private final Path socat;
    private final Path dir;
    private final Path a;
    private final Path b;
    private Process process;

    private SocatPtyPair(Path socat, Path dir) {
        this.socat = socat;
        this.dir = dir;
        this.a = dir.resolve("a");
        this.b = dir.resolve("b");
    }

    /** Starts a pair, or skips the test (fails it under LIFELINE_REQUIRE_INTEGRATION=1) when socat is missing. */
    public static SocatPtyPair start() throws IOException {
        Path socat = ExternalProgram.locate("socat").orElse(null);
        if (socat == null) {
            String msg = ExternalProgram.missingMessage("socat", "socat");
            if (ExternalProgram.integrationRequired()) {
                fail(msg);
            }
            Assumptions.abort(msg);
        }
        SocatPtyPair pair = new SocatPtyPair(socat, Files.createTempDirectory("lifeline-pty"));
        pair.launch();
        return pair;
    }

    public String uriA() {
        return "serial:" + a + "?baud=57600";
    }

    public String uriB() {
        return "serial:" + b + "?baud=57600";
    }

    /** Kills socat: both ptys hang up and their paths disappear, as when a USB radio is pulled. */
    void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        process = null;
    }

    /** Starts socat again with the same paths. */
    void restart() throws IOException {
        launch();
    }

    private void launch() throws IOException {
        File log = dir.resolve("socat.log").toFile();
        process = new ProcessBuilder(socat.toString(), "-d", "-d",
                "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log))
                .start();
        long deadline = System.nanoTime() + READY.toNanos();
        while (!(Files.exists(a) && Files.exists(b))) {
            if (!process.isAlive()) {
                fail("socat exited with " + process.exitValue() + ": " + Files.readString(log.toPath()));
            }
            if (System.nanoTime() - deadline > 0) {
                fail("socat did not create " + a + " and " + b + " within " + READY.toSeconds() + " s: " + Files.readString(log.toPath()));
            }
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }

    @Override
    public void close() throws Exception {
        stop();
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
    }
}
