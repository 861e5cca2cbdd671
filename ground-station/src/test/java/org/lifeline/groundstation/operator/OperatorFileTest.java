package org.lifeline.groundstation.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.testing.MutableClock;

class OperatorFileTest {

    @TempDir
    Path data;

    @Test
    void anAddedOperatorIsVerifiedOnlyWithTheirPasswordAndThePasswordIsNotInTheFile() throws Exception {
        OperatorFile file = OperatorFile.in(data);
        file.add("zhang.wei", "s3cret-pass".toCharArray(), 1_000, false);
        assertThat(file.verify("zhang.wei", "s3cret-pass".toCharArray())).isTrue();
        assertThat(file.verify("zhang.wei", "s3cret-pasS".toCharArray())).isFalse();
        assertThat(file.verify("li.na", "s3cret-pass".toCharArray())).isFalse();
        String text = Files.readString(file.path());
        assertThat(text).contains("zhang.wei:pbkdf2-sha256:1000:").doesNotContain("s3cret");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path()))).isEqualTo("rw-------");
        assertThat(OperatorFile.in(data).verify("zhang.wei", "s3cret-pass".toCharArray())).as("read back").isTrue();
    }

    @Test
    void anExistingNameIsRefusedUnlessReplacedAndAShortPasswordOrBadNameIsRefused() throws Exception {
        OperatorFile file = OperatorFile.in(data);
        file.add("ops", "first-password".toCharArray(), 1_000, false);
        assertThatThrownBy(() -> file.add("ops", "second-password".toCharArray(), 1_000, false)).hasMessageContaining("already exists");
        file.add("ops", "second-password".toCharArray(), 1_000, true);
        assertThat(file.verify("ops", "second-password".toCharArray())).isTrue();
        assertThat(file.verify("ops", "first-password".toCharArray())).isFalse();
        assertThatThrownBy(() -> file.add("ops2", "short".toCharArray(), 1_000, false)).hasMessageContaining("at least 8");
        assertThatThrownBy(() -> file.add("has space", "long-enough".toCharArray(), 1_000, false)).hasMessageContaining("letters, digits");
        assertThat(file.names()).containsExactly("ops");
    }

    @Test
    void aMalformedLineIsReportedWithItsLineAndField() throws Exception {
        Files.writeString(data.resolve(OperatorFile.FILE_NAME), "# operators\nops:pbkdf2-sha256:1000:AAAA:BBBB\n");
        assertThatThrownBy(() -> OperatorFile.in(data).names()).isInstanceOf(OperatorFileException.class)
                .hasMessageContaining("line 2").hasMessageContaining("salt");
        Files.writeString(data.resolve(OperatorFile.FILE_NAME), "ops:md5:1000:x:y\n");
        assertThatThrownBy(() -> OperatorFile.in(data).names()).hasMessageContaining("line 1").hasMessageContaining("scheme");
        Files.writeString(data.resolve(OperatorFile.FILE_NAME), "ops:pbkdf2-sha256\n");
        assertThatThrownBy(() -> OperatorFile.in(data).names()).hasMessageContaining("line 1").hasMessageContaining("2 fields");
    }

    @Test
    void anOperatorAddedWhileTheServerRunsCanLogInAtOnce() throws Exception {
        OperatorFile serving = OperatorFile.in(data);
        assertThat(serving.names()).isEmpty();
        OperatorFile.in(data).add("late", "late-password".toCharArray(), 1_000, false);
        assertThat(serving.verify("late", "late-password".toCharArray())).isTrue();
    }

    @Test
    void sessionsExpireWhenIdleOrTooOldAndIdsAreRandom256Bits() {
        MutableClock clock = new MutableClock(Instant.parse("2026-04-01T08:00:00Z"));
        OperatorSessions sessions = new OperatorSessions(clock, Duration.ofMinutes(30), Duration.ofHours(2));
        OperatorSession a = sessions.open("ops");
        assertThat(a.id()).hasSize(43).isNotEqualTo(sessions.open("ops").id());
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofMinutes(29));
            assertThat(sessions.find(a.id())).as("used every 29 minutes").isPresent();
        }
        clock.advance(Duration.ofMinutes(5));
        assertThat(sessions.find(a.id())).as("older than 2 hours").isEmpty();
        OperatorSession b = sessions.open("ops");
        clock.advance(Duration.ofMinutes(30));
        assertThat(sessions.find(b.id())).as("idle 30 minutes").isEmpty();
        OperatorSession c = sessions.open("ops");
        sessions.close(c.id());
        assertThat(sessions.find(c.id())).isEmpty();
        assertThat(sessions.find(null)).isEmpty();
    }
}
