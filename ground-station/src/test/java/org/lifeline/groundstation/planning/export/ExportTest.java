package org.lifeline.groundstation.planning.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.planning.mission.DeliveryPlan;
import org.lifeline.groundstation.planning.mission.DeliveryPlanner;
import org.lifeline.groundstation.planning.mission.DeliveryRequest;
import org.lifeline.groundstation.planning.mission.Landing;
import org.lifeline.groundstation.planning.mission.SampleAirspace;
import org.lifeline.groundstation.planning.vehicle.VehicleFileReader;
import org.w3c.dom.Document;

class ExportTest {

    private static DeliveryPlan plan;

    @BeforeAll
    static void planTheSampleTour() throws Exception {
        Airspace airspace = SampleAirspace.read();
        plan = new DeliveryPlanner(airspace, VehicleFileReader.read(SampleAirspace.VEHICLE), SampleAirspace.straight(),
                DeliveryPlanner.projectionFor(airspace)).plan(new DeliveryRequest("launch-fire",
                List.of("dp-elderly-home", "dp-dongcheng"), 30, OptionalDouble.empty(), List.of(), Landing.LAND));
    }

    @Test
    void pngMapHasTheRequestedSizeAndShowsTheRouteColour(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("route.png");
        MapRenderer.write(file, plan, 1000, 800);
        BufferedImage img = ImageIO.read(file.toFile());
        assertThat(img.getWidth()).isEqualTo(1000);
        assertThat(img.getHeight()).isEqualTo(800);
        int routeRgb = MapStyle.ROUTE.getRGB() & 0xFFFFFF;
        int noFlyPixels = 0;
        int routePixels = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                if (rgb == routeRgb) {
                    routePixels++;
                }
                if (rgb == (MapStyle.NO_FLY.getRGB() & 0xFFFFFF)) {
                    noFlyPixels++;
                }
            }
        }
        assertThat(routePixels).as("route line pixels").isGreaterThan(500);
        assertThat(noFlyPixels).as("no-fly outline pixels").isGreaterThan(200);
    }

    @Test
    void svgMapIsWellFormedXmlWithTheDropNames(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("route.svg");
        MapRenderer.write(file, plan, 1000, 800);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("width")).isEqualTo("1000");
        String text = Files.readString(file);
        assertThat(text).contains(">Sunshine elderly home</text>", ">Dongcheng dormitory yard</text>", ">Legend</text>",
                "stroke-dasharray");
    }

    @Test
    void geoJsonHoldsZonesLegsDropsFenceAndSummary(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("route.geojson");
        GeoJsonExporter.write(file, plan);
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertThat(root.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(root.path("summary").path("energyWh").asDouble()).isEqualTo(Math.round(plan.energy().wattHours() * 10) / 10.0);
        List<String> kinds = root.path("features").findValuesAsText("kind");
        assertThat(kinds).contains("operating-area", "no-fly", "quarantine-zone", "route-leg", "launch", "drop",
                "fence-inclusion", "fence-exclusion", "rally-point");
        JsonNode firstLeg = null;
        for (JsonNode f : root.path("features")) {
            if (f.path("properties").path("kind").asText().equals("route-leg")) {
                firstLeg = f;
                break;
            }
        }
        assertThat(firstLeg.path("geometry").path("coordinates").get(0).get(0).asDouble()).isEqualTo(114.401);
        assertThat(firstLeg.path("geometry").path("coordinates").get(0).get(2).asDouble()).isEqualTo(50.0);
    }

    @Test
    void kmlIsWellFormedWithRouteAtFlightAltitude(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("route.kml");
        KmlExporter.write(file, plan);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        assertThat(doc.getElementsByTagName("Placemark").getLength()).isGreaterThan(15);
        assertThat(Files.readString(file)).contains("<altitudeMode>relativeToGround</altitudeMode>", ",80.0 ",
                "County People&apos;s Hospital".replace("&apos;", "'"));
    }

    @Test
    void unknownMapExtensionIsRefusedWithoutWritingAFile(@TempDir Path dir) {
        Path file = dir.resolve("route.jpg");
        assertThatThrownBy(() -> MapRenderer.write(file, plan, 1000, 800))
                .hasMessage(file + ": map file name must end in .png or .svg");
        assertThat(file).doesNotExist();
    }

    /** Writes the sample map where a person can look at it: {@code -Dlifeline.map.out=/tmp/route.png}. */
    @Test
    void writesTheSampleMapWhenAskedTo() throws Exception {
        String out = System.getProperty("lifeline.map.out");
        if (out != null) {
            MapRenderer.write(Path.of(out), plan, MapRenderer.DEFAULT_WIDTH, MapRenderer.DEFAULT_HEIGHT);
        }
        assertThat(MapRenderer.png(plan, 400, 400)).isNotEmpty();
    }

    @Test
    void exportsAreReadableByOthersAndKeepTheModeOfAFileTheyReplace(@TempDir Path dir) throws Exception {
        Path fresh = dir.resolve("route.kml");
        KmlExporter.write(fresh, plan);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
                .isEqualTo("rw-r--r--");
        Path kept = dir.resolve("route.geojson");
        Files.writeString(kept, "old");
        Files.setPosixFilePermissions(kept, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        GeoJsonExporter.write(kept, plan);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)))
                .isEqualTo("rw-rw----");
        assertThat(Files.readString(kept)).startsWith("{");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("route.kml", "route.geojson");
        }
    }
}
