package org.lifeline.groundstation.confirm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DropTokenKeysTest {

    @TempDir
    Path data;

    @Test
    void theKeyPairIsGeneratedOnceReadableOnlyByItsOwnerAndLoadedAfterwards() throws IOException {
        KeyPair first = DropTokenKeys.loadOrCreate(data);
        Path file = data.resolve("keys").resolve(DropTokenKeys.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        KeyPair again = DropTokenKeys.loadOrCreate(data);
        assertThat(again.getPublic().getEncoded()).isEqualTo(first.getPublic().getEncoded());
        Instant now = Instant.parse("2026-04-01T00:00:00Z");
        String token = new DropTokens(first).issue("P-1", "dp-1", now.plusSeconds(60));
        assertThat(new DropTokens(again).check(token, now).isValid()).isTrue();
    }

    @Test
    void aDamagedKeyFileIsRefusedNamingTheFileAndLine() throws IOException {
        DropTokenKeys.loadOrCreate(data);
        Path file = data.resolve("keys").resolve(DropTokenKeys.FILE_NAME);
        var lines = Files.readAllLines(file);
        Files.writeString(file, lines.get(0) + "\nprivate=%%%\n" + lines.get(2) + "\n");
        assertThatThrownBy(() -> DropTokenKeys.loadOrCreate(data))
                .isInstanceOf(IOException.class).hasMessageContaining(file + ":2:").hasMessageContaining("base64");
    }
}
