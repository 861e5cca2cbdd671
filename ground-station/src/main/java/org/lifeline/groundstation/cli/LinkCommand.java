package org.lifeline.groundstation.cli;

import org.lifeline.command.TelemetryPlan;
import org.lifeline.command.TelemetryRequests;
import org.lifeline.groundstation.session.LinkInspector;
import org.lifeline.groundstation.session.VehicleSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code lifeline link ...}: look at a link. The only thing it changes on the vehicle is what
 * {@code vehicle watch} changes too: it asks for the telemetry a ground station shows, because
 * ArduPilot streams nothing but HEARTBEAT, TIMESYNC and STATUSTEXT until asked.
 */
@Command(name = "link", description = "Look at a MAVLink link.", mixinStandardHelpOptions = true,
        subcommands = {LinkCommand.Inspect.class})
final class LinkCommand {

    @Command(name = "inspect", mixinStandardHelpOptions = true,
            description = "Ask for telemetry as vehicle watch does, listen for a while and report vehicles seen, "
                    + "message rates per type, frames, CRC failures and loss.")
    static final class Inspect extends SessionCommand {

        @Option(names = "--seconds", paramLabel = "N", defaultValue = "5",
                description = "How long to listen after the first heartbeat (default: ${DEFAULT-VALUE}).")
        int seconds;

        /** Position rate asked for: {@code vehicle watch}'s default. */
        static final double POSITION_HZ = 2;

        Inspect(CliEnvironment env) {
            super(env);
        }

        @Override
        void prepare() {
            if (seconds < 1 || seconds > 3600) {
                throw new IllegalArgumentException("--seconds: expected 1..3600, got " + seconds);
            }
        }

        @Override
        int run(VehicleSession session) throws InterruptedException {
            try (LinkInspector inspector = new LinkInspector(session.channel());
                 TelemetryRequests asked = session.requestTelemetry(TelemetryPlan.monitor(POSITION_HZ))) {
                long start = System.nanoTime();
                Thread.sleep(seconds * 1000L);
                Duration window = Duration.ofNanos(System.nanoTime() - start);
                print(inspector.report(window, session.frameCounters()), session);
                printAsked(asked.lastRound());
            }
            return ExitCodes.OK;
        }

        private void print(LinkInspector.Report r, VehicleSession session) {
            var out = out();
            out.printf(Locale.ROOT, "link %s, %.1f s, talking to vehicle %d/%d%n", session.uri(),
                    r.window().toMillis() / 1000.0, session.targetSystem(), session.targetComponent());
            out.println("systems seen:");
            for (LinkInspector.Source s : r.sources()) {
                out.printf(Locale.ROOT, "  %3d/%-3d %-28s %6d msgs  %5d lost (%.1f%%)%s%n", s.systemId(), s.componentId(),
                        s.heartbeat().isEmpty() ? "(no heartbeat)" : s.heartbeat(), s.received(), s.lost(), s.lossPercent(),
                        s.outOfOrder() > 0 ? "  " + s.outOfOrder() + " out of order" : "");
            }
            out.println("messages per type:");
            for (Map.Entry<String, Long> e : r.messagesByType().entrySet()) {
                out.printf(Locale.ROOT, "  %-28s %6d  %7.2f/s%n", e.getKey(), e.getValue(), r.rate(e.getKey()));
            }
            out.printf(Locale.ROOT, "frames: %d received, %d CRC failures, %d bad signatures, %d bytes%n",
                    r.frames().framesReceived(), r.frames().crcFailures(), r.frames().badSignatures(),
                    r.frames().bytesReceived());
            out.printf(Locale.ROOT, "loss: %d of %d frames (%.1f%%)%n", r.lost(), r.received() + r.lost(), r.lossPercent());
            out.flush();
        }

        /** What the vehicle made of the telemetry request (it affects the rates above). */
        private void printAsked(Optional<TelemetryRequests.Round> round) {
            var out = out();
            if (round.isEmpty()) {
                out.println("telemetry asked for: the vehicle had not answered every request by the end");
            } else if (round.get().allAccepted()) {
                out.printf(Locale.ROOT, "telemetry asked for: %d messages, all granted (SET_MESSAGE_INTERVAL)%n",
                        round.get().accepted().size());
            } else {
                out.printf(Locale.ROOT, "telemetry asked for: %d messages granted (SET_MESSAGE_INTERVAL), %d refused or "
                        + "unanswered and asked for again with REQUEST_DATA_STREAM%n",
                        round.get().accepted().size(), round.get().refused().size());
            }
            out.flush();
        }
    }
}
