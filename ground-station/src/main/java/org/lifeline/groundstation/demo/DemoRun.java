package org.lifeline.groundstation.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.lifeline.groundstation.session.LinkSessionOpener;
import org.lifeline.groundstation.session.SharedLinks;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import org.lifeline.fleet.mqtt.FleetBusException;
import org.lifeline.fleet.mqtt.MqttSettings;
import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.airspace.LaunchSite;
import org.lifeline.groundstation.broker.EmbeddedBroker;
import org.lifeline.groundstation.dispatch.assign.RegisteredDrone;
import org.lifeline.groundstation.dispatch.fleet.FleetDispatch;
import org.lifeline.groundstation.dispatch.request.ImportResult;
import org.lifeline.groundstation.dispatch.request.PayloadLimit;
import org.lifeline.groundstation.dispatch.request.RequestIntake;
import org.lifeline.groundstation.dispatch.request.RequestRules;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.fleet.FleetBus;
import org.lifeline.groundstation.logs.archive.AgentEventLog;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;
import org.lifeline.plan.GeoPoint;
import org.lifeline.time.SystemScheduler;

/**
 * The demo from start to summary. Each step prints one line; any failure stops it with a
 * sentence naming what failed and where its log is, and every process started is ended (by
 * {@link ChildProcesses}) whatever happens.
 */
public final class DemoRun {

    /** The three drones: fleet id and the sample airspace's launch site each stands on. */
    static final List<String[]> DRONES = List.of(
            new String[] {"demo-1", "launch-fire"},
            new String[] {"demo-2", "launch-west"},
            new String[] {"demo-3", "launch-fire"});

    /** The ground altitude (AMSL) given to the simulators where the airspace gives none. */
    static final double GROUND_AMSL = 50;

    private final DemoPaths paths;
    private final DemoSettings settings;
    private final Clock clock;
    private final Progress progress;
    private final java.util.function.Function<DemoContext, SortieRunner> flight;

    /** The demo, each sortie sent to its drone by {@link DemoFlights}. */
    public DemoRun(DemoPaths paths, DemoSettings settings, Clock clock, Progress progress) {
        this(paths, settings, clock, progress, DemoFlights::new);
    }

    DemoRun(DemoPaths paths, DemoSettings settings, Clock clock, Progress progress,
            java.util.function.Function<DemoContext, SortieRunner> flight) {
        this.flight = flight;
        this.paths = paths;
        this.settings = settings;
        this.clock = clock;
        this.progress = progress;
    }

