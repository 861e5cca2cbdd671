package org.lifeline.tlog;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the real-world files in the {@code shared/data} folder beside the checkout (CI has it; a
 * fresh clone elsewhere does not), looking upwards from the working directory, or in
 * {@code LIFELINE_SHARED_DATA} when set.
 */
final class SharedData {

    private SharedData() {
    }

    static Optional<Path> locate(String name) {
        String env = System.getenv("LIFELINE_SHARED_DATA");
        if (env != null && Files.isRegularFile(Path.of(env, name))) {
            return Optional.of(Path.of(env, name));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The file, or the test is skipped with the reason. */
    static Path require(String name) {
        return locate(name).orElseGet(() -> {
            Assumptions.abort("shared/data/" + name + " is not beside this checkout (nor in LIFELINE_SHARED_DATA);"
                    + " skipping the compatibility check against real files");
            return null;
        });
    }
}
