package org.lifeline.groundstation.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.lifeline.fleet.EventType;
import org.lifeline.fleet.FleetEvent;
import org.lifeline.fleet.mqtt.FleetBusException;
import org.lifeline.fleet.mqtt.MqttSettings;
import org.lifeline.groundstation.fleet.DroneView;
import org.lifeline.groundstation.fleet.FleetBus;
import org.lifeline.time.SystemScheduler;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lifeline fleet ...}: the dispatcher's view of every drone on the fleet bus. */
@Command(name = "fleet", description = "Watch the drones on the fleet bus (MQTT).",
        mixinStandardHelpOptions = true, subcommands = {FleetCommand.Watch.class})
final class FleetCommand {

    /**
     * {@code lifeline fleet watch}: prints every drone event as it arrives (de-duplicated), and a
     * summary of each drone (online, telemetry fresh or stale, events) at the end.
     */
    @Command(name = "watch", mixinStandardHelpOptions = true,
            description = "Print every drone's events as they arrive; a summary of each drone at the end.")
    static final class Watch implements Callable<Integer> {

        @Option(names = "--broker", required = true, paramLabel = "URI", description = "tcp://HOST:PORT or ssl://HOST:PORT")
        String broker;

        @Option(names = "--client-id", defaultValue = "lifeline-gs", paramLabel = "ID",
                description = "MQTT client id; the broker keeps this ground station's events while it is away (default: ${DEFAULT-VALUE})")
        String clientId;

        @Option(names = "--seconds", defaultValue = "0", paramLabel = "N", description = "Stop after N seconds (default: until interrupted)")
        long seconds;

        @Option(names = "--until", paramLabel = "EVENT",
                description = "Stop at the first event of this type, e.g. landed or released")
        String until;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            EventType stopAt = null;
            if (until != null) {
                try {
                    stopAt = EventType.valueOf(until.trim().toUpperCase(java.util.Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    return error(ExitCodes.BAD_INPUT, "--until: \"" + until + "\" is not an event type; expected one of "
                            + java.util.Arrays.toString(EventType.values()).toLowerCase(java.util.Locale.ROOT));
                }
            }
            if (seconds < 0) {
                return error(ExitCodes.BAD_INPUT, "--seconds: expected 0 or more, got " + seconds);
            }
            MqttSettings settings;
            try {
                settings = MqttSettings.plain(broker, clientId, false);
            } catch (IllegalArgumentException e) {
                return error(ExitCodes.BAD_INPUT, e.getMessage());
            }
            CountDownLatch stop = new CountDownLatch(1);
            EventType stopType = stopAt;
            try (SystemScheduler clock = new SystemScheduler("fleet-clock");
                 FleetBus bus = new FleetBus(settings, clock, 5_000)) {
                bus.onEvent(e -> {
                    synchronized (out) {
                        out.println(describe(e));
                        out.flush();
                    }
                    if (e.type() == stopType) {
                        stop.countDown();
                    }
                });
                try {
                    bus.start();
                } catch (FleetBusException e) {
                    return error(ExitCodes.NO_LINK, e.getMessage());
                }
                out.println("watching the fleet on " + broker);
                out.flush();
                if (seconds > 0) {
                    stop.await(seconds, TimeUnit.SECONDS);
                } else {
                    stop.await();
                }
                for (DroneView v : bus.drones()) {
                    out.printf("%s: %s, telemetry %s, %d events%n", v.droneId(), v.online() ? "online" : "offline",
                            v.stale() ? "stale" : "fresh", v.events().size());
                }
                out.flush();
                return ExitCodes.OK;
            }
        }

        private static String describe(FleetEvent e) {
            return Instant.ofEpochMilli(e.timeMillis()) + "  " + e.droneId() + "  #" + e.sequence() + "  "
                    + e.type().name().toLowerCase(java.util.Locale.ROOT)
                    + e.parcelId().map(p -> "  parcel " + p).orElse("")
                    + (e.message().isEmpty() ? "" : "  " + e.message());
        }

        private int error(int code, String message) {
            spec.commandLine().getErr().println("error: " + message);
            return code;
        }
    }
}
