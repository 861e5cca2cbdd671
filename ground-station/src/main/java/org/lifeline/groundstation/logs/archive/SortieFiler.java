package org.lifeline.groundstation.logs.archive;

import org.lifeline.groundstation.airspace.AirspaceException;
import org.lifeline.groundstation.airspace.AirspaceReader;
import org.lifeline.groundstation.logs.report.AgentEvents;
import org.lifeline.groundstation.logs.report.AirspaceLayer;
import org.lifeline.groundstation.logs.report.Check;
import org.lifeline.groundstation.logs.report.FlightRecord;
import org.lifeline.groundstation.logs.report.HtmlReport;
import org.lifeline.groundstation.logs.report.JsonReport;
import org.lifeline.groundstation.logs.report.SortieAnalysis;
import org.lifeline.groundstation.logs.report.SortieInputs;
import org.lifeline.groundstation.logs.report.SortieReport;
import org.lifeline.groundstation.logs.report.SortieReports;
import org.lifeline.groundstation.logs.report.Thresholds;
import org.lifeline.groundstation.planning.vehicle.VehicleFileException;
import org.lifeline.groundstation.planning.vehicle.VehicleFileReader;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;
import org.lifeline.plan.FlightPlan;
import org.lifeline.plan.PlanFileException;
import org.lifeline.plan.PlanFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Files a flown sortie in the archive: its tlogs, plan, the agent's events (as JSON lines), the
 * vehicle profile and airspace when known, the deliveries it carried, and its report (JSON and
 * HTML). The public entry point for code that flies sorties: call {@link #file} once the flight
 * has landed and its tlogs are closed or flushed.
 *
 * <p>Idempotent: a flight of the same vehicle overlapping a sortie already filed (within
 * {@link SortieArchive#MATCH_SLACK}) is filed into that sortie again — same id, files replaced —
 * so filing twice, or a log imported later, never makes a second sortie. A flight with a plan is
 * never filed into a sortie filed with another plan (a drone back from one sortie and off on the
 * next within the slack flies two sorties). An input that cannot be
 * read (a damaged plan, vehicle or airspace file, an unreadable tlog) is left out with a note;
 * the rest is still filed.
 */
public final class SortieFiler {

    /** The agent events file in a sortie folder. */
    public static final String AGENT_EVENTS = "agent-events.jsonl";

    private final SortieArchive archive;
    private final DeliverySource deliveries;
    private final Consumer<String> notes;

    /**
     * @param archiveRoot the archive folder (created on first filing)
     * @param deliveries  where the deliveries carried come from ({@link DeliverySource#none()} without a store)
     * @param notes       told about inputs left out, and why
     */
    public SortieFiler(Path archiveRoot, DeliverySource deliveries, Consumer<String> notes) {
        this.archive = new SortieArchive(archiveRoot, deliveries);
        this.deliveries = deliveries;
        this.notes = notes;
    }

    public SortieArchive archive() {
        return archive;
    }

    /** Files {@code flight}; returns its entry in the index. */
    public SortieEntry file(SortieFlight flight) throws IOException {
        return archive.locked(() -> fileUnlocked(flight));
    }

    private SortieEntry fileUnlocked(SortieFlight flight) throws IOException {
        Optional<FlightPlan> plan = flight.plan().flatMap(p -> read("plan", p, () -> PlanFiles.read(p)));
        Optional<VehicleProfile> vehicle = flight.vehicleProfile().flatMap(p -> read("vehicle profile", p, () -> VehicleFileReader.read(p)));
        Optional<AirspaceLayer> airspace = flight.airspace().flatMap(p -> read("airspace", p,
                () -> AirspaceLayer.of(AirspaceReader.read(p), AirspaceLayer.DEFAULT_MARGIN_METRES)));
        List<Path> tlogs = new ArrayList<>(new LinkedHashSet<>(flight.tlogs()));
        List<TlogSpan> spans = new ArrayList<>();
        for (Path t : tlogs) {
            Optional<TlogSpan> span = TlogSpan.of(t);
            span.ifPresentOrElse(spans::add, () -> notes.accept(t + ": no readable MAVLink records; filed, not reported"));
        }
        List<SortieEntry> all = archive.list();
        List<SortieEntry> candidates = all.stream().filter(e -> !otherPlan(e, flight)).toList();
        Optional<SortieEntry> match = SortieArchive.match(candidates, flight.vehicle(), flight.armed(), flight.landed());
        String id = match.map(SortieEntry::id).orElseGet(() -> SortieArchive.newId(all, flight.vehicle(), flight.armed()));
        Path dir = archive.root().resolve("sorties").resolve(id);
        Files.createDirectories(dir);
        Set<String> files = new LinkedHashSet<>(match.map(SortieEntry::files).orElse(List.of()));
        for (Path t : tlogs) {
            files.add(copy(t, dir));
        }
        flight.plan().filter(p -> plan.isPresent()).ifPresent(p -> files.add(copyQuietly(p, dir)));
        flight.vehicleProfile().filter(p -> vehicle.isPresent()).ifPresent(p -> files.add(copyQuietly(p, dir)));
        flight.airspace().filter(p -> airspace.isPresent()).ifPresent(p -> files.add(copyQuietly(p, dir)));
        if (!flight.agent().isEmpty()) {
            SortieArchive.write(dir.resolve(AGENT_EVENTS), AgentEvents.jsonLines(flight.agent().events(), flight.agent().statuses()));
            files.add(AGENT_EVENTS);
        }
        files.remove(null);

        String outcome = "UNREPORTED";
        double distance = 0;
        double wh = -1;
        double cell = -1;
        double drop = -1;
        List<String> incidents = List.of();
        Optional<Path> reported = spans.isEmpty() ? Optional.empty() : Optional.of(TlogMerge.reportSource(spans, flight.armed(), flight.landed()));
        if (reported.isPresent()) {
            FlightRecord record;
            try {
                record = SortieReports.readLog(reported.get());
            } finally {
                TlogMerge.deleteIfMerged(reported.get(), tlogs);
            }
            SortieInputs in = SortieInputs.of(plan, flight.plan().map(p -> p.getFileName().toString()).orElse(""))
                    .withAgentEvents(flight.agent()).withVehicle(vehicle).withAirspace(airspace);
            SortieReport report = new SortieAnalysis(Thresholds.defaults()).analyse(record, in);
            SortieArchive.write(dir.resolve("report.json"), JsonReport.render(report));
            SortieArchive.write(dir.resolve("report.html"), HtmlReport.render(report));
            files.add("report.json");
            files.add("report.html");
            outcome = report.overall().toString();
            distance = record.distanceMetres();
            wh = SortieArchive.known(record.consumedWh());
            double cells = Math.max(1, Math.round(SortieArchive.maxVoltage(record) / 4.2));
            cell = SortieArchive.known(record.minVoltage() / cells);
            drop = report.drop().map(SortieReport.Drop::errorMetres).orElse(-1.0);
            incidents = report.checks().stream().filter(c -> c.status() == Check.Status.FAIL).map(Check::name).toList();
        } else {
            notes.accept("sortie " + id + ": no tlog covers the flight; filed without a report");
        }
        Instant from = match.map(e -> earlier(Instant.parse(e.start()), flight.armed())).orElse(flight.armed());
        Instant to = match.map(e -> later(Instant.parse(e.end()), flight.landed())).orElse(flight.landed());
        List<String> carried = new ArrayList<>(match.map(SortieEntry::deliveries).orElse(List.of()));
        for (String d : deliveries.deliveries(flight.vehicle(), flight.armed(), flight.landed())) {
            if (!carried.contains(d)) {
                carried.add(d);
            }
        }
        SortieEntry entry = new SortieEntry(id, flight.vehicle(), from.toString(), to.toString(), outcome, distance, wh, cell, drop,
                incidents, carried, new ArrayList<>(files));
        archive.put(all, entry);
        return entry;
    }

    /** Whether {@code e} was filed with a plan other than the one {@code flight} flew. */
    private static boolean otherPlan(SortieEntry e, SortieFlight flight) {
        if (flight.plan().isEmpty()) {
            return false;
        }
        String name = flight.plan().get().getFileName().toString();
        List<String> plans = e.files().stream().filter(SortieFiler::isPlanFile).toList();
        return !plans.isEmpty() && !plans.contains(name);
    }

    private static boolean isPlanFile(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".plan") || n.endsWith(".waypoints");
    }

    private interface Reading<T> {
        T read() throws IOException, PlanFileException, VehicleFileException, AirspaceException;
    }

    private <T> Optional<T> read(String what, Path file, Reading<T> reading) {
        try {
            return Optional.of(reading.read());
        } catch (IOException | PlanFileException | VehicleFileException | AirspaceException | IllegalArgumentException e) {
            notes.accept(what + " " + file + " left out: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static String copy(Path file, Path dir) throws IOException {
        Path target = dir.resolve(file.getFileName());
        if (!Files.exists(target) || !Files.isSameFile(file, target)) {
            Path tmp = Files.createTempFile(dir, ".copy", ".tmp");
            Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return target.getFileName().toString();
    }

    private String copyQuietly(Path file, Path dir) {
        try {
            return copy(file, dir);
        } catch (IOException e) {
            notes.accept(file + " not filed: " + e.getMessage());
            return null;
        }
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
