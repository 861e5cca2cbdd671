package org.lifeline.groundstation.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.lifeline.fleet.CommandSigner;
import org.lifeline.fleet.mqtt.FleetBusException;
import org.lifeline.fleet.mqtt.MqttSettings;
import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.dispatch.assign.RegisteredDrone;
import org.lifeline.groundstation.dispatch.desk.FleetRegistry;
import org.lifeline.groundstation.dispatch.desk.FleetRegistryException;
import org.lifeline.groundstation.dispatch.flight.CommandKeyFile;
import org.lifeline.groundstation.dispatch.flight.FleetCommands;
import org.lifeline.groundstation.dispatch.flight.FlightOrder;
import org.lifeline.groundstation.dispatch.flight.FlightResult;
import org.lifeline.groundstation.dispatch.flight.FlightSettings;
import org.lifeline.groundstation.dispatch.flight.SortieFlight;
import org.lifeline.groundstation.dispatch.flight.SortieLanding;
import org.lifeline.groundstation.dispatch.flight.VehicleLink;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.dispatch.store.SortieRecord;
import org.lifeline.groundstation.fleet.FleetBus;
import org.lifeline.groundstation.logs.archive.AgentEventLog;
import org.lifeline.groundstation.session.SessionException;
import org.lifeline.groundstation.session.SessionOpener;
import org.lifeline.link.LinkUri;
import org.lifeline.time.SystemScheduler;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lifeline dispatch fly SORTIE}: sends a recorded sortie to its drone ({@link SortieFlight}):
 * the agent's drop plans over the fleet bus, the verified upload, then (unless {@code --no-start})
 * the start. One line per step; a failure puts the parcels back in the queue and says why.
 */
@Command(name = "fly", mixinStandardHelpOptions = true,
        description = "Send a PLANNED sortie to its drone: signed drop plans to its agent, verified upload, then start.")
final class DispatchFlyCommand extends StoreCommand {

    @Parameters(paramLabel = "SORTIE", description = "The sortie id, as dispatch plan printed it")
    String sortieId;

    @Option(names = "--airspace", required = true, paramLabel = "FILE",
            description = "The airspace GeoJSON: every drop point must still be open for the flight")
    Path airspaceFile;

    @Option(names = "--fleet", required = true, paramLabel = "FILE", description = "The fleet registry (the drone's vehicle and link)")
    Path fleetFile;

    @Option(names = "--broker", required = true, paramLabel = "URI", description = "The fleet bus, tcp://HOST:PORT")
    String broker;

    @Option(names = "--command-key", required = true, paramLabel = "FILE",
            description = "The command key file the agents share (hex digits)")
    Path keyFile;

    @Option(names = "--connect", paramLabel = "URI", description = "The drone's MAVLink link (default: its \"link\" in the fleet registry)")
    String connect;

    @Option(names = "--no-start", description = "Upload only; start later with the same command on an UPLOADED sortie")
    boolean noStart;

    @Option(names = "--wait", defaultValue = "10", paramLabel = "SECONDS",
            description = "How long to wait for the vehicle's heartbeat (default: ${DEFAULT-VALUE})")
    int waitSeconds;

