package org.lifeline.groundstation.cli;

import org.lifeline.groundstation.logs.replay.LogScanner;
import org.lifeline.groundstation.logs.replay.Notices;
import org.lifeline.groundstation.logs.replay.RecordedLog;
import org.lifeline.groundstation.logs.replay.ReplayControls;
import org.lifeline.groundstation.logs.replay.ReplayServer;
import org.lifeline.link.Link;
import org.lifeline.link.LinkUri;
import org.lifeline.link.Links;
import org.lifeline.mission.MissionType;
import org.lifeline.time.Scheduler;
import org.lifeline.time.SystemScheduler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * {@code lifeline log replay FILE --serve URI [--speed N]}: a recorded {@code .tlog} served as a
 * live vehicle that ground stations attach to (see docs/logs.md, "Replay"). Runs until the log
 * ends or the operator types {@code q}; lines on a terminal's stdin pause, change speed and
 * seek, and stdin that is not a terminal is left alone.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Serve a .tlog as a live vehicle at its recorded pace: ground stations attach and download its mission "
                + "and parameters; commands are refused. Controls on a terminal: p pause, + / - speed, s SECONDS seek, q quit.")
final class LogReplayCommand implements java.util.concurrent.Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "a .tlog (Lifeline, QGroundControl, Mission Planner, MAVProxy/pymavlink)")
    Path file;

    @Option(names = "--serve", required = true, paramLabel = "URI",
            description = "where ground stations attach: udpout://HOST:PORT (= udp://, sends to a ground station listening there, "
                    + "e.g. udpout://127.0.0.1:14550), udpin://ADDR:PORT, tcpin://ADDR:PORT")
    String serve;

    @Option(names = "--speed", paramLabel = "N", defaultValue = "1",
            description = "log seconds per second (0.01..1000, default: ${DEFAULT-VALUE} = the recorded pace)")
    double speed;

    @Option(names = "--status-every", paramLabel = "S", defaultValue = "10",
            description = "seconds between status lines when the output is not a terminal (a terminal's line is rewritten "
                    + "every second; default: ${DEFAULT-VALUE}, 0 = none)")
    double statusEvery;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!(speed >= 0.01 && speed <= 1000)) {
            return LogCommand.error(spec, ExitCodes.BAD_INPUT, "--speed: expected 0.01..1000 (1 = the recorded pace), got " + speed);
        }
        if (!(statusEvery == 0 || statusEvery >= 0.1)) {
            return LogCommand.error(spec, ExitCodes.BAD_INPUT, "--status-every: expected 0 or at least 0.1 seconds, got " + statusEvery);
        }
        String uri = udpoutAsUdp(serve);
        try {
            LinkUri.parse(uri);
        } catch (IllegalArgumentException e) {
            return LogCommand.error(spec, ExitCodes.BAD_INPUT, "--serve: " + e.getMessage() + " (udpout://HOST:PORT is accepted too)");
        }
        if (!Files.isRegularFile(file)) {
            return LogCommand.error(spec, ExitCodes.BAD_INPUT, file + ": no such log file");
        }
        RecordedLog log;
        try {
            log = LogScanner.scan(file);
        } catch (IllegalArgumentException e) {
            return LogCommand.error(spec, ExitCodes.BAD_INPUT, e.getMessage());
        } catch (IOException e) {
            return LogCommand.error(spec, ExitCodes.FAILED, file + ": cannot read: " + e.getMessage());
        }
        out.println(describe(log));
        if (!log.summary().clean()) {
            out.println("damaged: " + log.summary().describe() + "; the readable records are replayed");
        }
        if (!log.times().clean()) {
            out.println("timestamps: " + log.times().describe(
                    org.lifeline.groundstation.logs.read.ClockRepairs::utc,
                    us -> clock(us - log.startMicros()) + " into the log"));
        }
        Link link;
        try {
            link = Links.open(uri);
        } catch (IOException e) {
            return LogCommand.error(spec, ExitCodes.NO_LINK, e.getMessage());
        }
        boolean terminal = System.console() != null;
        CountDownLatch done = new CountDownLatch(1);
        Object printLock = new Object();
        AtomicBoolean statusShown = new AtomicBoolean();
        Notices notices = new Notices(text -> {
            synchronized (printLock) {
                out.println((statusShown.getAndSet(false) ? "\r\033[K" : "") + text);
                out.flush();
            }
        });
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        try (SystemScheduler scheduler = new SystemScheduler("replay");
             ReplayServer server = new ReplayServer(log, link, scheduler, speed, notices, done::countDown)) {
            out.println("serving as vehicle " + log.vehicleSystem() + "/" + log.vehicleComponent() + " on " + served(link, uri)
                    + " at " + speedText(speed) + (terminal ? "; " + controlsHint() : ""));
            out.flush();
            boolean listens = LinkUri.parse(uri).scheme().listens();
            if (listens) {
                out.println("waiting for a ground station to attach on " + served(link, uri) + " (its first message starts the replay)");
                out.flush();
            }
            try {
                if (listens) {
                    server.startWhenAttached();
                } else {
                    server.start();
                }
            } catch (UncheckedIOException e) {
                return LogCommand.error(spec, ExitCodes.FAILED, e.getMessage());
            }
            AtomicBoolean quit = new AtomicBoolean();
            if (terminal) {
                startControls(new ReplayControls(server.playback()), out, printLock, statusShown, quit, done, failure);
            }
            scheduleStatus(scheduler, server, out, printLock, statusShown, terminal);
            try {
                done.await();
            } catch (InterruptedException e) {
                quit.set(true); // stopped from outside: close down as after q
            }
            synchronized (printLock) {
                out.println((statusShown.get() ? "\r\033[K" : "") + server.playback().status().line());
                if (!server.playback().withheld().isEmpty()) {
                    out.println("not re-sent (answers to the recorded ground station): " + server.playback().withheld().values()
                            .stream().mapToLong(Long::longValue).sum() + " frames");
                }
                out.println(quit.get() ? "replay stopped" : "replay finished");
                out.flush();
            }
            if (server.failure() != null) {
                failure.compareAndSet(null, server.failure());
            }
            if (failure.get() != null) {
                return LogCommand.error(spec, ExitCodes.FAILED, failure.get().getMessage());
            }
            return ExitCodes.OK;
        }
    }

    /** Reads control lines on a daemon thread (a blocked read of stdin cannot be interrupted, and need not be). */
    private static void startControls(ReplayControls controls, PrintWriter out, Object printLock, AtomicBoolean statusShown,
                                      AtomicBoolean quit, CountDownLatch done, AtomicReference<RuntimeException> failure) {
        Thread t = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    ReplayControls.Result r;
                    try {
                        r = controls.apply(line);
                    } catch (UncheckedIOException e) {
                        failure.set(e);
                        done.countDown();
                        return;
                    }
                    synchronized (printLock) {
                        statusShown.set(false);
                        out.println(r.reply());
                        out.flush();
                    }
                    if (r.quit()) {
                        quit.set(true);
                        done.countDown();
                        return;
                    }
                }
            } catch (IOException e) {
                // stdin closed: the replay runs on to the end of the log
            }
        }, "replay-controls");
        t.setDaemon(true);
        t.start();
    }

    private void scheduleStatus(Scheduler scheduler, ReplayServer server, PrintWriter out, Object printLock,
                                AtomicBoolean statusShown, boolean terminal) {
        double every = terminal ? 1 : statusEvery;
        if (every <= 0) {
            return;
        }
        Duration interval = Duration.ofMillis(Math.round(every * 1000));
        scheduler.schedule(interval, new Runnable() {
            @Override
            public void run() {
                var status = server.playback().status();
                if (status.finished()) {
                    return;
                }
                if (!server.playback().started()) {
                    scheduler.schedule(interval, this);
                    return;
                }
                synchronized (printLock) {
                    if (terminal) {
                        out.print("\r\033[K" + status.line());
                        statusShown.set(true);
                    } else {
                        out.println(status.line());
                    }
                    out.flush();
                }
                scheduler.schedule(interval, this);
            }
        });
    }

    static String describe(RecordedLog log) {
        String plans = java.util.Arrays.stream(MissionType.values())
                .map(t -> t.name().toLowerCase(Locale.ROOT) + " " + log.mission(t).map(p -> p.size() + " items").orElse("not recorded"))
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%s: %d records over %s, vehicle %d/%d; %s; %d parameters%s",
                log.file().getFileName(), log.summary().records(), clock(log.durationMicros()), log.vehicleSystem(),
                log.vehicleComponent(), plans, log.parameters().size(),
                log.groundSystems().isEmpty() ? "" : "; ground station frames (system "
                        + log.groundSystems().stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")) + ") not re-sent");
    }

    private static String clock(long micros) {
        long s = micros / 1_000_000L;
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%02d:%02d", s / 60, s % 60);
    }

    private static String speedText(double v) {
        return v == Math.rint(v) ? "×" + (long) v : "×" + v;
    }

    private static String controlsHint() {
        return "type p pause, + / - speed, s SECONDS seek, q quit (then Enter)";
    }

    /** The URI as served, with the port the system picked when it was 0. */
    private static String served(Link link, String uri) {
        int port = link instanceof org.lifeline.link.UdpInLink u ? u.localPort()
                : link instanceof org.lifeline.link.TcpServerLink t ? t.localPort() : -1;
        if (port > 0 && uri.endsWith(":0")) {
            return uri.substring(0, uri.length() - 1) + port;
        }
        return uri;
    }

    /** MAVProxy calls a UDP sender {@code udpout}; Lifeline's name for it is {@code udp}. */
    static String udpoutAsUdp(String uri) {
        String t = uri.strip();
        return t.regionMatches(true, 0, "udpout:", 0, 7) ? "udp:" + t.substring(7) : t;
    }
}
