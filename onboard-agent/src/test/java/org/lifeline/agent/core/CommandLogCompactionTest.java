package org.lifeline.agent.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.fleet.Command;
import org.lifeline.fleet.CommandAck;
import org.lifeline.fleet.CommandType;

/** commands.log stays bounded on a Pi that flies all week, and keeps what a redelivered command needs. */
class CommandLogCompactionTest {

    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    /** The newest commands kept beyond the replay window: the agent keeps 1024, scaled down here so the test stays fast. */
    private static final int KEPT = 16;

    @TempDir
    Path dir;

    private static Command command(int n, Instant at) {
        return new Command("c" + n, "d1", at.toEpochMilli(), CommandType.PING, Map.of(), "sig");
    }

    private static CommandAck ack(Command c) {
        return new CommandAck(c.commandId(), "d1", c.timeMillis(), CommandAck.Result.ACCEPTED, "pong");
    }

    private static long lines(Path file) throws Exception {
        try (var s = Files.lines(file)) {
            return s.count();
        }
    }

    @Test
    void aWeekOfOldCommandsNeverGrowsTheFileBeyondItsBound() throws Exception {
        Path file = dir.resolve("commands.log");
        long maxLines = 0;
        try (CommandLog log = CommandLog.open(file, CLOCK, Duration.ofHours(2), KEPT)) {
            Instant weekAgo = NOW.minus(Duration.ofDays(7));
            for (int i = 0; i < 6 * KEPT; i++) {
                Command c = command(i, weekAgo.plusSeconds(i));
                log.record(c, ack(c));
                maxLines = Math.max(maxLines, lines(file));
            }
            assertThat(log.compactions()).isGreaterThanOrEqualTo(4);
            assertThat(log.size()).isEqualTo(KEPT);
        }
        assertThat(maxLines).isLessThanOrEqualTo(2 * KEPT);
        long bytesPerLine = Files.size(file) / lines(file);
        assertThat(Files.size(file)).isLessThanOrEqualTo(2 * KEPT * bytesPerLine);
    }

    @Test
    void afterCompactionAndRestartTheNewestCommandsStillGetTheirFirstAckAndOldOnesAreForgotten() throws Exception {
        Path file = dir.resolve("commands.log");
        Instant dayAgo = NOW.minus(Duration.ofDays(1));
        try (CommandLog log = CommandLog.open(file, CLOCK, Duration.ofHours(2), KEPT)) {
            for (int i = 0; i < 3 * KEPT; i++) {
                Command c = command(i, dayAgo.plusSeconds(i));
                log.record(c, ack(c));
            }
        }
        try (CommandLog reopened = CommandLog.open(file, CLOCK, Duration.ofHours(2), KEPT)) {
            int newest = 3 * KEPT - 1;
            assertThat(reopened.find("c" + newest)).hasValueSatisfying(e -> assertThat(e.ack().reason()).isEqualTo("pong"));
            assertThat(reopened.find("c" + (newest - KEPT + 1))).isPresent();
            assertThat(reopened.find("c0")).isEmpty();
            assertThat(reopened.size()).isEqualTo(KEPT);
        }
    }

    @Test
    void commandsWithinTheReplayWindowAreNeverForgottenHoweverManyArrive() throws Exception {
        Path file = dir.resolve("commands.log");
        int many = KEPT + 50;
        try (CommandLog log = CommandLog.open(file, CLOCK, Duration.ofHours(2), KEPT)) {
            for (int i = 0; i < many; i++) {
                Command c = command(i, NOW.minusSeconds(600).plusMillis(i));
                log.record(c, ack(c));
            }
        }
        try (CommandLog reopened = CommandLog.open(file, CLOCK, Duration.ofHours(2), KEPT)) {
            assertThat(reopened.size()).isEqualTo(many);
            assertThat(reopened.find("c0")).as("ten minutes old: a redelivery could still pass the replay check").isPresent();
        }
    }

    @Test
    void aCompactionCutShortByACrashLeavesTheOldFileWhole() throws Exception {
        Path file = dir.resolve("commands.log");
        try (CommandLog log = CommandLog.open(file, CLOCK, Duration.ofHours(2), KEPT)) {
            Command c = command(1, NOW);
            log.record(c, ack(c));
        }
        Files.writeString(dir.resolve("commands.log.compacting"), "half a line with no end");

        try (CommandLog reopened = CommandLog.open(file, CLOCK, Duration.ofHours(2), KEPT)) {
            assertThat(reopened.find("c1")).isPresent();
        }
        assertThat(dir.resolve("commands.log.compacting")).doesNotExist();
    }
}
