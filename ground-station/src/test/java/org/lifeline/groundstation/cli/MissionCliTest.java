package org.lifeline.groundstation.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Argument and input-file errors of the mission commands: refused before any link is opened. */
class MissionCliTest {

    private final CliHarness cli = new CliHarness();

    @TempDir
    Path dir;

    @AfterEach
    void close() throws Exception {
        cli.close();
    }

    @Test
    void aMissingFileIsBadInputNamingIt() {
        Path missing = dir.resolve("nowhere.waypoints");

        CliHarness.Run r = cli.run("mission", "upload", "--connect", "udpin://0.0.0.0:14550", missing.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.errLines().get(0)).startsWith("error: " + missing).contains("no such file");
        assertThat(cli.connects).isEmpty();
    }

    @Test
    void anUnknownTypeIsBadInput() throws Exception {
        Path file = Files.writeString(dir.resolve("m.waypoints"), "QGC WPL 110\n");

        CliHarness.Run r = cli.run("mission", "upload", "--type", "geofence", "--connect", "udp://h:1", file.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.errLines()).containsExactly("error: --type: expected mission, fence, rally or all, got 'geofence'");
    }

    @Test
    void uploadingATypeTheFileDoesNotHoldIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("m.waypoints"),
                "QGC WPL 110\n0\t1\t0\t16\t0\t0\t0\t0\t52.52\t13.405\t34\t1\n");

        CliHarness.Run r = cli.run("mission", "upload", "--type", "fence", "--connect", "udp://h:1", file.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.errLines()).containsExactly("error: " + file + ": holds no fence items (to remove the vehicle's, "
                + "use 'lifeline mission clear --type fence')");
    }

    @Test
    void fenceCannotBeDownloadedIntoAWaypointsFile() {
        CliHarness.Run r = cli.run("mission", "download", "--type", "all", "--connect", "udp://h:1",
                dir.resolve("out.waypoints").toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.errLines().get(0)).endsWith("a .waypoints file holds only a mission; write fence and rally to a .plan file");
        assertThat(cli.connects).isEmpty();
    }

    @Test
    void anUnknownExtensionIsBadInput() {
        CliHarness.Run r = cli.run("mission", "download", "--connect", "udp://h:1", dir.resolve("out.kml").toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.errLines().get(0)).contains("out.kml").contains(".waypoints, .txt or .plan");
    }
}
