package org.lifeline.groundstation.logs;

import org.junit.jupiter.api.Assumptions;
import org.lifeline.support.ExternalProgram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Real logs other tools wrote, from the {@code shared/data} folder beside the checkout (never
 * copied into the project). Tests using them skip, saying why, where the folder is absent, and fail
 * instead when {@code LIFELINE_REQUIRE_INTEGRATION=1}.
 */
public final class SharedLogs {

    private SharedLogs() {
    }

    public static Optional<Path> find(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve(name);
            if (Files.exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static Path require(String name) {
        Optional<Path> found = find(name);
        if (found.isEmpty()) {
            String message = "shared data " + name + " not found in a shared/data folder above "
                    + Path.of("").toAbsolutePath() + " (it sits beside the checkout in CI)";
            if (ExternalProgram.integrationRequired()) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return found.get();
    }
}
