package org.lifeline.groundstation.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.lifeline.fleet.mqtt.FleetBusException;
import org.lifeline.fleet.mqtt.MqttSettings;
import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.dispatch.assign.DispatchSettings;
import org.lifeline.groundstation.dispatch.assign.Explanation;
import org.lifeline.groundstation.dispatch.assign.FleetDrone;
import org.lifeline.groundstation.dispatch.assign.RegisteredDrone;
import org.lifeline.groundstation.dispatch.assign.SortiePlanner;
import org.lifeline.groundstation.dispatch.assign.TravelMatrices;
import org.lifeline.groundstation.dispatch.assign.WaveDispatcher;
import org.lifeline.groundstation.dispatch.desk.DeskFleet;
import org.lifeline.groundstation.dispatch.desk.DispatchDesk;
import org.lifeline.groundstation.dispatch.desk.FleetRegistry;
import org.lifeline.groundstation.dispatch.desk.FleetRegistryException;
import org.lifeline.groundstation.dispatch.desk.WaveOutcome;
import org.lifeline.groundstation.dispatch.fleet.FleetDispatch;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.dispatch.store.SortieRecord;
import org.lifeline.groundstation.fleet.FleetBus;
import org.lifeline.groundstation.planning.mission.AirspaceWindow;
import org.lifeline.time.SystemScheduler;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lifeline dispatch plan}: one wave at the desk. Reads the airspace and the fleet
 * registry first (nothing is claimed when they are bad), then lets {@link DispatchDesk} do the
 * wave and prints every sortie and every explanation, one line each.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "One dispatch wave: assign queued requests to drones, write each sortie's .plan, record them as PLANNED.")
final class DispatchPlanCommand extends StoreCommand {

    @Option(names = "--airspace", required = true, paramLabel = "FILE", description = "The airspace GeoJSON")
    Path airspaceFile;

    @Option(names = "--fleet", required = true, paramLabel = "FILE", description = "The fleet registry (JSON; see docs/dispatch.md)")
    Path fleetFile;

    @Option(names = "--broker", paramLabel = "URI",
            description = "The fleet bus (tcp://HOST:PORT) for live battery and availability; without it every drone counts as ready at 100 %")
    String broker;

    @Option(names = "--listen", defaultValue = "3", paramLabel = "SECONDS",
            description = "With --broker: how long to gather telemetry before the wave (default: ${DEFAULT-VALUE})")
    long listen;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the .plan files go (default: DATA/sorties)")
    Path out;

    @Option(names = "--lease", defaultValue = "5", paramLabel = "MINUTES",
            description = "How long the wave's claim on the queue holds if this desk dies (default: ${DEFAULT-VALUE})")
    long lease;

    private Airspace airspace;
    private List<String> airspaceWarnings = List.of();
    private List<RegisteredDrone> registry;

    DispatchPlanCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    void prepare() throws IntakeOptions.BadFile {
        if (lease < 1 || listen < 0) {
            throw new IntakeOptions.BadFile("--lease: expected 1 minute or more; --listen: expected 0 seconds or more");
        }
        Airspace read = IntakeOptions.readAirspace(airspaceFile);
        airspace = AirspaceWindow.forFlight(read, clock.instant());
        airspaceWarnings = read.problems().stream().map(Object::toString).toList();
        try {
            registry = FleetRegistry.read(fleetFile);
        } catch (FleetRegistryException e) {
            throw new IntakeOptions.BadFile(e.getMessage());
        }
        if (broker != null) {
            try {
                MqttSettings.plain(broker, "lifeline-desk", true);
            } catch (IllegalArgumentException e) {
                throw new IntakeOptions.BadFile("--broker: " + e.getMessage());
            }
        }
    }

    @Override
    int run(DeliveryStore store, PrintWriter out, PrintWriter err) {
        // one bad feature does not stop the wave: say what was left out and go on
        airspaceWarnings.forEach(w -> err.println("warning: " + w));
        Function<String, Optional<String>> openSortie = d -> store.openSortie(d).map(SortieRecord::id);
        List<FleetDrone> fleet;
        if (broker == null) {
            out.println("fleet  no --broker: assuming all " + registry.size() + " registered drone(s) ready at 100 % battery");
            fleet = DeskFleet.assumedReady(registry, openSortie);
        } else {
            try (SystemScheduler scheduler = new SystemScheduler("dispatch-plan");
                 FleetBus bus = new FleetBus(MqttSettings.plain(broker, "lifeline-desk-" + ProcessHandle.current().pid(), true),
                         scheduler, 5_000)) {
                // a drone whose agent is offline (its retained status or Last Will) gives its unflown sortie back first
                FleetDispatch offline = new FleetDispatch(store, note -> {
                    synchronized (out) {
                        out.println("BACK   " + note);
                    }
                }, clock);
                bus.onStatus(offline::status);
                bus.start();
                // the drones' retained status and fresh telemetry arrive on the bus's thread meanwhile
                new CountDownLatch(1).await(listen, TimeUnit.SECONDS);
                fleet = DeskFleet.live(registry, bus::view, openSortie);
                out.println("fleet  live from " + broker);
            } catch (FleetBusException e) {
                err.println("error: fleet bus " + broker + ": " + e.getMessage());
                return ExitCodes.NO_LINK;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ExitCodes.FAILED;
            }
        }
        Path planDir = this.out != null ? this.out : where.data.resolve("sorties");
        DispatchDesk desk = new DispatchDesk(store, new WaveDispatcher(new TravelMatrices(2), DispatchSettings.DEFAULTS),
                new SortiePlanner(DispatchSettings.DEFAULTS.marginMetres()), clock, "desk-" + ProcessHandle.current().pid());
        WaveOutcome wave = desk.plan(airspace, fleet, planDir, Duration.ofMinutes(lease));
        out.println("wave   " + wave.claimed() + " queued request(s) considered, " + wave.sorties().size() + " sortie(s) planned");
        for (WaveOutcome.Recorded s : wave.sorties()) {
            out.printf(Locale.ROOT, "SORTIE %s  %s from %s  %s  %.1f km  %.0f min  %s%n", s.sortieId(), s.droneId(),
                    s.launchSiteId(), String.join(",", s.parcelIds()), s.metres() / 1000, s.seconds() / 60, s.planFile());
        }
        for (Explanation e : wave.explanations()) {
            out.println(String.format(Locale.ROOT, "%-18s %s", e.kind(), e));
        }
        wave.failures().forEach(f -> err.println("error: " + f));
        return wave.failures().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
