package org.lifeline.groundstation.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.fleet.EventType;
import org.lifeline.fleet.FleetEvent;
import org.lifeline.groundstation.dispatch.desk.WaveOutcome;
import org.lifeline.groundstation.dispatch.flight.SortieLanding;
import org.lifeline.groundstation.logs.SharedLogs;
import org.lifeline.groundstation.logs.archive.AgentEventLog;
import org.lifeline.groundstation.logs.archive.DeliverySource;
import org.lifeline.groundstation.logs.archive.SortieArchive;
import org.lifeline.groundstation.logs.archive.SortieEntry;
import org.lifeline.groundstation.logs.archive.SortieFiler;
import org.lifeline.groundstation.logs.archive.SortieFlight;
import org.lifeline.groundstation.logs.archive.TlogSpan;

class DemoArchiveSummaryTest {

    @TempDir
    Path tmp;

    private static SortieEntry entry(String id, double metres, double dropMetres) {
        return new SortieEntry(id, "demo-1", "2026-12-03T10:00:00Z", "2026-12-03T10:02:00Z", "PASS", metres, 3.1, 3.9, dropMetres,
                List.of(), List.of("P-" + id), List.of("report.html", "report.json"));
    }

    private static WaveOutcome.Recorded sortie(String id) {
        return new WaveOutcome.Recorded(id, "demo-1", "launch-fire", List.of("P-" + id), 2500, 300, Path.of("/out/sorties/" + id + ".plan"));
    }

    private Operation.FlightResult flown(SortieEntry e) {
        Path folder = tmp.resolve("archive/sorties").resolve(e.id());
        return new Operation.FlightResult(Optional.of(new SortieRunner.Flown(Optional.of(tmp.resolve(e.id() + ".tlog")),
                List.of(new SortieLanding.Filed(e, folder, Optional.of(folder.resolve("report.html")))))), Optional.empty());
    }

    @Test
    void aDronesTwoSortiesEachGetTheKmOfTheirOwnTrackAndPointAtTheirArchivedReports() {
        SortieEntry first = entry("S-1-demo-1", 1200, 2.5);
        SortieEntry second = entry("S-2-demo-1", 3400, -1);
        DemoSummary.SortieLine a = SummaryBuilder.line(sortie("S-1-demo-1"), Optional.of(flown(first)));
        DemoSummary.SortieLine b = SummaryBuilder.line(sortie("S-2-demo-1"), Optional.of(flown(second)));

        assertThat(a.kmFlown()).isEqualTo(1.2);
        assertThat(b.kmFlown()).isEqualTo(3.4);
        assertThat(a.logs()).contains(tmp.resolve("archive/sorties/S-1-demo-1/report.html"), tmp.resolve("archive/sorties/S-1-demo-1/report.json"));
        assertThat(a.note()).hasValue("archived as S-1-demo-1: report PASS, drop 2.5 m off, deliveries P-S-1-demo-1");
        assertThat(b.note()).hasValueSatisfying(n -> assertThat(n).contains("no drop measured"));
    }

    @Test
    void aSortieThatCouldNotFlyHasNoKmAndSaysWhy() {
        DemoSummary.SortieLine l = SummaryBuilder.line(sortie("S-1-demo-1"),
                Optional.of(new Operation.FlightResult(Optional.empty(), Optional.of("upload REFUSED at upload: fence"))));
        assertThat(l.kmFlown()).isZero();
        assertThat(l.logs()).containsExactly(Path.of("/out/sorties/S-1-demo-1.plan"));
        assertThat(l.note()).hasValue("did not fly: upload REFUSED at upload: fence");
    }

    @Test
    void theFleetSummaryCoversTheDemosFiledSortiesOnlyAsLogFleetWritesIt() throws Exception {
        Path tlog = SharedLogs.require("sitl-delivery.tlog");
        Path plan = SharedLogs.require("sitl-delivery.waypoints");
        TlogSpan span = TlogSpan.of(tlog).orElseThrow();
        Instant armed = span.first().plusSeconds(20);
        Instant landed = span.last().minusSeconds(5);
        AgentEventLog events = new AgentEventLog("demo-1");
        events.accept(new FleetEvent("e1", "demo-1", 1, armed.plusSeconds(60).toEpochMilli(), EventType.RELEASED, Optional.of("P-1"), "released"));
        Path archive = tmp.resolve("data/archive");
        List<String> notes = new ArrayList<>();
        SortieFiler filer = new SortieFiler(archive, (vehicle, from, to) -> vehicle.equals("demo-1") ? List.of("P-1") : List.of(), notes::add);
        SortieEntry ours = filer.file(SortieFlight.of("demo-1", armed, landed, List.of(tlog)).withPlan(Optional.of(plan))
                .withAgent(events.between(armed, landed)));
        SortieEntry earlier = filer.file(SortieFlight.of("other", armed.minusSeconds(86_400), armed.minusSeconds(86_000), List.of()));

        List<Path> written = SummaryBuilder.writeFleetSummary(archive, Set.of(ours.id()), tmp.resolve("out"));

        assertThat(new SortieArchive(archive, DeliverySource.none()).list()).extracting(SortieEntry::id)
                .containsExactlyInAnyOrder(ours.id(), earlier.id());
        assertThat(written).containsExactly(tmp.resolve("out/fleet-summary.html"), tmp.resolve("out/fleet-summary.csv"));
        List<String> csv = Files.readAllLines(tmp.resolve("out/fleet-summary.csv"));
        assertThat(csv).hasSize(2);
        assertThat(csv.get(1)).contains(",demo-1,1,").doesNotContain("other");
        assertThat(Files.readString(tmp.resolve("out/fleet-summary.html"))).contains("<h1>Fleet summary</h1>", "demo-1");
        assertThat(ours.dropErrorMetres()).isGreaterThan(0);
        assertThat(SummaryBuilder.describe(ours)).startsWith("archived as " + ours.id() + ": report " + ours.outcome())
                .containsPattern("drop \\d+\\.\\d m off").endsWith("deliveries P-1");
        assertThat(archive.resolve("sorties").resolve(ours.id()).resolve("report.html")).isNotEmptyFile();

        DemoSummary summary = new DemoSummary(List.of(), List.of(), 10, written, Optional.empty());
        assertThat(summary.lines(tmp)).contains("fleet summary: out/fleet-summary.html  out/fleet-summary.csv");
    }
}
