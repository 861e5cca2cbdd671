package org.lifeline.groundstation.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.lifeline.groundstation.dispatch.desk.WaveOutcome;
import org.lifeline.groundstation.dispatch.flight.SortieLanding;
import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.groundstation.dispatch.state.Transition;
import org.lifeline.groundstation.dispatch.store.Delivery;
import org.lifeline.groundstation.logs.archive.DeliverySource;
import org.lifeline.groundstation.logs.archive.FleetSummary;
import org.lifeline.groundstation.logs.archive.SortieArchive;
import org.lifeline.groundstation.logs.archive.SortieEntry;

/**
 * Reads the summary from the store (states and history) and from the archive the sorties were
 * filed in (each sortie's own track, report and drop accuracy), and writes the fleet summary of
 * the demo's sorties as {@code lifeline log fleet} does.
 */
final class SummaryBuilder {

    /** The fleet summary's files, in the demo's output folder. */
    static final String FLEET_HTML = "fleet-summary.html";
    static final String FLEET_CSV = "fleet-summary.csv";

    private SummaryBuilder() {
    }

    static DemoSummary build(DemoContext ctx, Operation op, double lastConfirmation) {
        List<DemoSummary.DeliveryLine> deliveries = new ArrayList<>();
        for (Delivery d : ctx.store().list(EnumSet.allOf(DeliveryState.class), 1000)) {
            Optional<Duration> toConfirm = ctx.store().history(d.id()).stream().filter(t -> t.to() == DeliveryState.CONFIRMED)
                    .map(Transition::at).findFirst().map(at -> Duration.between(d.requestedAt(), at));
            String drone = op.sorties().stream().filter(s -> s.parcelIds().contains(d.id())).reduce((a, b) -> b)
                    .map(WaveOutcome.Recorded::droneId).orElse("-");
            deliveries.add(new DemoSummary.DeliveryLine(d.id(), d.request().priority().name().toLowerCase(Locale.ROOT),
                    d.request().recipient().label(), d.state().name(), drone, toConfirm));
        }
        List<DemoSummary.SortieLine> sorties = new ArrayList<>();
        List<String> filedIds = new ArrayList<>();
        for (WaveOutcome.Recorded s : op.sorties()) {
            Operation.FlightResult f = op.flights().get(s.sortieId());
            sorties.add(line(s, Optional.ofNullable(f)));
            if (f != null) {
                f.flown().ifPresent(flown -> flown.filed().forEach(x -> filedIds.add(x.entry().id())));
            }
        }
        List<Path> fleet = new ArrayList<>();
        Optional<String> fleetNote = Optional.empty();
        try {
            fleet = writeFleetSummary(DemoFlights.archiveRoot(ctx.paths()), Set.copyOf(filedIds), ctx.paths().out());
        } catch (IOException | RuntimeException e) {
            fleetNote = Optional.of("not written: " + e.getMessage());
        }
        return new DemoSummary(deliveries, sorties, lastConfirmation, fleet, fleetNote);
    }

    /**
     * One sortie's line: its km flown from its own filed track (a drone's second sortie has its
     * own), its plan, tlog and archived report, and what the archive made of it.
     */
    static DemoSummary.SortieLine line(WaveOutcome.Recorded s, Optional<Operation.FlightResult> result) {
        List<Path> logs = new ArrayList<>();
        logs.add(s.planFile());
        Optional<String> note = Optional.empty();
        double km = 0;
        if (result.isPresent() && result.get().failure().isPresent()) {
            note = Optional.of("did not fly: " + result.get().failure().get());
        } else if (result.isPresent() && result.get().flown().isPresent()) {
            SortieRunner.Flown flown = result.get().flown().get();
            flown.tlog().ifPresent(logs::add);
            List<String> said = new ArrayList<>();
            for (SortieLanding.Filed filed : flown.filed()) {
                km += filed.entry().distanceMetres() / 1000;
                filed.report().ifPresent(r -> {
                    logs.add(r);
                    logs.add(filed.folder().resolve("report.json"));
                });
                said.add(describe(filed.entry()));
            }
            note = Optional.of(said.isEmpty() ? "not filed in the archive (see the notes above)" : String.join("; ", said));
        }
        return new DemoSummary.SortieLine(s.sortieId(), s.droneId(), s.parcelIds(), s.metres() / 1000, km, logs, note);
    }

    /** "archived as ID: report PASS, drop 1.2 m off, deliveries P-…". */
    static String describe(SortieEntry e) {
        String drop = e.dropErrorMetres() >= 0 ? String.format(Locale.ROOT, ", drop %.1f m off", e.dropErrorMetres()) : ", no drop measured";
        String incidents = e.incidents().isEmpty() ? "" : " (failed: " + String.join(", ", e.incidents()) + ")";
        return "archived as " + e.id() + ": report " + e.outcome() + incidents + drop
                + (e.deliveries().isEmpty() ? "" : ", deliveries " + String.join(",", e.deliveries()));
    }

    /**
     * Writes {@code fleet-summary.html} and {@code .csv} into {@code out} for the archive's sorties
     * whose ids are in {@code ids} ({@code lifeline log fleet}'s rows); returns both files.
     */
    static List<Path> writeFleetSummary(Path archive, Set<String> ids, Path out) throws IOException {
        List<SortieEntry> ours = new SortieArchive(archive, DeliverySource.none()).list().stream()
                .filter(e -> ids.contains(e.id())).collect(Collectors.toList());
        List<FleetSummary.Row> rows = FleetSummary.rows(ours);
        Path html = out.resolve(FLEET_HTML);
        Path csv = out.resolve(FLEET_CSV);
        writeAtomically(csv, FleetSummary.csv(rows));
        writeAtomically(html, FleetSummary.html(rows));
        return List.of(html, csv);
    }

    private static void writeAtomically(Path target, String text) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
