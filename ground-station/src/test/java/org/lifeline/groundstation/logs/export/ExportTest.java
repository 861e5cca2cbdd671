package org.lifeline.groundstation.logs.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.logs.SharedLogs;
import org.lifeline.groundstation.logs.report.FlightRecord;
import org.lifeline.groundstation.logs.report.SortieReports;
import org.lifeline.groundstation.logs.dataflash.DataflashWriter;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportTest {

    @TempDir
    Path tmp;

    @Test
    void tlogCsvHasMavlogdumpsColumnsAndOneRowPerTimestamp() throws Exception {
        Path log = SharedLogs.require("sitl-delivery.tlog");
        StringWriter text = new StringWriter();
        long rows = CsvExport.tlog(log, List.of("GLOBAL_POSITION_INT"), new PrintWriter(text));
        String[] lines = text.toString().split("\n");
        assertThat(lines[0]).isEqualTo("timestamp,GLOBAL_POSITION_INT.time_boot_ms,GLOBAL_POSITION_INT.lat,GLOBAL_POSITION_INT.lon,"
                + "GLOBAL_POSITION_INT.alt,GLOBAL_POSITION_INT.relative_alt,GLOBAL_POSITION_INT.vx,GLOBAL_POSITION_INT.vy,"
                + "GLOBAL_POSITION_INT.vz,GLOBAL_POSITION_INT.hdg");
        assertThat(rows).isGreaterThan(500).isEqualTo(lines.length - 1);
        String[] cells = lines[lines.length / 2].split(",", -1);
        assertThat(cells).hasSize(10);
        assertThat(cells[0]).matches("\\d{10}\\.\\d{8}");
        assertThat(Integer.parseInt(cells[2])).isBetween(340_600_000, 340_700_000);
    }

    @Test
    void severalTlogTypesShareRowsByTimestampAndRealsArePythonFloats() throws Exception {
        Path log = SharedLogs.require("sitl-delivery.tlog");
        StringWriter text = new StringWriter();
        CsvExport.tlog(log, List.of("ATTITUDE", "STATUSTEXT"), new PrintWriter(text));
        String[] lines = text.toString().split("\n");
        assertThat(lines[0]).startsWith("timestamp,ATTITUDE.time_boot_ms,ATTITUDE.roll,").endsWith(
                "STATUSTEXT.severity,STATUSTEXT.text,STATUSTEXT.id,STATUSTEXT.chunk_seq");
        assertThat(text.toString()).contains("Gripper load released");
        List<String> rolls = java.util.Arrays.stream(lines).skip(1).map(l -> l.split(",", -1)[2]).filter(c -> !c.isEmpty()).toList();
        assertThat(rolls).hasSizeGreaterThan(100).allMatch(c -> c.matches("-?\\d+\\.\\d+(e-\\d\\d)?"));
    }

    @Test
    void anUnknownTypeIsRefusedByName() {
        assertThatThrownBy(() -> CsvExport.tlog(tmp.resolve("none.tlog"), List.of("NOT_A_MESSAGE"), new PrintWriter(new StringWriter())))
                .hasMessageContaining("NOT_A_MESSAGE");
    }

    @Test
    void binCsvHasTheColumnsTheFileDeclares() throws Exception {
        DataflashWriter w = new DataflashWriter().declare(140, "BAT", "QBff", "TimeUS,Inst,Volt,Curr");
        w.write("BAT", 1_000_000L, 0, 16.5f, 12.25f).write("BAT", 1_200_000L, 0, 16.25f, 0.1f);
        Path bin = tmp.resolve("1.BIN");
        Files.write(bin, w.bytes());
        StringWriter text = new StringWriter();
        long rows = CsvExport.dataflash(bin, "BAT", new PrintWriter(text));
        assertThat(text.toString().split("\n")).containsExactly("timestamp,TimeUS,Inst,Volt,Curr",
                "1.00000000,1000000,0,16.5,12.25", "1.20000000,1200000,0,16.25,0.10000000149011612");
        assertThat(rows).isEqualTo(2);
    }

    @Test
    void tracksAreValidGeoJsonKmlAndGpxWithATimePerPoint() throws Exception {
        FlightRecord f = SortieReports.readLog(SharedLogs.require("sitl-delivery.tlog"));
        int points = f.track().size();
        assertThat(points).isGreaterThan(100);

        JsonNode geo = new ObjectMapper().readTree(TrackExport.geoJson(f));
        JsonNode feature = geo.get("features").get(0);
        assertThat(feature.get("geometry").get("type").asText()).isEqualTo("LineString");
        assertThat(feature.get("geometry").get("coordinates")).hasSize(points);
        assertThat(feature.get("geometry").get("coordinates").get(0).get(0).asDouble()).isBetween(114.39, 114.42);
        assertThat(feature.get("properties").get("times")).hasSize(points);

        Document kml = xml(TrackExport.kml(f));
        assertThat(kml.getElementsByTagName("when").getLength()).isEqualTo(points);
        assertThat(kml.getElementsByTagNameNS("http://www.google.com/kml/ext/2.2", "coord").getLength()).isEqualTo(points);
        assertThat(kml.getElementsByTagName("when").item(0).getTextContent()).startsWith("2026-11-29T");

        Document gpx = xml(TrackExport.gpx(f));
        assertThat(gpx.getElementsByTagName("trkpt").getLength()).isEqualTo(points);
        assertThat(gpx.getElementsByTagName("time").getLength()).isEqualTo(points);
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
