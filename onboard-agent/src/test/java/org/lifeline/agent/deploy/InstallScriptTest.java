package org.lifeline.agent.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Pi bundle's {@code install.sh}, run in staging mode ({@code --root}) on the files the bundle
 * is made of: it installs the jar, unit and configuration where the unit expects them, and an
 * upgrade never overwrites the drone's configuration.
 */
class InstallScriptTest {

    private static final Path DEPLOY = Path.of("..", "deploy");

    @TempDir
    Path tmp;
    Path bundle;
    Path stage;

    @BeforeEach
    void unpackABundle() throws IOException {
        bundle = Files.createDirectories(tmp.resolve("lifeline-agent"));
        stage = tmp.resolve("stage");
        Files.copy(DEPLOY.resolve("pi/install.sh"), bundle.resolve("install.sh"));
        Files.copy(DEPLOY.resolve("pi/INSTALL.md"), bundle.resolve("INSTALL.md"));
        Files.copy(DEPLOY.resolve("lifeline-agent.service"), bundle.resolve("lifeline-agent.service"));
        Files.copy(DEPLOY.resolve("agent.properties.example"), bundle.resolve("agent.properties.example"));
        Files.writeString(bundle.resolve("lifeline-agent.jar"), "jar bytes");
    }

    @Test
    void installsTheFilesWhereTheSystemdUnitLooksForThem() throws Exception {
        Result r = install("--root", stage.toString());
        assertThat(r.exit()).as(r.output()).isZero();
        String unit = Files.readString(stage.resolve("etc/systemd/system/lifeline-agent.service"));
        assertThat(unit).contains("/opt/lifeline/lifeline-agent.jar").contains("/etc/lifeline/agent.properties");
        assertThat(stage.resolve("opt/lifeline/lifeline-agent.jar")).hasContent("jar bytes");
        assertThat(stage.resolve("etc/lifeline/agent.properties"))
                .hasSameTextualContentAs(DEPLOY.resolve("agent.properties.example"));
        assertThat(r.output()).contains("set drone.id");
    }

    @Test
    void anUpgradeKeepsTheDronesConfiguration() throws Exception {
        assertThat(install("--root", stage.toString()).exit()).isZero();
        Path config = stage.resolve("etc/lifeline/agent.properties");
        Files.writeString(config, "drone.id = d7\n");
        Files.writeString(bundle.resolve("lifeline-agent.jar"), "new jar bytes");
        Result again = install("--root", stage.toString());
        assertThat(again.exit()).isZero();
        assertThat(config).hasContent("drone.id = d7");
        assertThat(stage.resolve("opt/lifeline/lifeline-agent.jar")).hasContent("new jar bytes");
        assertThat(again.output()).contains("kept the existing");
    }

    @Test
    void anUnknownOptionIsRefusedAndNothingIsWritten() throws Exception {
        Result r = install("--rot", stage.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.output()).contains("unknown option '--rot'");
        assertThat(stage).doesNotExist();
    }

    @Test
    void aBundleWithoutItsJarIsRefusedWithTheMissingFile() throws Exception {
        Files.delete(bundle.resolve("lifeline-agent.jar"));
        Result r = install("--root", stage.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.output()).contains("lifeline-agent.jar is missing");
    }

    private record Result(int exit, String output) {
    }

    private Result install(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", bundle.resolve("install.sh").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("install.sh finished").isTrue();
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
