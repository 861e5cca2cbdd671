package org.lifeline.groundstation.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.lifeline.fleet.mqtt.FleetBusException;
import org.lifeline.fleet.mqtt.MqttSettings;
import org.lifeline.groundstation.dispatch.fleet.FleetDispatch;
import org.lifeline.groundstation.dispatch.fleet.UnconfirmedAlert;
import org.lifeline.groundstation.dispatch.fleet.UnconfirmedAlerts;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.fleet.FleetBus;
import org.lifeline.time.SystemScheduler;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lifeline dispatch follow}: the fleet bus drives the deliveries. Every take-off,
 * release, refused release, stuck parcel and landing moves the deliveries of the drone's
 * sortie (one line each), a drone whose agent goes offline before its sortie takes off puts
 * the sortie's parcels back in the queue, and parcels released but not confirmed in time are
 * announced.
 */
@Command(name = "follow", mixinStandardHelpOptions = true,
        description = "Move deliveries along from the fleet bus's events; announce parcels released but not confirmed.")
final class DispatchFollowCommand extends StoreCommand {

    @Option(names = "--broker", required = true, paramLabel = "URI", description = "tcp://HOST:PORT or ssl://HOST:PORT")
    String broker;

    @Option(names = "--client-id", defaultValue = "lifeline-dispatch", paramLabel = "ID",
            description = "MQTT client id; the broker keeps the events while the desk is away (default: ${DEFAULT-VALUE})")
    String clientId;

    @Option(names = "--seconds", defaultValue = "0", paramLabel = "N", description = "Stop after N seconds (default: until interrupted)")
    long seconds;

    @Option(names = "--alert-after", defaultValue = "20", paramLabel = "MINUTES",
            description = "A released parcel not confirmed after this long is announced (default: ${DEFAULT-VALUE})")
    long alertAfter;

    @Option(names = "--check-every", defaultValue = "30", paramLabel = "SECONDS",
            description = "How often to look for unconfirmed parcels (default: ${DEFAULT-VALUE})")
    long checkEvery;

    DispatchFollowCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(DeliveryStore store, PrintWriter out, PrintWriter err) {
        if (seconds < 0 || alertAfter < 1 || checkEvery < 1) {
            err.println("error: expected --seconds >= 0, --alert-after >= 1 and --check-every >= 1");
            return ExitCodes.BAD_INPUT;
        }
        MqttSettings settings;
        try {
            settings = MqttSettings.plain(broker, clientId, false);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        FleetDispatch dispatch = new FleetDispatch(store, note -> {
            synchronized (out) {
                out.println(Instant.now(clock) + "  " + note);
                out.flush();
            }
        }, clock);
        UnconfirmedAlerts alerts = new UnconfirmedAlerts(store, Duration.ofMinutes(alertAfter), clock);
        try (SystemScheduler scheduler = new SystemScheduler("dispatch-follow");
             FleetBus bus = new FleetBus(settings, scheduler, 5_000)) {
            dispatch.follow(bus);
            bus.start();
            out.println("following the fleet on " + broker + " into " + where.where());
            out.flush();
            long end = seconds == 0 ? Long.MAX_VALUE : System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            CountDownLatch never = new CountDownLatch(1);
            Set<String> announced = new HashSet<>();
            while (true) {
                for (UnconfirmedAlert a : alerts.check()) {
                    if (announced.add(a.parcelId())) {
                        synchronized (out) {
                            out.println("ALERT " + a.describe());
                            out.flush();
                        }
                    }
                }
                long left = end - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                // a timed wait for the next check; the events arrive on the bus's own thread meanwhile
                never.await(Math.min(TimeUnit.SECONDS.toNanos(checkEvery), left), TimeUnit.NANOSECONDS);
            }
            return ExitCodes.OK;
        } catch (FleetBusException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.NO_LINK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.OK;
        }
    }
}