    @Option(names = "--ack-timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "How long to wait for the agent's ack of each drop plan (default: ${DEFAULT-VALUE})")
    int ackSeconds;

    @Option(names = "--arming-timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "How long arming is retried through pre-arm checks (default: ${DEFAULT-VALUE})")
    int armingSeconds;

    @Option(names = "--mission-read-timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "How long the agent may take to read the uploaded mission before the drop plans are checked"
                    + " against it (default: ${DEFAULT-VALUE})")
    int missionReadSeconds;

    @Option(names = "--tlog-dir", paramLabel = "DIR", description = "Where each step's link is recorded (default: logs)")
    Path tlogDir;

    @Option(names = "--no-tlog", description = "Do not record the links")
    boolean noTlog;

    @Option(names = "--follow", description = "After the start, follow the flight on the same link until it lands, then file it "
            + "in the data folder's archive (plan, tlogs, the agent's events, the deliveries) and print its report's path")
    boolean follow;

    @Option(names = "--follow-timeout", defaultValue = "3600", paramLabel = "SECONDS",
            description = "With --follow: how long to wait for the landing (default: ${DEFAULT-VALUE})")
    int followSeconds;

    private final SessionOpener opener;
    private Airspace airspace;
    private List<RegisteredDrone> registry;
    private CommandSigner signer;

    DispatchFlyCommand(CliEnvironment env) {
        super(env);
        this.opener = env.opener();
    }

    @Override
    void prepare() throws IntakeOptions.BadFile {
        if (waitSeconds < 1 || ackSeconds < 1 || armingSeconds < 1 || armingSeconds > 600 || missionReadSeconds < 1) {
            throw new IntakeOptions.BadFile("expected --wait >= 1, --ack-timeout >= 1, --mission-read-timeout >= 1 and"
                    + " --arming-timeout 1..600 seconds");
        }
        if (follow && noStart) {
            throw new IntakeOptions.BadFile("--follow and --no-start: choose one (a sortie not started has no flight to follow)");
        }
        if (followSeconds < 1) {
            throw new IntakeOptions.BadFile("--follow-timeout: expected at least 1 second, got " + followSeconds);
        }
        if (noTlog && tlogDir != null) {
            throw new IntakeOptions.BadFile("--tlog-dir and --no-tlog: choose one");
        }
        airspace = IntakeOptions.readAirspace(airspaceFile);
        try {
            registry = FleetRegistry.read(fleetFile);
            signer = CommandKeyFile.signer(keyFile);
            MqttSettings.plain(broker, "lifeline-fly", true);
            if (connect != null) {
                LinkUri.parse(connect);
            }
        } catch (FleetRegistryException e) {
            throw new IntakeOptions.BadFile(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new IntakeOptions.BadFile(e.getMessage());
        }
    }

    @Override
    int run(DeliveryStore store, PrintWriter out, PrintWriter err) {
        Optional<SortieRecord> sortie = store.sortie(sortieId);
        if (sortie.isEmpty()) {
            err.println("error: no sortie " + sortieId + " in " + where.where());
            return ExitCodes.BAD_INPUT;
        }
        Optional<RegisteredDrone> drone = registry.stream().filter(d -> d.droneId().equals(sortie.get().droneId())).findFirst();
        if (drone.isEmpty()) {
            err.println("error: " + fleetFile + ": sortie " + sortieId + "'s drone " + sortie.get().droneId() + " is not registered");
            return ExitCodes.BAD_INPUT;
        }
        FlightOrder order;
        try {
            order = FlightOrder.of(sortieId, drone.get(), Optional.ofNullable(connect));
        } catch (IllegalArgumentException e) {
            err.println("error: " + fleetFile + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        VehicleLink link = order.link().withHeartbeatWait(Duration.ofSeconds(waitSeconds));
        order = order.withLink(noTlog ? link : link.withTlogDir(tlogDir != null ? tlogDir : ConnectionOptions.DEFAULT_LOG_DIR));
        FlightSettings settings = FlightSettings.DEFAULTS.withAckTimeout(Duration.ofSeconds(ackSeconds))
                .withArmingTimeout(Duration.ofSeconds(armingSeconds))
                .withMissionReadTimeout(Duration.ofSeconds(missionReadSeconds));
        try (SystemScheduler scheduler = new SystemScheduler("dispatch-fly");
             FleetBus bus = new FleetBus(MqttSettings.plain(broker, "lifeline-fly-" + ProcessHandle.current().pid(), true),
                     scheduler, 5_000)) {
            AgentEventLog events = follow ? AgentEventLog.following(bus, order.drone().droneId()) : null;
            bus.start();
            SortieFlight flight = new SortieFlight(store, new FleetCommands(bus, signer), opener, settings, clock)
                    .checkingAirspace(airspace).recordingUploadsIn(where.data);
            out.println("sortie " + sortieId + ": " + order.drone().droneId() + " over " + order.link().uri() + ", fleet bus " + broker);
            out.flush();
            boolean uploaded = store.find(sortie.get().parcelIds().get(0))
                    .map(d -> d.state() == org.lifeline.groundstation.dispatch.state.DeliveryState.UPLOADED).orElse(false);
            if (!uploaded) {
                FlightResult up = flight.upload(order, note -> line(out, "  " + note));
                int code = report(out, err, "upload", up);
                if (code != ExitCodes.OK || noStart) {
                    return code;
                }
            }
            int started = report(out, err, "start", flight.start(order, note -> line(err, "  " + note)));
            if (started != ExitCodes.OK || !follow) {
                return started;
            }
            return followAndFile(store, order, events, out, err);
        } catch (FleetBusException e) {
            err.println("error: fleet bus " + broker + ": " + e.getMessage());
            return ExitCodes.NO_LINK;
        }
    }

    /** Follows the started sortie to its landing and files it (--follow). */
    private int followAndFile(DeliveryStore store, FlightOrder order, AgentEventLog events, PrintWriter out, PrintWriter err) {
        Path archive = where.data.resolve("archive");
        line(out, "following " + order.drone().droneId() + " until it lands (up to " + followSeconds + " s)");
        Optional<Path> vehicleFile;
        try {
            vehicleFile = FleetRegistry.vehicleFile(fleetFile, order.drone().droneId());
        } catch (FleetRegistryException e) {
            line(err, "warning: " + e.getMessage() + "; the sortie is filed without its vehicle file");
            vehicleFile = Optional.empty();
        }
        SortieLanding landing = new SortieLanding(store, opener, archive, clock).withAirspace(Optional.of(airspaceFile))
                .withVehicleProfile(vehicleFile);
        SortieLanding.Followed f;
        try {
            f = landing.follow(order, Optional.of(events), Duration.ofSeconds(followSeconds), note -> line(out, "  " + note));
        } catch (SessionException e) {
            line(err, "error: follow: " + e.getMessage());
            return e.noLink() ? ExitCodes.NO_LINK : ExitCodes.FAILED;
        } catch (IOException e) {
            line(err, "error: the sortie was not filed in " + archive + ": " + e.getMessage());
            return ExitCodes.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            line(err, "error: follow: interrupted");
            return ExitCodes.FAILED;
        }
        if (!f.landed()) {
            line(err, "error: follow: " + order.drone().droneId() + " did not land within " + followSeconds
                    + " s; file it later with 'lifeline vehicle watch --data " + where.data + " --drone " + order.drone().droneId() + "'");
            return ExitCodes.FAILED;
        }
        for (SortieLanding.Filed s : f.filed()) {
            line(out, "filed sortie " + s.entry().id() + " in " + s.folder() + " (" + s.entry().outcome() + "; deliveries: "
                    + (s.entry().deliveries().isEmpty() ? "none" : String.join(", ", s.entry().deliveries())) + ")");
            line(out, "report: " + s.report().map(Path::toString).orElse("none (no tlog covers the flight)"));
        }
        return ExitCodes.OK;
    }

    private static void line(PrintWriter w, String text) {
        synchronized (w) {
            w.println(text);
            w.flush();
        }
    }

    private static int report(PrintWriter out, PrintWriter err, String step, FlightResult r) {
        if (r.ok()) {
            line(out, step + ": " + r.message());
            return ExitCodes.OK;
        }
        line(err, "error: " + step + " " + r.kind() + " at " + r.step() + ": " + r.message());
        return switch (r.kind()) {
            case REFUSED -> ExitCodes.BAD_INPUT;
            case NO_LINK -> ExitCodes.NO_LINK;
            default -> ExitCodes.FAILED;
        };
    }
}
