package org.lifeline.groundstation.logs.archive;

import org.lifeline.command.TelemetryPlan;
import org.lifeline.groundstation.logs.report.AgentEvents;
import org.lifeline.groundstation.monitor.FlightMonitor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Files every sortie a {@link FlightMonitor} sees: listens to its moments, notes when the vehicle
 * armed and whether it took off, and when it lands (disarms after a take-off) keeps that flight to
 * be filed. Arming and disarming on the ground is not a sortie. Filing reads the tlogs, so it is a
 * separate call, {@link #fileLanded()}, made once the link's tlog is closed or flushed (the
 * monitor's listener runs on the link's reader thread and must return quickly).
 *
 * <pre>{@code
 * ArchiveOnLanding archive = new ArchiveOnLanding(filer, clock, "drone-1")
 *         .withPlan(() -> uploads.latest("sys1")).withTlogs(List.of(tlog), List.of(tlog.getParent()))
 *         .withEvents(AgentEventLog.following(bus, "drone-1"));
 * try (FlightMonitor m = new FlightMonitor(channel, 1, 1, archive)) { ... }   // or archive.andThen(...)
 * archive.fileLanded();
 * }</pre>
 */
public final class ArchiveOnLanding implements Consumer<FlightMonitor.Moment> {

    /** One flight seen from arming to landing. */
    public record Window(Instant armed, Instant landed) {
    }

    private final SortieFiler filer;
    private final Clock clock;
    private final String vehicle;
    private Supplier<Optional<Path>> plan = Optional::empty;
    private List<Path> tlogs = List.of();
    private List<Path> tlogFolders = List.of();
    private Optional<AgentEventLog> events = Optional.empty();
    private Optional<Path> vehicleProfile = Optional.empty();
    private Optional<Path> airspace = Optional.empty();

    private Instant armedAt;
    private boolean tookOff;
    private final List<Window> landed = new ArrayList<>();
    private int filed;

    public ArchiveOnLanding(SortieFiler filer, Clock clock, String vehicle) {
        this.filer = filer;
        this.clock = clock;
        this.vehicle = vehicle;
    }

    /** The plan flown, looked up when the sortie is filed (e.g. the last one uploaded). */
    public ArchiveOnLanding withPlan(Supplier<Optional<Path>> planFile) {
        this.plan = planFile;
        return this;
    }

    /** Tlogs to file, and folders whose tlogs covering the flight are filed too. */
    public ArchiveOnLanding withTlogs(List<Path> files, List<Path> folders) {
        this.tlogs = List.copyOf(files);
        this.tlogFolders = List.copyOf(folders);
        return this;
    }

    public ArchiveOnLanding withEvents(AgentEventLog log) {
        this.events = Optional.of(log);
        return this;
    }

    public ArchiveOnLanding withVehicleProfile(Optional<Path> file) {
        this.vehicleProfile = file;
        return this;
    }

    public ArchiveOnLanding withAirspace(Optional<Path> file) {
        this.airspace = file;
        return this;
    }

    /**
     * What to ask the vehicle for while following a flight to file it: the monitor's telemetry at
     * {@code positionRate} Hz, plus BATTERY_STATUS every 5 s (its energy counter, the autopilot's
     * own in the vehicle's time, is what the report compares with the prediction).
     */
    public static TelemetryPlan telemetry(double positionRate) {
        java.util.Map<Integer, Double> rates = new java.util.LinkedHashMap<>(TelemetryPlan.monitor(positionRate).rates());
        rates.put(TelemetryPlan.BATTERY_STATUS, 0.2);
        return new TelemetryPlan(rates);
    }

    @Override
    public synchronized void accept(FlightMonitor.Moment m) {
        Instant now = clock.instant();
        switch (m.kind()) {
            case ARMED -> {
                armedAt = now;
                tookOff = false;
            }
            case TOOK_OFF -> {
                if (armedAt == null) {
                    armedAt = now;
                }
                tookOff = true;
            }
            case LANDED -> {
                if (tookOff && armedAt != null) {
                    landed.add(new Window(armedAt, now));
                }
                armedAt = null;
                tookOff = false;
            }
            default -> {
                // reached items and autopilot text do not change the sortie
            }
        }
    }

    /** Flights landed so far (filed or not). */
    public synchronized List<Window> landed() {
        return List.copyOf(landed);
    }

    /** Files each flight landed since the last call; returns their entries. */
    public List<SortieEntry> fileLanded() throws IOException {
        List<Window> todo;
        synchronized (this) {
            todo = List.copyOf(landed.subList(filed, landed.size()));
            filed = landed.size();
        }
        List<SortieEntry> out = new ArrayList<>();
        for (Window w : todo) {
            out.add(filer.file(flight(w)));
        }
        return out;
    }

    /**
     * What would be filed for {@code w}: the tlogs covering it, the plan, the agent's events. A
     * watch that joins a flight already armed sees it arm when it connects; a folder tlog that
     * ended at most {@link SortieArchive#MATCH_SLACK} before with the vehicle armed recorded the
     * real take-off, so it is filed too and the flight starts when that tlog saw it arm.
     */
    public SortieFlight flight(Window w) throws IOException {
        Set<Path> files = new LinkedHashSet<>();
        for (Path t : tlogs) {
            if (java.nio.file.Files.isRegularFile(t)) {
                files.add(t.toAbsolutePath().normalize());
            }
        }
        Instant armed = w.armed();
        for (Path folder : tlogFolders) {
            for (TlogSpan s : TlogSpan.inFolder(folder, w.armed().minus(SortieArchive.MATCH_SLACK))) {
                boolean before = s.last().isBefore(w.armed()) && !s.last().isBefore(w.armed().minus(SortieArchive.MATCH_SLACK))
                        && s.armedSince().isPresent();
                if (before) {
                    armed = s.armedSince().get().isBefore(armed) ? s.armedSince().get() : armed;
                }
                if (before || s.overlaps(w.armed(), w.landed())) {
                    files.add(s.file().toAbsolutePath().normalize());
                }
            }
        }
        Instant from = armed;
        AgentEvents said = events.map(e -> e.between(from, w.landed())).orElse(AgentEvents.none());
        return SortieFlight.of(vehicle, armed, w.landed(), new ArrayList<>(files)).withPlan(plan.get()).withAgent(said)
                .withVehicleProfile(vehicleProfile).withAirspace(airspace);
    }
}
