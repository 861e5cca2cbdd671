package org.lifeline.groundstation.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import org.lifeline.groundstation.actions.RecordedActions;
import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.alarm.AlarmRules;
import org.lifeline.groundstation.confirm.ConfirmationDesk;
import org.lifeline.groundstation.confirm.DropTokenKeys;
import org.lifeline.groundstation.confirm.DropTokens;
import org.lifeline.groundstation.confirm.FallbackCode;
import org.lifeline.groundstation.confirm.LabelContent;
import org.lifeline.groundstation.confirm.Labels;
import org.lifeline.groundstation.confirm.UsedTokenFile;
import org.lifeline.groundstation.dispatch.assign.RegisteredDrone;
import org.lifeline.groundstation.linkwatch.LinkWatch;
import org.lifeline.groundstation.alarm.FenceWatch;
import org.lifeline.groundstation.linkwatch.WatchSettings;
import org.lifeline.groundstation.session.SharedLinks;
import org.lifeline.groundstation.logs.archive.ArchiveReplays;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.dispatch.store.StoreParcelDirectory;
import org.lifeline.groundstation.fleet.FleetBus;
import org.lifeline.groundstation.operator.OperatorFile;
import org.lifeline.groundstation.operator.OperatorFileException;
import org.lifeline.groundstation.operator.OperatorSessions;
import org.lifeline.groundstation.web.ClientRateLimiter;
import org.lifeline.groundstation.web.ConfirmationModule;
import org.lifeline.groundstation.web.CsrfGuard;
import org.lifeline.groundstation.web.WebServer;
import org.lifeline.groundstation.web.dashboard.DashboardConfig;
import org.lifeline.groundstation.web.dashboard.DashboardModule;
import org.lifeline.groundstation.web.dashboard.OperationsConfig;
import org.lifeline.groundstation.web.dashboard.OperationsModule;
import org.lifeline.groundstation.web.dashboard.ReplayModule;

/**
 * The web side of {@code lifeline serve}, as the demo runs it: the recipients' confirmation page
 * and the operators' dashboard over the demo's store and fleet bus, on the loopback interface,
 * with one operator whose password is made up at start and printed. Labels for the demo's
 * parcels point at this server. It is the full dashboard: the demo's fleet registry (its drones
 * with their links) and command key give the plan preview its energy and make the actions and
 * the intake form work; the archive's filed sorties can be replayed.
 */
public final class DemoWeb implements AutoCloseable {

    /** The operator the demo creates. */
    public static final String OPERATOR = "demo";

    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    private final UsedTokenFile used;
    private final RecordedActions actions;
    private final DashboardModule dashboard;
    private final WebServer server;
    private final Labels labels;
    private final String password;
    private final int port;
    private final LinkWatch watch;

    private DemoWeb(UsedTokenFile used, RecordedActions actions, DashboardModule dashboard, WebServer server, Labels labels,
                    String password, int port, LinkWatch watch) {
        this.watch = watch;
        this.used = used;
        this.actions = actions;
        this.dashboard = dashboard;
        this.server = server;
        this.labels = labels;
        this.password = password;
        this.port = port;
    }

    /**
     * Creates the demo operator (a fresh random password), then serves on {@code 127.0.0.1:port}
     * ({@code port} 0 or taken: a free one).
     */
    public static DemoWeb start(Path dataDir, DeliveryStore store, FleetBus fleet, Airspace airspace, List<RegisteredDrone> registry,
                                Path commandKey, SharedLinks links, int port, Clock clock) throws IOException, OperatorFileException {
        String password = randomPassword(new SecureRandom());
        OperatorFile operators = OperatorFile.in(dataDir);
        operators.add(OPERATOR, password.toCharArray(), org.lifeline.groundstation.operator.PasswordHash.DEFAULT_ITERATIONS, true);
        var keys = DropTokenKeys.loadOrCreate(dataDir);
        DropTokens tokens = new DropTokens(keys);
        FallbackCode codes = new FallbackCode(keys);
        UsedTokenFile used = new UsedTokenFile(dataDir.resolve("confirm").resolve("used-tokens.log"));
        // the map shows each drone as its link reports it too, over the link the sorties and the actions use
        LinkWatch watch = new LinkWatch(RegisteredDrone.links(registry), links, clock, WatchSettings.DEFAULTS);
        DashboardConfig config = new DashboardConfig(operators,
                new OperatorSessions(clock, OperatorSessions.DEFAULT_IDLE, OperatorSessions.DEFAULT_ABSOLUTE), new CsrfGuard(), store,
                fleet, DashboardConfig.airspaceLayers(airspace, 30), null, 1000, clock, AlarmRules.DEFAULT)
                .withLinks(watch).withFences(FenceWatch.uploadedIn(dataDir, FenceWatch.DEFAULT_ALARM_MARGIN_METRES));
        // the full dashboard, as serve --fleet --command-key gives it: energy in the preview, the actions and the intake form
        OperationsConfig ops = DemoOperations.of(store, airspace, registry, fleet, commandKey, links, dataDir, clock);
        OperationsModule operations = new OperationsModule(config, ops);
        ReplayModule replay = new ReplayModule(config, new ArchiveReplays(dataDir.resolve("archive")));
        DashboardModule dashboard = new DashboardModule(config, operations.snapshots());
        WebServer server = new WebServer(List.of(new ConfirmationModule(new ConfirmationDesk(tokens, codes,
                new StoreParcelDirectory(store), used, clock), new CsrfGuard(), ZoneId.systemDefault()), dashboard, operations, replay),
                new ClientRateLimiter(60, 2, System::nanoTime));
        int bound;
        try {
            bound = server.start("127.0.0.1", freeOrZero(port));
        } catch (RuntimeException e) {
            closeQuietly(watch, dashboard, server, used);
            throw new IOException("cannot listen on 127.0.0.1: " + e.getMessage(), e);
        }
        String base = "http://127.0.0.1:" + bound;
        watch.start();
        return new DemoWeb(used, ops.actions(), dashboard, server, new Labels(tokens, codes, base, Labels.DEFAULT_VALIDITY, clock), password,
                bound, watch);
    }

    /** The actions on the demo's drones: the dashboard's, and the demo's own upload and start go through them too. */
    public RecordedActions actions() {
        return actions;
    }

    /** The dashboard's address. */
    public String dashboardUrl() {
        return "http://127.0.0.1:" + port + "/dashboard";
    }

    public int port() {
        return port;
    }

    public String password() {
        return password;
    }

    /** A parcel's label (a fresh token in its confirmation URL), as {@code lifeline labels} prints it. */
    public LabelContent label(org.lifeline.groundstation.confirm.ParcelView parcel) {
        return labels.forParcel(parcel);
    }

    @Override
    public void close() {
        closeQuietly(watch, dashboard, server, used);
    }

    private static void closeQuietly(LinkWatch watch, DashboardModule dashboard, WebServer server, UsedTokenFile used) {
        watch.close();
        dashboard.close(); // first: it ends the live streams while the server still runs
        server.close();
        try {
            used.close();
        } catch (IOException ignored) {
            // the record is written line by line as tokens are used; nothing is lost here
        }
    }

    /** {@code port} when nothing listens on it now, else 0 (a free one). */
    static int freeOrZero(int port) {
        if (port == 0) {
            return 0;
        }
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.bind(new java.net.InetSocketAddress("127.0.0.1", port));
            return port;
        } catch (IOException taken) {
            return 0;
        }
    }

    static String randomPassword(SecureRandom random) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            b.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return b.toString();
    }
}
