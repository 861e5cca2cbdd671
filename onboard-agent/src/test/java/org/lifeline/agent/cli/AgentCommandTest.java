package org.lifeline.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AgentCommandTest {

    @TempDir
    Path dir;

    private int run(ByteArrayOutputStream err, String... args) {
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new CommandLine(new AgentCommand((c, s) -> {
                throw new AssertionError("a bad configuration must not open the flight-controller link");
            })).execute(args);
        } finally {
            System.setErr(old);
        }
    }

    @Test
    void aBadConfigurationExitsWithTwoListingEveryProblemAndNoStackTrace() throws Exception {
        Path file = Files.writeString(dir.resolve("agent.properties"), "drone.id = d1\ntelemetry.rateHz = 50\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(run(err, "--config", file.toString())).isEqualTo(AgentCommand.BAD_CONFIG);
        String text = err.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("telemetry.rateHz: \"50\": expected a number from 1 to 10")
                .contains("fc.uri: missing").contains("broker.uri: missing").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aGoodConfigurationPassesTheCheck() throws Exception {
        Files.writeString(dir.resolve("command.key"), "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f\n");
        Path file = Files.writeString(dir.resolve("agent.properties"), String.join("\n", "drone.id = d1",
                "fc.uri = serial:/dev/serial0?baud=921600", "broker.uri = ssl://broker.example.org:8883",
                "commands.keyFile = command.key", "data.dir = data", ""));
        assertThat(run(new ByteArrayOutputStream(), "--config", file.toString(), "--check")).isEqualTo(AgentCommand.OK);
    }

    @Test
    void theConfigurationOptionIsRequired() {
        assertThat(run(new ByteArrayOutputStream())).isEqualTo(CommandLine.ExitCode.USAGE);
    }
}
