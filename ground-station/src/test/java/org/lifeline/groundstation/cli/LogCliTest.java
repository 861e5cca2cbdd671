package org.lifeline.groundstation.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.logs.SharedLogs;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LogCliTest {

    @TempDir
    Path tmp;

    private final CliHarness cli = new CliHarness();

    @Test
    void logReportWritesHtmlAndJsonAndPrintsEveryCheck() throws Exception {
        Path log = SharedLogs.require("sitl-delivery.tlog");
        Path plan = SharedLogs.require("sitl-delivery.waypoints");
        CliHarness.Run run = cli.run("log", "report", log.toString(), "--plan", plan.toString(), "--out", tmp.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("overall: WARN", "PASS            Drop accuracy: 0.0 m", "WARN            Pre-arm failures");
        assertThat(Files.readString(tmp.resolve("sitl-delivery.html"))).startsWith("<!DOCTYPE html>");
        assertThat(Files.readString(tmp.resolve("sitl-delivery.json"))).contains("\"releaseSource\"");
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("sitl-delivery.html", "sitl-delivery.json");
        }
    }

    @Test
    void logReportReadsTheAgentsEventsAndComparesEnergyWithThePlannersPredictionOnTheAirspaceMap() throws Exception {
        Path log = SharedLogs.require("sitl-delivery.tlog");
        Path plan = SharedLogs.require("sitl-delivery.waypoints");
        java.time.Instant t = org.lifeline.groundstation.logs.archive.TlogSpan.of(log).orElseThrow().first().plusSeconds(60);
        Path events = tmp.resolve("agent-events.jsonl");
        Files.writeString(events, org.lifeline.groundstation.logs.report.AgentEvents.jsonLines(java.util.List.of(
                new org.lifeline.fleet.FleetEvent("d-1", "drone-1", 1, t.toEpochMilli(), org.lifeline.fleet.EventType.DROP_REFUSED,
                        java.util.Optional.of("P-1"), "parcel bay door open")), java.util.List.of()) + "not json\n");
        Path examples = org.lifeline.groundstation.planning.mission.SampleAirspace.DIR;
        CliHarness.Run run = cli.run("log", "report", log.toString(), "--plan", plan.toString(), "--out", tmp.toString(),
                "--events", events.toString(), "--vehicle", examples.resolve("sim-quad.vehicle.json").toString(),
                "--airspace", examples.resolve("fugou-airspace.geojson").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("overall: FAIL")
                .contains("FAIL            Parcel release (onboard agent): release refused: parcel P-1: parcel bay door open")
                .containsPattern("(PASS|WARN|FAIL) +Energy against the plan's prediction: used [0-9.]+ Wh, predicted [0-9.]+ Wh");
        assertThat(run.errLines()).hasSize(1).first().asString().startsWith("warning: agent-events.jsonl:2: ").endsWith("(line skipped)");
        assertThat(Files.readString(tmp.resolve("sitl-delivery.html"))).contains("County People&#39;s Hospital + 30.0 m margin")
                .contains("parcel bay door open");
    }

    @Test
    void logReportRefusesAMissingOrUnreadableVehicleOrAirspaceNamingIt() throws Exception {
        Path log = SharedLogs.require("sitl-delivery.tlog");
        CliHarness.Run missing = cli.run("log", "report", log.toString(), "--vehicle", tmp.resolve("v.json").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.errLines()).containsExactly("error: --vehicle " + tmp.resolve("v.json") + ": no such file");
        Path bad = Files.writeString(tmp.resolve("bad.geojson"), "{\"type\": \"nothing\"}");
        CliHarness.Run airspace = cli.run("log", "report", log.toString(), "--airspace", bad.toString(), "--out", tmp.toString());
        assertThat(airspace.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(airspace.errLines()).hasSize(1).first().asString().startsWith("error: --airspace " + bad + ": ");
    }

    @Test
    void logExportWritesGpxToAFileAndCsvToStandardOutput() throws Exception {
        Path log = SharedLogs.require("sitl-delivery.tlog");
        Path gpx = tmp.resolve("track.gpx");
        CliHarness.Run run = cli.run("log", "export", log.toString(), "--format", "gpx", "--out", gpx.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(gpx)).contains("<trkpt lat=\"34.06");
        CliHarness.Run csv = cli.run("log", "export", log.toString(), "--format", "csv", "--type", "VFR_HUD");
        assertThat(csv.exitCode()).isZero();
        assertThat(csv.out()).startsWith("timestamp,VFR_HUD.airspeed,VFR_HUD.groundspeed,VFR_HUD.heading,VFR_HUD.throttle,VFR_HUD.alt,VFR_HUD.climb\n");
    }

    @Test
    void badInputIsRefusedWithOneLineNamingWhatWasExpected() throws Exception {
        Path log = SharedLogs.require("sitl-delivery.tlog");
        CliHarness.Run noType = cli.run("log", "export", log.toString(), "--format", "csv");
        assertThat(noType.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(noType.errLines()).containsExactly("error: --type: csv needs one or more message types");
        CliHarness.Run badType = cli.run("log", "export", log.toString(), "--format", "csv", "--type", "NOPE");
        assertThat(badType.errLines()).containsExactly(
                "error: --type: unknown MAVLink message type 'NOPE' (expected a name such as GLOBAL_POSITION_INT)");
        CliHarness.Run badFormat = cli.run("log", "export", log.toString(), "--format", "shp");
        assertThat(badFormat.errLines()).containsExactly("error: --format: \"shp\" is not one of geojson, kml, gpx, csv");
        CliHarness.Run missing = cli.run("log", "report", tmp.resolve("nope.tlog").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.errLines()).containsExactly("error: " + tmp.resolve("nope.tlog") + ": no such log file");
        Path badPlan = Files.writeString(tmp.resolve("bad.waypoints"), "not a plan\n");
        CliHarness.Run plan = cli.run("log", "report", log.toString(), "--plan", badPlan.toString(), "--out", tmp.toString());
        assertThat(plan.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(plan.errLines()).hasSize(1).first().asString().contains("bad.waypoints");
    }

    @Test
    void logImportListAndFleetWorkOnOneArchive() throws Exception {
        Path log = SharedLogs.require("sitl-delivery.tlog");
        Path archive = tmp.resolve("archive");
        CliHarness.Run imported = cli.run("log", "import", log.toString(), "--archive", archive.toString(), "--vehicle", "drone-7");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("sitl-delivery.tlog → sortie 2026-11-29T").contains("(drone-7, WARN)");
        CliHarness.Run list = cli.run("log", "list", "--archive", archive.toString(), "--vehicle", "drone-7");
        assertThat(list.out().lines()).hasSize(2);
        assertThat(list.out()).contains("2026-11-29  drone-7").contains("WARN");
        assertThat(cli.run("log", "list", "--archive", archive.toString(), "--outcome", "fail").out().lines()).hasSize(1);
        assertThat(cli.run("log", "list", "--archive", archive.toString(), "--outcome", "maybe").errLines())
                .containsExactly("error: --outcome: \"maybe\" is not one of PASS, WARN, FAIL");
        CliHarness.Run fleet = cli.run("log", "fleet", "--archive", archive.toString(), "--out", tmp.toString());
        assertThat(fleet.exitCode()).isZero();
        assertThat(Files.readString(tmp.resolve("fleet-summary.csv"))).contains("2026-11-29,drone-7,1,");
    }
}
