package org.lifeline.groundstation.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.lifeline.fleet.mqtt.FleetBusException;
import org.lifeline.fleet.mqtt.MqttSettings;
import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.airspace.AirspaceException;
import org.lifeline.groundstation.alarm.AlarmRules;
import org.lifeline.groundstation.airspace.AirspaceReader;
import org.lifeline.groundstation.confirm.ConfirmationDesk;
import org.lifeline.groundstation.confirm.DropTokenKeys;
import org.lifeline.groundstation.confirm.DropTokens;
import org.lifeline.groundstation.confirm.FallbackCode;
import org.lifeline.groundstation.confirm.InMemoryParcelDirectory;
import org.lifeline.groundstation.confirm.Labels;
import org.lifeline.groundstation.confirm.ParcelDirectory;
import org.lifeline.groundstation.confirm.UsedTokenFile;
import org.lifeline.groundstation.dispatch.assign.RegisteredDrone;
import org.lifeline.groundstation.dispatch.desk.FleetRegistry;
import org.lifeline.groundstation.dispatch.desk.FleetRegistryException;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.dispatch.store.StoreException;
import org.lifeline.groundstation.dispatch.store.StoreParcelDirectory;
import org.lifeline.groundstation.fleet.FleetBus;
import org.lifeline.groundstation.operator.OperatorFile;
import org.lifeline.groundstation.operator.OperatorSessions;
import org.lifeline.groundstation.session.SessionOpener;
import org.lifeline.groundstation.session.SharedLinks;
import org.lifeline.groundstation.linkwatch.LinkWatch;
import org.lifeline.groundstation.alarm.FenceWatch;
import org.lifeline.groundstation.linkwatch.WatchSettings;
import org.lifeline.groundstation.web.ClientRateLimiter;
import org.lifeline.groundstation.web.ConfirmationModule;
import org.lifeline.groundstation.web.CsrfGuard;
import org.lifeline.groundstation.web.WebServer;
import org.lifeline.groundstation.web.dashboard.DashboardConfig;
import org.lifeline.groundstation.web.dashboard.DashboardModule;
import org.lifeline.groundstation.web.dashboard.OperationsModule;
import org.lifeline.groundstation.web.dashboard.ReplayModule;
import org.lifeline.groundstation.logs.archive.ArchiveReplays;
import org.lifeline.time.SystemScheduler;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lifeline serve}: the web side of the ground station — the recipients' confirmation
 * page ({@code /c/{token}}, {@code /c}) and the operators' dashboard with its operations
 * (intake, previews, actions). Keys and the used-token record live in the data folder.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the web side: the recipients' confirmation page (/c/TOKEN), the code form (/c) and the operators' dashboard (/dashboard).")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "0.0.0.0", paramLabel = "ADDRESS",
            description = "Address to listen on; phones must reach it (default: ${DEFAULT-VALUE}, every interface)")
    String host;

    @CommandLine.Mixin
    DispatchOptions where;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "How phones reach this server, printed into labels' QR codes, e.g. http://192.168.1.20:8080 (default: http://localhost:PORT)")
    String baseUrl;

    @Option(names = "--rate-burst", defaultValue = "60", paramLabel = "N", description = "Requests a client address may make at once (default: ${DEFAULT-VALUE})")
    int rateBurst;

    @Option(names = "--rate-per-second", defaultValue = "2", paramLabel = "R", description = "Sustained requests per second per client address (default: ${DEFAULT-VALUE})")
    double ratePerSecond;

    @Option(names = "--seconds", defaultValue = "0", paramLabel = "N", description = "Stop after N seconds (default: until interrupted)")
    long seconds;

    @Option(names = "--demo-parcels", defaultValue = "0", paramLabel = "N",
            description = "Demo only: serve N made-up, already released parcels from memory and write their labels to DIR/demo-labels")
    int demoParcels;

    @Option(names = "--airspace", paramLabel = "FILE", description = "The airspace GeoJSON drawn on the dashboard's map")
    Path airspace;

    @Option(names = "--margin", paramLabel = "M", defaultValue = "30",
            description = "The no-fly margin drawn around no-fly zones, in metres, as the planner keeps it (default: ${DEFAULT-VALUE})")
    double margin;

    @Option(names = "--tiles", paramLabel = "URL",
            description = "A map tile URL template, e.g. https://tile.example/{z}/{x}/{y}.png (default: none; the map shows our own vector layers)")
    String tiles;

    @Option(names = "--fleet", paramLabel = "FILE",
            description = "The fleet registry (docs/examples/fleet.json): vehicle files for intake limits and plan previews, links for actions")
    Path fleetRegistry;

    @Option(names = "--command-key", paramLabel = "FILE",
            description = "The agents' command key (hex), to sign the drop plans of a sortie uploaded from the dashboard")
    Path commandKey;

    @Option(names = "--no-link-watch", description = "Do not keep the fleet's MAVLink links open to show the drones on the map "
            + "(actions still open a drone's link when used)")
    boolean noLinkWatch;

    @Option(names = "--broker", paramLabel = "URI", description = "The fleet's MQTT broker, e.g. tcp://127.0.0.1:1883, for live drones on the dashboard")
    String broker;

    @Option(names = "--session-minutes", defaultValue = "30", paramLabel = "N",
            description = "An operator's login ends after N idle minutes (default: ${DEFAULT-VALUE}; 12 hours at most in any case)")
    long sessionMinutes;

    @Option(names = "--battery-reserve", defaultValue = "25", paramLabel = "PERCENT",
            description = "The dashboard raises an alarm for a drone below this battery (default: ${DEFAULT-VALUE})")
    double batteryReserve;

    @Option(names = "--unconfirmed-minutes", defaultValue = "15", paramLabel = "N",
            description = "The dashboard raises an alarm for a parcel released N minutes ago and not confirmed (default: ${DEFAULT-VALUE})")
    long unconfirmedMinutes;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Clock clock;
    private final SessionOpener opener;

    ServeCommand(CliEnvironment env) {
        this.clock = env.clock();
        this.opener = env.opener();
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ClientRateLimiter limiter;
        DropTokens tokens;
        FallbackCode codes;
        if (seconds < 0 || demoParcels < 0) {
            return error(ExitCodes.BAD_INPUT, "--seconds and --demo-parcels: expected 0 or more");
        }
        try {
            limiter = new ClientRateLimiter(rateBurst, ratePerSecond, System::nanoTime);
            var keys = DropTokenKeys.loadOrCreate(where.data);
            tokens = new DropTokens(keys);
            codes = new FallbackCode(keys);
            if (baseUrl != null) {
                Labels.checkBaseUrl(baseUrl);
            }
        } catch (IllegalArgumentException | IOException e) {
            return error(ExitCodes.BAD_INPUT, e.getMessage());
        }
        String airspaceLayers = null;
        Airspace airspaceRead = null;
        if (airspace != null) {
            try {
                airspaceRead = AirspaceReader.read(airspace);
                airspaceLayers = DashboardConfig.airspaceLayers(airspaceRead, margin);
            } catch (IOException e) {
                return error(ExitCodes.BAD_INPUT, "airspace " + airspace + ": " + e.getMessage());
            } catch (AirspaceException e) {
                return error(ExitCodes.BAD_INPUT, e.getMessage());
            }
        }
        if (sessionMinutes < 1 || sessionMinutes > 720 || !(margin >= 0)) {
            return error(ExitCodes.BAD_INPUT, "--session-minutes: expected 1 to 720; --margin: expected 0 or more");
        }
        List<RegisteredDrone> registry = null;
        if (fleetRegistry != null) {
            try {
                registry = FleetRegistry.read(fleetRegistry);
            } catch (FleetRegistryException e) {
                return error(ExitCodes.BAD_INPUT, e.getMessage());
            }
        }
        boolean noOperators;
        try {
            noOperators = OperatorFile.in(where.data).names().isEmpty();
        } catch (IOException | org.lifeline.groundstation.operator.OperatorFileException e) {
            return error(ExitCodes.BAD_INPUT, "operators file: " + e.getMessage());
        }
        ParcelDirectory directory;
        InMemoryParcelDirectory demo = null;
        DeliveryStore store = null;
        if (demoParcels > 0) {
            directory = demo = new InMemoryParcelDirectory();
        } else {
            try {
                store = where.open(clock);
            } catch (StoreException e) {
                return error(ExitCodes.NO_LINK, "dispatch store " + where.where() + ": " + e.getMessage());
            }
            directory = new StoreParcelDirectory(store);
        }
        FleetBus fleet = null;
        if (broker != null) {
            try {
                fleet = new FleetBus(MqttSettings.plain(broker, "lifeline-dashboard-" + Long.toHexString(System.nanoTime()), true),
                        new SystemScheduler("dashboard-fleet-clock"), 5_000);
                fleet.start();
            } catch (FleetBusException | IllegalArgumentException e) {
                if (fleet != null) {
                    fleet.close();
                }
                if (store != null) {
                    store.close();
                }
                return error(ExitCodes.NO_LINK, "fleet broker " + broker + ": " + e.getMessage());
            }
        }
        DashboardModule dashboard;
        OperationsModule operations;
        ReplayModule replay;
        // one link per drone for the map, the actions and the sorties: a radio or a TCP port serves one user
        SharedLinks links = new SharedLinks(opener);
        LinkWatch watch = registry == null || noLinkWatch ? null
                : new LinkWatch(RegisteredDrone.links(registry), links, clock, WatchSettings.DEFAULTS);
        try {
            DashboardConfig config = new DashboardConfig(OperatorFile.in(where.data),
                    new OperatorSessions(clock, java.time.Duration.ofMinutes(sessionMinutes), OperatorSessions.DEFAULT_ABSOLUTE),
                    new CsrfGuard(), store, fleet, airspaceLayers, tiles, 1000, clock,
                    new AlarmRules(batteryReserve, java.time.Duration.ofMinutes(unconfirmedMinutes), AlarmRules.DEFAULT.eventWindow()))
                    .withLinks(watch).withFences(FenceWatch.uploadedIn(where.data, FenceWatch.DEFAULT_ALARM_MARGIN_METRES));
            operations = new OperationsModule(config, ServeOperations.build(store, airspaceRead, registry, fleet, commandKey, links, where.data, clock));
            dashboard = new DashboardModule(config, operations.snapshots());
            replay = new ReplayModule(config, new ArchiveReplays(where.data.resolve("archive")));
        } catch (IllegalArgumentException e) {
            links.close();
            if (fleet != null) {
                fleet.close();
            }
            if (store != null) {
                store.close();
            }
            return error(ExitCodes.BAD_INPUT, e.getMessage());
        }
        try (SharedLinks closeLinks = links;
             LinkWatch closeWatch = watch;
             DeliveryStore closeStore = store;
             FleetBus closeFleet = fleet;
             UsedTokenFile used = new UsedTokenFile(where.data.resolve("confirm").resolve("used-tokens.log"));
             WebServer server = new WebServer(List.of(new ConfirmationModule(
                     new ConfirmationDesk(tokens, codes, directory, used, clock), new CsrfGuard(), ZoneId.systemDefault()), dashboard, operations, replay), limiter);
             DashboardModule closeDashboard = dashboard) { // closed first: it ends the live streams while the server still runs
            int bound;
            try {
                bound = server.start(host, port);
            } catch (RuntimeException e) {
                return error(ExitCodes.FAILED, "cannot listen on " + host + ":" + port + ": " + rootMessage(e));
            }
            CountDownLatch stop = new CountDownLatch(1);
            Thread hook = new Thread(stop::countDown, "serve-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            String phonesReach = baseUrl != null ? baseUrl : "http://localhost:" + bound;
            if (demo != null) {
                DemoParcels.fill(demo, demoParcels, new Labels(tokens, codes, phonesReach, Labels.DEFAULT_VALIDITY, clock), where.data, out);
            }
            if (watch != null) {
                watch.start();
                out.println("watching the MAVLink links of " + RegisteredDrone.links(registry).keySet());
            }
            out.println("serving on http://" + host + ":" + bound + "/c  (labels point at " + phonesReach + ")");
            out.println("dashboard on http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + bound + "/dashboard"
                    + (noOperators ? "  (no operator yet: run 'lifeline operator add NAME --data " + where.data + "')" : ""));
            out.flush();
            if (seconds > 0) {
                stop.await(seconds, TimeUnit.SECONDS);
            } else {
                stop.await();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // already stopping: nothing to remove
            }
        }
        return ExitCodes.OK;
    }

    private int error(int code, String message) {
        spec.commandLine().getErr().println("error: " + message);
        return code;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
