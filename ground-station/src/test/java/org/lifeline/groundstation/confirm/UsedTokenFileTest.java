package org.lifeline.groundstation.confirm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsedTokenFileTest {

    @TempDir
    Path dir;

    @Test
    void usedTokensSurviveARestartAndATornLastLineIsSkipped() throws IOException {
        Path file = dir.resolve("confirm").resolve("used-tokens.log");
        Instant at = Instant.parse("2026-04-01T08:00:00Z");
        try (UsedTokenFile used = new UsedTokenFile(file)) {
            used.record("aaaa", at);
            used.record("aaaa", at.plusSeconds(5));
            used.record("bbbb", at.plusSeconds(9));
        }
        Files.writeString(file, "\ncccc 2026-04-", StandardOpenOption.APPEND);
        try (UsedTokenFile used = new UsedTokenFile(file)) {
            assertThat(used.usedAt("aaaa")).contains(at);
            assertThat(used.usedAt("bbbb")).contains(at.plusSeconds(9));
            assertThat(used.usedAt("cccc")).isEmpty();
            used.record("dddd", at);
        }
        try (UsedTokenFile used = new UsedTokenFile(file)) {
            assertThat(used.usedAt("dddd")).contains(at);
        }
    }
}
