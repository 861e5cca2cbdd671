package org.lifeline.groundstation.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.lifeline.groundstation.monitor.FlightMonitor;
import org.lifeline.groundstation.session.VehicleSession;
import org.lifeline.time.Scheduler;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lifeline vehicle watch}: follow a flight on the terminal — one status line every
 * interval and each notable moment (armed, took off, item reached, autopilot text) as it
 * happens — until the vehicle lands (disarms after having been armed) or the time runs out.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Follow the flight: status every interval and each event, until the vehicle lands.")
final class WatchCommand extends SessionCommand {

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "0",
            description = "Stop after N seconds (default: until the vehicle lands).")
    long seconds;

    @Option(names = "--every", paramLabel = "S", defaultValue = "1",
            description = "Seconds between status lines (default: ${DEFAULT-VALUE}).")
    double every;

    WatchCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    void prepare() {
        if (seconds < 0) {
            throw new IllegalArgumentException("--seconds: expected 0 (until landed) or a positive number, got " + seconds);
        }
        if (!(every >= 0.1 && every <= 3600)) {
            throw new IllegalArgumentException("--every: expected 0.1..3600 seconds, got " + every);
        }
    }

    @Override
    int run(VehicleSession session) throws Exception {
        CountDownLatch landed = new CountDownLatch(1);
        try (FlightMonitor monitor = new FlightMonitor(session.channel(), session.targetSystem(), session.targetComponent(),
                moment -> {
                    synchronized (this) {
                        out().println("  " + moment.text());
                        out().flush();
                    }
                    if (moment.kind() == FlightMonitor.Moment.Kind.LANDED) {
                        landed.countDown();
                    }
                })) {
            Scheduler.Cancellable[] ticker = new Scheduler.Cancellable[1];
            Duration interval = Duration.ofMillis(Math.round(every * 1000));
            Runnable tick = new Runnable() {
                @Override
                public void run() {
                    synchronized (WatchCommand.this) {
                        out().println(monitor.status().line());
                        out().flush();
                    }
                    ticker[0] = session.scheduler().schedule(interval, this);
                }
            };
            ticker[0] = session.scheduler().schedule(Duration.ZERO, tick);
            boolean done = seconds > 0 ? landed.await(seconds, TimeUnit.SECONDS) : waitForever(landed);
            ticker[0].cancel();
            out().println(monitor.status().line());
            out().println(done ? "landed" : "stopped watching after " + seconds + " s");
            out().flush();
            return ExitCodes.OK;
        }
    }

    private static boolean waitForever(CountDownLatch latch) throws InterruptedException {
        latch.await();
        return true;
    }
}
