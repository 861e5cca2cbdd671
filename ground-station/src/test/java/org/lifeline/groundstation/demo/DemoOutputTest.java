package org.lifeline.groundstation.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoOutputTest {

    @TempDir
    Path dir;

    @Test
    void aFolderThatHoldsSomeoneElsesFilesIsNeverEmptied() throws IOException {
        Path out = dir.resolve("mine");
        Files.createDirectories(out);
        Files.writeString(out.resolve("thesis.tex"), "years of work");
        assertThatThrownBy(() -> DemoOutput.prepare(out, false)).hasMessageContaining("holds files the demo did not write")
                .hasMessageContaining("--out");
        assertThat(out.resolve("thesis.tex")).hasContent("years of work");
    }

    @Test
    void theDemosOwnFolderIsEmptiedAndMarkedAgain() throws IOException {
        Path out = dir.resolve("demo-out");
        DemoOutput.prepare(out, false);
        Files.createDirectories(out.resolve("drones/demo-1"));
        Files.writeString(out.resolve("drones/demo-1/agent.log"), "old run");
        DemoOutput.prepare(out, false);
        assertThat(out.resolve("drones")).doesNotExist();
        assertThat(out.resolve(DemoOutput.MARKER)).exists();
    }

    @Test
    void theCheckoutsDefaultFolderIsTheDemosEvenWithoutTheMark() throws IOException {
        Path out = dir.resolve("demo-out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("simulator.log"), "from an older demo");
        DemoOutput.prepare(out, true);
        assertThat(out.resolve("simulator.log")).doesNotExist();
    }

    @Test
    void aFileWhereTheFolderShouldBeIsRefused() throws IOException {
        Path out = Files.writeString(dir.resolve("demo-out"), "x");
        assertThatThrownBy(() -> DemoOutput.prepare(out, true)).hasMessageContaining("is a file");
    }
}