    /**
     * Runs the demo.
     *
     * @return the summary ({@link DemoSummary#allConfirmed()} says whether every parcel was confirmed)
     * @throws DemoFailure with the reason when a step failed ({@link Stopped} for Ctrl-C)
     */
    public DemoSummary run(Airspace airspace, VehicleProfile vehicle) throws DemoFailure, InterruptedException {
        try {
            DemoOutput.prepare(paths.out(), paths.out().equals(paths.home().resolve("demo-out")));
        } catch (IOException e) {
            throw new DemoFailure("demo-out: " + e.getMessage());
        }
        progress.say("output in " + paths.out());
        // closed in reverse: the processes end before the broker they talk to
        try (BrokerHandle broker = BrokerHandle.open(settings.broker());
             ChildProcesses children = new ChildProcesses(progress::say);
             SystemScheduler scheduler = new SystemScheduler("demo-fleet-clock")) {
            progress.say(broker.describe());
            try (DeliveryStore store = DeliveryStore.openSqlite(paths.out().resolve("data"), clock)) {
                importRequests(store, airspace, vehicle);
                FleetDispatch dispatch = new FleetDispatch(store, fleetLog());
                try (FleetBus bus = new FleetBus(MqttSettings.plain(broker.uri(), "lifeline-demo-" + ProcessHandle.current().pid(), true),
                        scheduler, 5_000);
                     SimulatedRecipient recipient = new SimulatedRecipient(settings.recipientDelay(), clock)) {
                    bus.onEvent(dispatch);
                    Map<String, AgentEventLog> events = new LinkedHashMap<>();
                    DRONES.forEach(d -> events.put(d[0], AgentEventLog.following(bus, d[0])));
                    bus.start();
                    Path key = writeCommandKey();
                    List<DemoDrone> drones = drones(airspace);
                    List<RegisteredDrone> registry = drones.stream()
                            .map(d -> new RegisteredDrone(d.id(), vehicle, d.launchSiteId(), java.util.Optional.of(d.link()))).toList();
                    try (SharedLinks links = new SharedLinks(new LinkSessionOpener());
                         DemoWeb web = DemoWeb.start(paths.out().resolve("data"), store, bus, airspace, registry, key, links,
                                 settings.port(), clock)) {
                        progress.say("dashboard: " + web.dashboardUrl() + "  (log in as '" + DemoWeb.OPERATOR + "', password "
                                + web.password() + ")");
                        startDrones(children, drones, broker.uri(), key);
                        DemoContext ctx = new DemoContext(paths, settings, clock, progress, store, bus, web, recipient, children,
                                registry, drones, key, airspace, events, links);
                        Operation op = new Operation(ctx, flight.apply(ctx));
                        op.awaitFleetOnline(Duration.ofSeconds(90));
                        double last = op.run(settings.limit());
                        DemoSummary summary = SummaryBuilder.build(ctx, op, last);
                        summary.lines(paths.home()).forEach(progress::plain);
                        if (settings.keepServing()) {
                            progress.say("still serving the dashboard at " + web.dashboardUrl() + "; Ctrl-C stops everything");
                            new CountDownLatch(1).await(); // until Ctrl-C ends the JVM; the hooks stop the processes
                        }
                        return summary;
                    }
                } catch (FleetBusException e) {
                    throw new DemoFailure("fleet bus " + broker.uri() + ": " + e.getMessage());
                } catch (org.lifeline.groundstation.operator.OperatorFileException | IOException e) {
                    throw new DemoFailure("web side: " + e.getMessage());
                }
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new DemoFailure(e.getMessage());
        }
    }

    /** FleetDispatch's notes (each event and what it moved) go to {@code fleet.log}; the state changes are printed. */
    private java.util.function.Consumer<String> fleetLog() {
        Path log = paths.out().resolve("fleet.log");
        return note -> {
            try {
                Files.writeString(log, clock.instant() + "  " + note + "\n", StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                progress.say("fleet: " + note + " (not logged: " + e.getMessage() + ")");
            }
        };
    }

    private Path writeCommandKey() throws DemoFailure {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        Path file = paths.out().resolve("command.key");
        try {
            Files.writeString(file, HexFormat.of().formatHex(k) + "\n", StandardCharsets.US_ASCII);
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
        } catch (IOException e) {
            throw new DemoFailure("cannot write " + file + ": " + e.getMessage());
        }
        return file;
    }

    private List<DemoDrone> drones(Airspace airspace) throws DemoFailure {
        Map<String, LaunchSite> sites = new LinkedHashMap<>();
        airspace.launchSites().forEach(s -> sites.put(s.id(), s));
        List<DemoDrone> drones = new ArrayList<>();
        for (String[] d : DRONES) {
            LaunchSite site = sites.get(d[1]);
            if (site == null) {
                throw new DemoFailure(paths.airspace() + ": no launch site " + d[1] + " (the demo's drones stand on "
                        + String.join(", ", DRONES.stream().map(x -> x[1]).distinct().toList()) + ")");
            }
            GeoPoint p = site.position();
            GeoPoint home = new GeoPoint(p.latitude(), p.longitude(), p.altitude() > 0 ? p.altitude() : GROUND_AMSL);
            drones.add(new DemoDrone(d[0], d[1], home, ChildProcesses.freePort(), ChildProcesses.freePort()));
        }
        return drones;
    }

    private void startDrones(ChildProcesses children, List<DemoDrone> drones, String brokerUri, Path key) throws DemoFailure {
        DroneLauncher launcher = new DroneLauncher(children, paths, settings.speedup());
        int seed = 1;
        for (DemoDrone d : drones) {
            launcher.startSimulator(d, seed++);
            progress.say(d.id() + ": simulated flight controller on " + d.link() + " at " + d.launchSiteId()
                    + " (speed-up " + settings.speedup() + "), log " + paths.shown(paths.out().resolve("drones").resolve(d.id()).resolve("simulator.log")));
        }
        for (DemoDrone d : drones) {
            try {
                launcher.startAgent(d, brokerUri, key);
            } catch (IOException e) {
                throw new DemoFailure(d.id() + ": cannot write the agent's configuration: " + e.getMessage());
            }
            progress.say(d.id() + ": onboard agent on companion port " + d.companionPort() + ", log "
                    + paths.shown(paths.out().resolve("drones").resolve(d.id()).resolve("agent.log")));
        }
    }

    private void importRequests(DeliveryStore store, Airspace airspace, VehicleProfile vehicle) throws DemoFailure {
        String text;
        try {
            text = Files.readString(paths.requests());
        } catch (IOException e) {
            throw new DemoFailure(paths.requests() + ": cannot read: " + e.getMessage());
        }
        RequestIntake intake = new RequestIntake(new RequestRules(airspace, PayloadLimit.of(List.of(vehicle)), clock), store,
                DeliveryStore.DEFAULT_DUPLICATE_WINDOW);
        ImportResult r = intake.importCsv(paths.requests().getFileName().toString(), text);
        if (!r.imported()) {
            throw new DemoFailure(paths.requests() + ": refused: " + String.join("; ", r.problems().stream().map(Object::toString).toList()));
        }
        progress.say("requests: " + r.added() + " imported from " + paths.shown(paths.requests())
                + " into the dispatch store (SQLite, " + paths.shown(paths.out().resolve("data")) + ")");
    }

    /** The fleet bus: the embedded broker, or a real one named by {@code --broker}. */
    record BrokerHandle(String uri, Optional<EmbeddedBroker> embedded) implements AutoCloseable {
        static BrokerHandle open(Optional<String> given) {
            if (given.isPresent()) {
                return new BrokerHandle(given.get(), Optional.empty());
            }
            EmbeddedBroker b = EmbeddedBroker.startOnLoopback();
            return new BrokerHandle(b.uri(), Optional.of(b));
        }

        String describe() {
            return embedded.isPresent() ? "fleet bus: embedded MQTT broker on " + uri + " (nothing to install)"
                    : "fleet bus: the broker at " + uri;
        }

        @Override
        public void close() {
            embedded.ifPresent(EmbeddedBroker::close);
        }
    }

    /** Why the demo stopped early, in one sentence. */
    public static class DemoFailure extends Exception {
        public DemoFailure(String message) {
            super(message);
        }
    }

    /** Stopped by Ctrl-C (or SIGTERM): not a failure of the demo. */
    public static final class Stopped extends DemoFailure {
        public Stopped() {
            super("stopped by Ctrl-C");
        }
    }
}
