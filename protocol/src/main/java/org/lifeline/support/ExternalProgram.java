package org.lifeline.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates external programs that integration tests and the demo start (mosquitto, socat).
 * Tests that need one skip with {@link #missingMessage} on a laptop that lacks it, but must
 * fail when {@link #integrationRequired()} — CI sets {@code LIFELINE_REQUIRE_INTEGRATION=1}.
 */
public final class ExternalProgram {

    /** The environment variable that turns skipped integration tests into failures. */
    public static final String REQUIRE_ENV = "LIFELINE_REQUIRE_INTEGRATION";

    private ExternalProgram() {
    }

    /** The program's path on PATH (or in /usr/sbin, where Debian puts mosquitto), if present. */
    public static Optional<Path> locate(String name) {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/sbin" + File.pathSeparator + "/sbin";
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** True when integration tests must fail instead of skipping. */
    public static boolean integrationRequired() {
        return "1".equals(System.getenv(REQUIRE_ENV));
    }

    /** The message a test gives when {@code name} is missing. */
    public static String missingMessage(String name, String debianPackage) {
        return name + " is not installed (Debian: apt-get install -y " + debianPackage + "); "
                + (integrationRequired() ? REQUIRE_ENV + "=1 requires it" : "skipping this integration test");
    }

    /**
     * In a JUnit test: aborts the test (a skip) with {@code message}, or fails it when
     * {@link #integrationRequired()}. Throws JUnit's own abort exception (looked up by name, so
     * this main-code class needs no test library), as {@code Assumptions.abort} does.
     */
    public static void skipOrFail(String message) {
        if (integrationRequired()) {
            throw new AssertionError(message);
        }
        RuntimeException abort;
        try {
            abort = (RuntimeException) Class.forName("org.opentest4j.TestAbortedException")
                    .getConstructor(String.class).newInstance(message);
        } catch (ReflectiveOperationException | ClassCastException noJunit) {
            abort = new IllegalStateException(message);
        }
        throw abort;
    }
}
