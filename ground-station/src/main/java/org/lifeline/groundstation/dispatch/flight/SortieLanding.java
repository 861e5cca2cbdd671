package org.lifeline.groundstation.dispatch.flight;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.lifeline.command.TelemetryRequests;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.dispatch.store.SortieRecord;
import org.lifeline.groundstation.logs.archive.AgentEventLog;
import org.lifeline.groundstation.logs.archive.ArchiveOnLanding;
import org.lifeline.groundstation.logs.archive.SortieEntry;
import org.lifeline.groundstation.logs.archive.SortieFiler;
import org.lifeline.groundstation.logs.archive.StoreDeliverySource;
import org.lifeline.groundstation.monitor.FlightMonitor;
import org.lifeline.groundstation.session.SessionException;
import org.lifeline.groundstation.session.SessionOpener;
import org.lifeline.groundstation.session.VehicleSession;

/**
 * Follows a started sortie on its drone's link until it lands, as {@code lifeline vehicle watch}
 * does ({@link FlightMonitor}, {@link ArchiveOnLanding}), then files it in the archive with
 * {@link SortieFiler}: the sortie's {@code .plan}, the flight's tlogs (this link's and those of
 * the order's tlog folder covering the flight, such as the start's), the drone's agent events and
 * the sortie's deliveries from the store.
 *
 * <pre>{@code
 * AgentEventLog events = AgentEventLog.following(bus, "sim-1");        // before bus.start()
 * ... flight.upload(order, notes); flight.start(order, notes);
 * SortieLanding.Followed f = new SortieLanding(store, new LinkSessionOpener(), data.resolve("archive"), clock)
 *         .withAirspace(Optional.of(airspaceFile))
 *         .follow(order, Optional.of(events), Duration.ofMinutes(60), notes);
 * f.filed().forEach(s -> log.info("filed " + s.folder() + ", report " + s.report()));
 * }</pre>
 *
 * Blocks until the landing (or {@code limit}); run it off a request thread.
 */
public final class SortieLanding {

    /** How long, after the landing, the agent's own LANDED event is waited for. */
    public static final Duration AGENT_LANDING_WAIT = Duration.ofSeconds(3);
    /** Position messages per second asked for while following. */
    private static final double POSITION_RATE = 2;

    /** One sortie filed: its index entry, its folder and its HTML report (absent when no tlog covered it). */
    public record Filed(SortieEntry entry, Path folder, Optional<Path> report) {
    }

    /** Whether the vehicle landed within the limit, and what was filed. */
    public record Followed(boolean landed, List<Filed> filed) {
        public Followed {
            filed = List.copyOf(filed);
        }
    }

    private final DeliveryStore store;
    private final SessionOpener vehicles;
    private final Path archiveRoot;
    private final Clock clock;
    private final Optional<Path> airspace;
    private final Optional<Path> vehicleProfile;

    /**
     * @param store       the dispatch store holding the sortie (its plan and deliveries come from it)
     * @param vehicles    opens the MAVLink session ({@code LinkSessionOpener} in production)
     * @param archiveRoot the archive folder ({@code DATA/archive})
     * @param clock       the time the flight's moments are noted at
     */
    public SortieLanding(DeliveryStore store, SessionOpener vehicles, Path archiveRoot, Clock clock) {
        this(store, vehicles, archiveRoot, clock, Optional.empty(), Optional.empty());
    }

    private SortieLanding(DeliveryStore store, SessionOpener vehicles, Path archiveRoot, Clock clock, Optional<Path> airspace,
                          Optional<Path> vehicleProfile) {
        this.store = Objects.requireNonNull(store, "store");
        this.vehicles = Objects.requireNonNull(vehicles, "vehicles");
        this.archiveRoot = Objects.requireNonNull(archiveRoot, "archiveRoot");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.airspace = airspace;
        this.vehicleProfile = vehicleProfile;
    }

    /** The airspace GeoJSON drawn on the report's map. */
    public SortieLanding withAirspace(Optional<Path> file) {
        return new SortieLanding(store, vehicles, archiveRoot, clock, file, vehicleProfile);
    }

    /** The vehicle JSON the plan was made for (the report's energy prediction). */
    public SortieLanding withVehicleProfile(Optional<Path> file) {
        return new SortieLanding(store, vehicles, archiveRoot, clock, airspace, file);
    }

    /**
     * Follows {@code order}'s drone over its link (recorded as {@code <sortie>-follow-<UTC>.tlog}
     * in the order's tlog folder) until it lands after a take-off or {@code limit} passes, then
     * files what landed.
     *
     * @param events the drone's events from the fleet bus, subscribed before the start
     * @param notes  the flight's moments ("took off", "reached mission item 3", ...) and filing notes
     * @throws SessionException when the link or the vehicle is not there
     * @throws IOException      when the archive cannot be written
     */
    public Followed follow(FlightOrder order, Optional<AgentEventLog> events, Duration limit, Consumer<String> notes)
            throws SessionException, IOException, InterruptedException {
        Optional<SortieRecord> sortie = store.sortie(order.sortieId());
        Optional<Path> plan = sortie.flatMap(s -> SortiePlanFile.of(store, s));
        if (sortie.isEmpty()) {
            notes.accept("no sortie " + order.sortieId() + " in the dispatch store: filed without its plan and deliveries");
        }
        String drone = order.drone().droneId();
        SortieFiler filer = new SortieFiler(archiveRoot, new StoreDeliverySource(store, notes), notes);
        ArchiveOnLanding archive;
        boolean landed;
        try (VehicleSession s = vehicles.open(order.link().options(order.sortieId(), "follow", clock.instant()), notes)) {
            List<Path> tlogs = s.tlog().map(List::of).orElse(List.of());
            List<Path> folders = new ArrayList<>();
            order.link().tlogDir().ifPresent(d -> folders.add(d.toAbsolutePath()));
            archive = new ArchiveOnLanding(filer, clock, drone).withPlan(() -> plan).withTlogs(tlogs, folders)
                    .withAirspace(airspace).withVehicleProfile(vehicleProfile);
            events.ifPresent(archive::withEvents);
            CountDownLatch down = new CountDownLatch(1);
            ArchiveOnLanding moments = archive;
            try (FlightMonitor monitor = new FlightMonitor(s.channel(), s.targetSystem(), s.targetComponent(), m -> {
                moments.accept(m);
                notes.accept(m.text());
                if (m.kind() == FlightMonitor.Moment.Kind.LANDED && !moments.landed().isEmpty()) {
                    down.countDown();
                }
            }); TelemetryRequests asked = s.requestTelemetry(ArchiveOnLanding.telemetry(POSITION_RATE))) {
                landed = down.await(limit.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
        if (!landed) {
            notes.accept("no landing of " + drone + " within " + limit.toSeconds() + " s: nothing filed");
            return new Followed(false, List.of());
        }
        List<ArchiveOnLanding.Window> windows = archive.landed();
        events.ifPresent(e -> e.awaitLanding(windows.get(windows.size() - 1).landed(), AGENT_LANDING_WAIT));
        List<Filed> filed = new ArrayList<>();
        for (SortieEntry e : archive.fileLanded()) {
            Path folder = archiveRoot.resolve("sorties").resolve(e.id());
            Optional<Path> report = e.files().contains("report.html") ? Optional.of(folder.resolve("report.html")) : Optional.empty();
            filed.add(new Filed(e, folder, report));
        }
        return new Followed(true, filed);
    }
}
