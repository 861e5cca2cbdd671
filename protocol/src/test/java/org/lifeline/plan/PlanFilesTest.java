package org.lifeline.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.mission.MissionItem;

class PlanFilesTest {

    private static final FlightPlan MISSION_ONLY = new FlightPlan(Optional.of(new GeoPoint(47.3977419, 8.5455939, 488)),
            List.of(MissionItem.waypoint(47.3985099, 8.5451002, 40)), Geofence.none(), List.of());
    private static final FlightPlan WITH_FENCE = new FlightPlan(MISSION_ONLY.plannedHome(), MISSION_ONLY.mission(),
            new Geofence(List.of(), List.of(new FenceCircle(true, GeoPoint.of(47.39, 8.54), 500))), List.of());

    @TempDir
    Path dir;

    @Test
    void picksTheFormatByExtension() {
        assertThat(PlanFiles.Format.of(Path.of("a.waypoints"))).isEqualTo(PlanFiles.Format.WAYPOINTS);
        assertThat(PlanFiles.Format.of(Path.of("mission.TXT"))).isEqualTo(PlanFiles.Format.WAYPOINTS);
        assertThat(PlanFiles.Format.of(Path.of("dir/route.plan"))).isEqualTo(PlanFiles.Format.QGC_PLAN);
        assertThatThrownBy(() -> PlanFiles.Format.of(Path.of("route.kml")))
                .isInstanceOf(PlanFileException.class)
                .hasMessage("route.kml: field extension: expected .waypoints, .txt or .plan, got \".kml\"");
    }

    @Test
    void writesAndReadsBothFormats() {
        Path waypoints = dir.resolve("route.waypoints");
        Path plan = dir.resolve("route.plan");

        PlanFiles.write(waypoints, MISSION_ONLY);
        PlanFiles.write(plan, WITH_FENCE);

        assertThat(PlanFiles.read(waypoints)).isEqualTo(MISSION_ONLY);
        assertThat(PlanFiles.read(plan)).isEqualTo(WITH_FENCE);
    }

    @Test
    void replacesAnExistingFileAndLeavesNoTemporaryFileBehind() throws Exception {
        Path file = dir.resolve("route.plan");
        Files.writeString(file, "old content");

        PlanFiles.write(file, WITH_FENCE);

        assertThat(PlanFiles.read(file)).isEqualTo(WITH_FENCE);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("route.plan");
        }
    }

    @Test
    void aPlanThatCannotBeWrittenLeavesTheExistingFileUntouched() throws Exception {
        Path file = dir.resolve("route.waypoints");
        PlanFiles.write(file, MISSION_ONLY);
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> PlanFiles.write(file, WITH_FENCE)).isInstanceOf(PlanFileException.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void aDirectoryThatDoesNotExistIsReportedNotThrownAsIoException() {
        Path file = dir.resolve("missing").resolve("route.plan");

        assertThatThrownBy(() -> PlanFiles.write(file, WITH_FENCE))
                .isInstanceOf(PlanFileException.class)
                .hasMessageStartingWith(file + ": cannot write: NoSuchFileException");
    }

    @Test
    void aNewFileIsReadableByOthersAndAReplacedFileKeepsItsPermissions() throws Exception {
        Path fresh = dir.resolve("fresh.plan");
        Path existing = dir.resolve("existing.plan");
        Files.writeString(existing, "old");
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-rw----"));

        PlanFiles.write(fresh, WITH_FENCE);
        PlanFiles.write(existing, WITH_FENCE);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-r--r--");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(existing))).isEqualTo("rw-rw----");
    }

    @Test
    void aMissingFileIsReportedByName() {
        Path file = dir.resolve("nowhere.waypoints");

        assertThatThrownBy(() -> PlanFiles.read(file)).hasMessage(file + ": no such file");
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() throws Exception {
        Path file = dir.resolve("latin1.waypoints");
        Files.write(file, "QGC WPL 110\n# caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> PlanFiles.read(file)).hasMessage(file + ": expected UTF-8 text, got bytes that are not");
    }
}
