package org.lifeline.groundstation.logs.archive;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.lifeline.groundstation.logs.report.AgentEvents;
import org.lifeline.groundstation.logs.report.Check;
import org.lifeline.groundstation.logs.report.SortieInputs;
import org.lifeline.groundstation.logs.report.JsonReport;
import org.lifeline.groundstation.logs.report.SortieAnalysis;
import org.lifeline.groundstation.logs.report.SortieReport;
import org.lifeline.groundstation.logs.report.SortieReports;
import org.lifeline.groundstation.logs.report.Thresholds;
import org.lifeline.plan.FlightPlan;
import org.lifeline.plan.PlanFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A folder of sorties: {@code index.json} lists them; {@code sorties/<id>/} holds each one's logs,
 * plan, agent events and {@code report.json}. Importing a log either files it with the sortie of
 * the same vehicle whose time overlaps it (within {@link #MATCH_SLACK}) or starts a new sortie.
 * The index is rewritten atomically after each import, so a crash never leaves it half written.
 */
public final class SortieArchive {

    /** Logs of one sortie start and stop at slightly different times (radio up, SD card logging). */
    public static final Duration MATCH_SLACK = Duration.ofMinutes(2);
    /** Longer than any sortie: an index entry spanning more was filed from a garbage timestamp and matches nothing. */
    static final Duration LONGEST_SORTIE = Duration.ofDays(1);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path root;
    private final DeliverySource deliveries;

    public SortieArchive(Path root, DeliverySource deliveries) {
        this.root = root;
        this.deliveries = deliveries;
    }

    /** Every sortie, oldest first. An archive not created yet is empty. */
    public List<SortieEntry> list() throws IOException {
        Path index = root.resolve("index.json");
        if (!Files.exists(index)) {
            return List.of();
        }
        try {
            return JSON.readValue(index.toFile(), new TypeReference<List<SortieEntry>>() { });
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(index + ": not a sortie index (" + e.getOriginalMessage() + ")", e);
        }
    }

    /**
     * Files a log (and optionally the plan flown and the agent's events) into the archive.
     *
     * @param vehicle the vehicle's name, or null to name it from the log ({@code sys<N>})
     * @return the sortie it was filed with
     */
    public SortieEntry importLog(Path log, Path plan, Path agentEvents, String vehicle) throws IOException {
        return locked(() -> importUnlocked(log, plan, agentEvents, vehicle));
    }

    /** Work on the index that no other filer (thread or process) may interleave with. */
    interface IndexWork<T> {
        T run() throws IOException;
    }

    private static final Object JVM_LOCK = new Object();

    /** Runs {@code work} holding this JVM's lock and an OS lock on {@code .lock} in the archive folder. */
    <T> T locked(IndexWork<T> work) throws IOException {
        synchronized (JVM_LOCK) {
            Files.createDirectories(root);
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(root.resolve(".lock"),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                 java.nio.channels.FileLock ignored = ch.lock()) {
                return work.run();
            }
        }
    }

    Path root() {
        return root;
    }

    /** The sortie of {@code vehicle} whose time overlaps {@code start}..{@code end} (within {@link #MATCH_SLACK}). */
    static Optional<SortieEntry> match(List<SortieEntry> all, String vehicle, Instant start, Instant end) {
        return all.stream().filter(e -> e.vehicle().equals(vehicle) && overlaps(e, start, end)).findFirst();
    }

    /** Replaces (by id) or adds {@code entry} and rewrites the index atomically. */
    void put(List<SortieEntry> all, SortieEntry entry) throws IOException {
        List<SortieEntry> out = new ArrayList<>(all);
        out.removeIf(e -> e.id().equals(entry.id()));
        out.add(entry);
        out.sort(Comparator.comparing(SortieEntry::start));
        write(root.resolve("index.json"), JSON.writeValueAsString(out));
    }

    private SortieEntry importUnlocked(Path log, Path plan, Path agentEvents, String vehicle) throws IOException {
        Optional<FlightPlan> flightPlan = plan == null ? Optional.empty() : Optional.of(PlanFiles.read(plan));
        var record = SortieReports.readLog(log);
        SortieInputs in = SortieInputs.of(flightPlan, plan == null ? "" : plan.getFileName().toString());
        if (agentEvents != null) {
            in = in.withAgentEvents(AgentEvents.read(agentEvents));
        }
        SortieReport report = new SortieAnalysis(Thresholds.defaults()).analyse(record, in);
        String name = vehicle != null ? vehicle : record.vehicleSystem() >= 0 ? "sys" + record.vehicleSystem() : "unknown";
        Instant start = micros(record.startEpochMicros());
        Instant end = micros(record.endEpochMicros());

        List<SortieEntry> all = new ArrayList<>(list());
        SortieEntry match = all.stream().filter(e -> e.vehicle().equals(name) && overlaps(e, start, end)).findFirst().orElse(null);
        String id = match != null ? match.id() : newId(all, name, start);
        Path dir = root.resolve("sorties").resolve(id);
        Files.createDirectories(dir);
        List<String> files = new ArrayList<>(match != null ? match.files() : List.of());
        for (Path f : new Path[] {log, plan, agentEvents}) {
            if (f != null) {
                Files.copy(f, dir.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                if (!files.contains(f.getFileName().toString())) {
                    files.add(f.getFileName().toString());
                }
            }
        }
        write(dir.resolve("report.json"), JsonReport.render(report));
        if (!files.contains("report.json")) {
            files.add("report.json");
        }
        Instant from = match != null ? earlier(Instant.parse(match.start()), start) : start;
        Instant to = match != null ? later(Instant.parse(match.end()), end) : end;
        double cells = Math.max(1, Math.round(maxVoltage(record) / 4.2));
        SortieEntry entry = new SortieEntry(id, name, from.toString(), to.toString(), report.overall().toString(),
                record.distanceMetres(), known(record.consumedWh()), known(record.minVoltage() / cells),
                report.drop().map(SortieReport.Drop::errorMetres).orElse(-1.0),
                report.checks().stream().filter(c -> c.status() == Check.Status.FAIL).map(Check::name).toList(),
                deliveries.deliveries(name, from, to), files);
        all.removeIf(e -> e.id().equals(id));
        all.add(entry);
        all.sort(Comparator.comparing(SortieEntry::start));
        write(root.resolve("index.json"), JSON.writeValueAsString(all));
        return entry;
    }

    static double maxVoltage(org.lifeline.groundstation.logs.report.FlightRecord r) {
        double max = 0;
        for (int i = 0; i < r.battery().size(); i++) {
            max = Math.max(max, r.battery().value(0, i));
        }
        return max;
    }

    private static boolean overlaps(SortieEntry e, Instant start, Instant end) {
        Instant s = Instant.parse(e.start()).minus(MATCH_SLACK);
        Instant t = Instant.parse(e.end()).plus(MATCH_SLACK);
        if (Duration.between(s, t).compareTo(LONGEST_SORTIE) > 0) {
            return false; // a span no sortie has (filed from a garbage timestamp): it would swallow every later flight
        }
        return !end.isBefore(s) && !start.isAfter(t);
    }

    static String newId(List<SortieEntry> all, String vehicle, Instant start) {
        String base = start.toString().replace(":", "").replaceAll("\\.\\d+", "") + "-" + vehicle.replaceAll("[^A-Za-z0-9_-]", "_");
        String id = base;
        for (int n = 2; idTaken(all, id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static boolean idTaken(List<SortieEntry> all, String id) {
        return all.stream().anyMatch(e -> e.id().equals(id));
    }

    static void write(Path target, String text) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".index", ".tmp");
        Files.writeString(tmp, text);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static Instant micros(long us) {
        return Instant.ofEpochSecond(Math.floorDiv(us, 1_000_000L), Math.floorMod(us, 1_000_000L) * 1000L);
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    static double known(double v) {
        return Double.isFinite(v) ? v : -1;
    }
}
