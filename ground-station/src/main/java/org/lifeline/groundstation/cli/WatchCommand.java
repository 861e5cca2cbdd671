package org.lifeline.groundstation.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.lifeline.command.TelemetryPlan;
import org.lifeline.command.TelemetryRequests;
import org.lifeline.groundstation.monitor.FlightMonitor;
import org.lifeline.groundstation.session.VehicleSession;
import org.lifeline.time.Scheduler;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code lifeline vehicle watch}: follow a flight on the terminal — one status line every
 * interval and each notable moment (armed, took off, item reached, autopilot text) as it
 * happens — until the vehicle lands (disarms after having been armed) or the time runs out.
 * It first asks the vehicle for position, battery, GPS and mission progress: ArduPilot sends
 * none of them on its GCS port until asked. When the vehicle lands after a take-off, the sortie
 * is filed in the data folder's archive ({@link ArchiveOptions}) once the link's tlog is closed.
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

    @Option(names = "--position-rate", paramLabel = "HZ", defaultValue = "2",
            description = "Position messages per second to ask the vehicle for (0.1..10; battery, GPS and mission "
                    + "progress come once a second; default: ${DEFAULT-VALUE}).")
    double positionRate;

    @Mixin
    ArchiveOptions archive;

    private ArchiveOptions.Following following;

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
        if (!(positionRate >= 0.1 && positionRate <= 10)) {
            throw new IllegalArgumentException("--position-rate: expected 0.1..10 per second, got " + positionRate);
        }
        archive.validate();
    }

    @Override
    int afterSession(int code) {
        if (following != null) {
            try (ArchiveOptions.Following f = following) {
                f.finish(out(), err());
            }
        }
        return code;
    }

    @Override
    int run(VehicleSession session) throws Exception {
        CountDownLatch landed = new CountDownLatch(1);
        following = archive.noArchive ? null : archive.new Following(session, env.clock(), err());
        try {
            return follow(session, landed);
        } catch (Exception e) {
            if (following != null) {
                following.close();
                following = null;
            }
            throw e;
        }
    }

    private int follow(VehicleSession session, CountDownLatch landed) throws Exception {
        try (FlightMonitor monitor = new FlightMonitor(session.channel(), session.targetSystem(), session.targetComponent(),
                moment -> {
                    synchronized (this) {
                        out().println("  " + moment.text());
                        out().flush();
                    }
                    if (following != null) {
                        following.listener().accept(moment);
                    }
                    if (moment.kind() == FlightMonitor.Moment.Kind.LANDED) {
                        landed.countDown();
                    }
                });
             TelemetryRequests asked = session.requestTelemetry(plan(positionRate))) {
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

    /**
     * The monitor's telemetry, plus BATTERY_STATUS every 5 s: its energy counter (the autopilot's
     * own, in the vehicle's time) is what the filed sortie's report compares with the prediction.
     */
    static TelemetryPlan plan(double positionRate) {
        return org.lifeline.groundstation.logs.archive.ArchiveOnLanding.telemetry(positionRate);
    }

    private static boolean waitForever(CountDownLatch latch) throws InterruptedException {
        latch.await();
        return true;
    }
}
