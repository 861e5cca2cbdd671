package org.lifeline.groundstation.cli;

import org.lifeline.fleet.mqtt.FleetBusException;
import org.lifeline.fleet.mqtt.MqttSettings;
import org.lifeline.groundstation.fleet.FleetBus;
import org.lifeline.groundstation.logs.archive.AgentEventLog;
import org.lifeline.groundstation.logs.archive.ArchiveOnLanding;
import org.lifeline.groundstation.logs.archive.SortieEntry;
import org.lifeline.groundstation.logs.archive.SortieFiler;
import org.lifeline.groundstation.logs.archive.StoreDeliverySource;
import org.lifeline.groundstation.logs.archive.UploadedPlans;
import org.lifeline.groundstation.monitor.FlightMonitor;
import org.lifeline.groundstation.session.VehicleSession;
import org.lifeline.time.SystemScheduler;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * How {@code vehicle watch} files the sortie it follows: into the data folder's archive, with the
 * plan (given, or the last one {@code mission upload} recorded for the vehicle), the link's tlogs,
 * the agent's events from the fleet bus (with {@code --broker}) and the deliveries from the
 * dispatch store (when the data folder has one).
 */
final class ArchiveOptions {

    /** How long a watch with a broker waits, after the landing, for the agent's own LANDED event. */
    static final java.time.Duration AGENT_LANDING_WAIT = java.time.Duration.ofSeconds(3);

    @Option(names = "--data", defaultValue = "lifeline-data", paramLabel = "DIR",
            description = "The ground station's data folder: the sortie is filed in DIR/archive (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--db", paramLabel = "URL",
            description = "The dispatch store's PostgreSQL database (jdbc:postgresql://...), for the sortie's deliveries "
                    + "(default: the data folder's SQLite store).")
    String db;

    @Option(names = "--no-archive", description = "Do not file the sortie when it lands.")
    boolean noArchive;

    @Option(names = "--drone", paramLabel = "ID", description = "The vehicle's name in the fleet (default: sys<N>).")
    String drone;

    @Option(names = "--broker", paramLabel = "URI", description = "The fleet bus (tcp://HOST:PORT): file the agent's events with the sortie.")
    String broker;

    @Option(names = "--plan", paramLabel = "FILE", description = "The plan flown (default: the last one uploaded to this vehicle).")
    Path plan;

    @Option(names = "--vehicle", paramLabel = "FILE", description = "The vehicle JSON the plan was made for (energy prediction in the report).")
    Path vehicleFile;

    @Option(names = "--airspace", paramLabel = "FILE", description = "The airspace GeoJSON (drawn on the report's map).")
    Path airspace;

    /** Checked before connecting. */
    void validate() {
        for (Path p : new Path[] {plan, vehicleFile, airspace}) {
            if (p != null && !Files.isRegularFile(p)) {
                throw new IllegalArgumentException(p + ": no such file");
            }
        }
        if (broker != null) {
            MqttSettings.plain(broker, "check", true);
        }
        if (db != null && !db.isBlank() && !db.trim().startsWith("jdbc:")) {
            throw new IllegalArgumentException("--db: expected a JDBC URL such as jdbc:postgresql://HOST:5432/lifeline, got " + db);
        }
    }

    /** The archiving of one watch: a moment listener now, filing when {@link #finish} runs. */
    final class Following implements AutoCloseable {
        private final ArchiveOnLanding landing;
        private final FleetBus bus;
        private final SystemScheduler busClock;
        private final List<String> notes = new ArrayList<>();
        private AgentEventLog events;

        Following(VehicleSession session, Clock clock, PrintWriter err) throws FleetBusException {
            String sys = "sys" + session.targetSystem();
            String name = drone != null ? drone : sys;
            SortieFiler filer = new SortieFiler(data.resolve("archive"), db != null && !db.isBlank()
                    ? StoreDeliverySource.inDatabase(db.trim(), new java.util.Properties(), clock, notes::add)
                    : StoreDeliverySource.inDataFolder(data, clock, notes::add), notes::add);
            UploadedPlans uploads = new UploadedPlans(data);
            List<Path> tlogs = session.tlog().map(List::of).orElse(List.of());
            List<Path> folders = session.tlog().map(t -> t.toAbsolutePath().getParent()).map(List::of).orElse(List.of());
            landing = new ArchiveOnLanding(filer, clock, name)
                    .withPlan(() -> plan != null ? Optional.of(plan) : uploads.latest(name).or(() -> uploads.latest(sys)))
                    .withTlogs(tlogs, folders).withVehicleProfile(Optional.ofNullable(vehicleFile)).withAirspace(Optional.ofNullable(airspace));
            if (broker != null) {
                busClock = new SystemScheduler("watch-fleet-bus");
                bus = new FleetBus(MqttSettings.plain(broker, "lifeline-watch-" + UUID.randomUUID().toString().substring(0, 8), true), busClock, 5_000);
                events = AgentEventLog.following(bus, name);
                landing.withEvents(events);
                try {
                    bus.start();
                } catch (FleetBusException e) {
                    err.println("warning: fleet bus " + broker + ": " + e.getMessage() + "; the sortie is filed without the agent's events");
                    err.flush();
                }
            } else {
                busClock = null;
                bus = null;
            }
        }

        Consumer<FlightMonitor.Moment> listener() {
            return landing;
        }

        /** Files what landed; reports each sortie on {@code out}, problems on {@code err}. */
        void finish(PrintWriter out, PrintWriter err) {
            if (landing.landed().isEmpty()) {
                return;
            }
            if (events != null && bus.isConnected()) {
                // the agent reports its landing a moment after the autopilot's heartbeat says so
                events.awaitLanding(landing.landed().get(landing.landed().size() - 1).landed(), AGENT_LANDING_WAIT);
            }
            try {
                for (SortieEntry e : landing.fileLanded()) {
                    out.println("filed sortie " + e.id() + " in " + data.resolve("archive") + " (" + e.outcome() + "; "
                            + e.files().size() + " files; deliveries: " + (e.deliveries().isEmpty() ? "none" : String.join(", ", e.deliveries())) + ")");
                }
            } catch (IOException | RuntimeException e) {
                err.println("warning: the sortie was not filed: " + SessionCommand.describe(e));
            }
            notes.forEach(n -> err.println("note: " + n));
            out.flush();
            err.flush();
        }

        @Override
        public void close() {
            if (bus != null) {
                bus.close();
                busClock.close();
            }
        }
    }
}
