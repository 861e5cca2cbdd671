package org.lifeline.groundstation.airspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.MultiPolygon;

class AirspaceReaderTest {

    static Path resource(String name) {
        try {
            return Path.of(AirspaceReaderTest.class.getResource("/airspace/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    @Test
    void readsEveryKindOfFeatureFromTheSampleFile() throws Exception {
        Airspace a = AirspaceReader.read(resource("valid.geojson"));

        assertThat(a.operatingArea().id()).isEqualTo("area");
        assertThat(a.operatingArea().area().getArea()).isEqualTo(0.18 * 0.12, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(a.noFlyZones()).extracting(NoFlyZone::id).containsExactly("hospital", "school-2");
        NoFlyZone school = a.noFlyZones().get(1);
        assertThat(school.ceilingMetres()).isEqualTo(60);
        assertThat(school.blocksAltitude(50)).isTrue();
        assertThat(school.blocksAltitude(80)).isFalse();
        assertThat(((org.locationtech.jts.geom.Polygon) school.area()).getNumInteriorRing()).isEqualTo(1);
        assertThat(school.validity().validFrom()).isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
        assertThat(a.noFlyZones().get(0).blocksAltitude(10_000)).isTrue();
        QuarantineZone estate = a.quarantineZones().get(0);
        assertThat(estate.level()).isEqualTo(QuarantineLevel.SEALED);
        assertThat(estate.allowsDropAt("estate-7-gate")).isTrue();
        assertThat(estate.blocksTransitAt(60)).isTrue();
        assertThat(estate.blocksTransitAt(80)).isFalse();
        assertThat(a.launchSite("depot").orElseThrow().position().latitude()).isEqualTo(34.02);
        DropPoint gate = a.dropPoint("estate-7-gate").orElseThrow();
        assertThat(gate.zoneRadiusMetres()).hasValue(5);
        assertThat(gate.dropAltitudeMetres()).hasValue(15);
        assertThat(a.dropPoint("clinic-roof").orElseThrow().zoneRadiusMetres()).isEmpty();
        assertThat(a.dropPoint("clinic-roof").orElseThrow().name()).isEqualTo("clinic-roof");
    }

    @Test
    void dropsZonesThatAreNotInForceAtTheGivenTime() throws Exception {
        Airspace a = AirspaceReader.read(resource("valid.geojson"));

        assertThat(a.activeAt(Instant.parse("2026-05-01T00:00:00Z")).noFlyZones()).hasSize(2);
        assertThat(a.activeAt(Instant.parse("2026-08-01T00:00:00Z")).noFlyZones()).extracting(Zone::id)
                .containsExactly("hospital");
    }

    @Test
    void acceptsEitherRingWinding() throws Exception {
        String clockwise = text(resource("valid.geojson")).replace(
                "[114.380, 34.050], [114.390, 34.050], [114.390, 34.058], [114.380, 34.058], [114.380, 34.050]",
                "[114.380, 34.050], [114.380, 34.058], [114.390, 34.058], [114.390, 34.050], [114.380, 34.050]");

        Airspace a = AirspaceReader.read("airspace.geojson", clockwise);

        assertThat(a.noFlyZones().get(0).area().getArea()).isEqualTo(0.01 * 0.008, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void repairsASelfIntersectingPolygonOnlyWhenAsked() throws Exception {
        String json = text(resource("bad/self-intersection.geojson"));

        Airspace a = new AirspaceReader("airspace.geojson", json, new AirspaceReader.Options(true)).read();

        NoFlyZone school = a.noFlyZones().get(1);
        assertThat(school.area() instanceof MultiPolygon).isTrue();
        assertThat(school.area().isValid()).isTrue();
        assertThat(school.area().getArea()).isEqualTo(0.005 * 0.004 / 2, org.assertj.core.data.Offset.offset(1e-12));
    }

    static Stream<String> badFiles() throws IOException {
        try (Stream<Path> files = Files.list(resource("bad"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".geojson"))
                    .map(n -> n.substring(0, n.length() - ".geojson".length())).sorted().toList().stream();
        }
    }

    /** The only files refused whole: they cannot be an airspace at all. */
    static final Set<String> REFUSED_WHOLE = Set.of("not-json", "no-operating-area", "operating-area-unusable");

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void reportsEveryProblemOfABadFileAndRefusesOnlyAFileThatIsNoAirspace(String name) throws IOException {
        String json = text(resource("bad/" + name + ".geojson"));
        List<String> expected = Files.readAllLines(resource("bad/" + name + ".expected"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank()).toList();

        List<AirspaceProblem> problems;
        boolean refused = false;
        try {
            problems = AirspaceReader.read("airspace.geojson", json).problems();
        } catch (AirspaceException e) {
            refused = true;
            problems = e.problems();
            assertThat(e.getMessage()).isEqualTo(problems.stream().map(AirspaceProblem::toString)
                    .collect(java.util.stream.Collectors.joining("\n")));
        }
        assertThat(problems).extracting(AirspaceProblem::toString).containsExactlyElementsOf(expected);
        assertThat(refused).as("refused whole").isEqualTo(REFUSED_WHOLE.contains(name));
    }
}
