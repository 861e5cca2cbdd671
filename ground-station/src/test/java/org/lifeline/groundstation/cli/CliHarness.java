package org.lifeline.groundstation.cli;

import org.lifeline.groundstation.session.FrameCounters;
import org.lifeline.groundstation.session.HeartbeatSessionOpener;
import org.lifeline.groundstation.session.LoopbackChannels;
import org.lifeline.groundstation.session.OpenChannel;
import org.lifeline.groundstation.session.SessionOptions;
import org.lifeline.groundstation.session.TestCopter;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.time.Scheduler;
import org.lifeline.time.SystemScheduler;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs the {@code lifeline} command line in process against an in-process vehicle
 * ({@link TestCopter} over {@link LoopbackChannels}), capturing exit code, stdout and stderr.
 */
final class CliHarness implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-11-29T03:57:10Z");

    record Run(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    final List<SessionOptions> connects = new ArrayList<>();
    final List<AutoCloseable> opened = new ArrayList<>();
    boolean vehiclePresent = true;
    Consumer<TestCopter> setup = c -> { };
    TestCopter copter;

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = LifelineCommand.commandLine(new HeartbeatSessionOpener(this::connect),
                Clock.fixed(NOW, ZoneOffset.UTC));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private OpenChannel connect(SessionOptions options) {
        connects.add(options);
        LoopbackChannels pair = new LoopbackChannels(options.ownSystemId(), 190, 1, 1);
        SystemScheduler scheduler = new SystemScheduler("test-ground");
        SystemScheduler vehicleClock = new SystemScheduler("test-vehicle");
        if (vehiclePresent) {
            copter = new TestCopter(pair.vehicle(), vehicleClock);
            setup.accept(copter);
        }
        opened.add(pair);
        return new OpenChannel() {
            @Override
            public MessageChannel channel() {
                return pair.ground();
            }

            @Override
            public Scheduler scheduler() {
                return scheduler;
            }

            @Override
            public String uri() {
                return options.uri();
            }

            @Override
            public Optional<Path> tlog() {
                return Optional.empty();
            }

            @Override
            public FrameCounters frameCounters() {
                return new FrameCounters(42, 1, 0, 4200);
            }

            @Override
            public void close() {
                if (copter != null) {
                    copter.close();
                }
                scheduler.close();
                vehicleClock.close();
                pair.close();
            }
        };
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable c : opened) {
            c.close();
        }
    }
}
