package org.lifeline.groundstation.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.logs.DamagedTlog;
import org.lifeline.groundstation.logs.SharedLogs;
import org.lifeline.mission.MissionItem;
import org.lifeline.plan.PlanFiles;
import org.lifeline.support.Await;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code lifeline log replay} end to end: the real command line serving the SITL delivery flight
 * over real UDP on the loopback interface, and Lifeline's own {@code vehicle watch} and
 * {@code mission download} attached to it as to a vehicle. Real time, sped up.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class LogReplayCliTest {

    @TempDir
    Path dir;

    /** A command line running on its own thread, its output readable while it runs. */
    private record Running(FutureTask<Integer> exit, Thread thread, StringWriter out, StringWriter err) {
        static Running start(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cl = LifelineCommand.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            FutureTask<Integer> task = new FutureTask<>(() -> cl.execute(args));
            Thread t = new Thread(task, "cli " + args[0] + " " + args[1]);
            t.setDaemon(true);
            t.start();
            return new Running(task, t, out, err);
        }

        int await() throws Exception {
            return exit.get(60, TimeUnit.SECONDS);
        }

        /** Stops the command as an interrupt (Ctrl-C in a shell ends the JVM instead) and waits for it. */
        int stop() throws Exception {
            thread.interrupt();
            return await();
        }
    }

    private static int freeUdpPort() throws SocketException {
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static boolean bound(int port) {
        try (DatagramSocket s = new DatagramSocket(port, InetAddress.getLoopbackAddress())) {
            return false;
        } catch (SocketException e) {
            return true;
        }
    }

    @Test
    void vehicleWatchAttachedOverUdpSeesTheRecordedFlightFromArmingToLanding() throws Exception {
        Path tlog = SharedLogs.require("sitl-delivery.tlog");
        int port = freeUdpPort();
        // as MAVProxy or QGroundControl would: the ground station listens, the replay sends to it
        Running watch = Running.start("vehicle", "watch", "--connect", "udpin://127.0.0.1:" + port, "--no-tlog",
                "--no-archive", "--seconds", "40", "--every", "5");
        assertThat(Await.until(() -> bound(port), Duration.ofSeconds(20))).as("watch listens on " + port).isTrue();

        Running replay = Running.start("log", "replay", tlog.toString(), "--serve", "udpout://127.0.0.1:" + port,
                "--speed", "10", "--status-every", "0");

        assertThat(replay.await()).as(replay.err().toString()).isEqualTo(ExitCodes.OK);
        assertThat(watch.await()).as(watch.err().toString()).isEqualTo(ExitCodes.OK);
        String seen = watch.out().toString();
        assertThat(seen).contains("armed in AUTO", "took off", "autopilot: Mission: 6 Gripper",
                "autopilot: Gripper load released", "autopilot: Mission: 9 RTL", "disarmed: landed");
        // every MISSION_ITEM_REACHED the log holds, in order: frames are packed into datagrams, so none is lost
        assertThat(seen.lines().filter(l -> l.startsWith("  reached mission item ")).toList())
                .containsExactly("  reached mission item 1", "  reached mission item 2", "  reached mission item 3",
                        "  reached mission item 4", "  reached mission item 5", "  reached mission item 7",
                        "  reached mission item 8", "  reached mission item 9");
        assertThat(seen.lines().toList()).last().isEqualTo("landed");
        String served = replay.out().toString();
        assertThat(served).startsWith("sitl-delivery.tlog: 87014 records over 01:03, vehicle 1/1; mission 10 items, "
                + "fence not recorded, rally not recorded;");
        assertThat(served).contains("serving as vehicle 1/1 on udp://127.0.0.1:" + port + " at ×10",
                "ground station 255/190 attached",
                // watch asks for its telemetry rates; a replay's rates are the log's
                "MAV_CMD_SET_MESSAGE_INTERVAL (511) refused (MAV_RESULT_DENIED): a replay cannot fly",
                "end of log 01:03 / 01:03 ×10", "replay finished");
    }

    @Test
    void missionDownloadOverUdpReturnsTheRecordedMissionItemByItem() throws Exception {
        Path tlog = SharedLogs.require("sitl-delivery.tlog");
        Running replay = Running.start("log", "replay", tlog.toString(), "--serve", "udpin://127.0.0.1:0", "--status-every", "0");
        Pattern serving = Pattern.compile("serving as vehicle 1/1 on udpin://127\\.0\\.0\\.1:(\\d+)");
        assertThat(Await.until(() -> serving.matcher(replay.out().toString()).find(), Duration.ofSeconds(20)))
                .as(replay.out() + "" + replay.err()).isTrue();
        Matcher m = serving.matcher(replay.out().toString());
        assertThat(m.find()).isTrue();

        Path file = dir.resolve("downloaded.waypoints");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = LifelineCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("mission", "download", file.toString(), "--connect", "udp://127.0.0.1:" + m.group(1), "--no-tlog");

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        List<MissionItem> flown = PlanFiles.read(SharedLogs.require("sitl-delivery.waypoints")).mission();
        List<MissionItem> got = PlanFiles.read(file).mission();
        assertThat(got).hasSameSizeAs(flown);
        for (int i = 0; i < flown.size(); i++) {
            assertThat(List.of(got.get(i).command(), got.get(i).x(), got.get(i).y(), got.get(i).z(), got.get(i).param1()))
                    .as("item %d", i + 1)
                    .isEqualTo(List.of(flown.get(i).command(), flown.get(i).x(), flown.get(i).y(), flown.get(i).z(), flown.get(i).param1()));
        }
        assertThat(replay.out().toString()).contains("mission download: answering with the 10 items recorded in the log")
                .contains("waiting for a ground station to attach on udpin://127.0.0.1:" + m.group(1));
        assertThat(replay.stop()).isEqualTo(ExitCodes.OK);
        assertThat(replay.out().toString()).endsWith("replay stopped" + System.lineSeparator());
    }

    @Test
    void aDamagedLogIsReportedOnceAndReplayedToItsEnd() throws Exception {
        Path original = SharedLogs.require("sitl-delivery.tlog");
        byte[] bytes = Files.readAllBytes(original);
        java.util.Arrays.fill(bytes, bytes.length / 2, bytes.length / 2 + 700, (byte) 0x55);
        Path overwritten = Files.write(dir.resolve("overwritten.tlog"), bytes);
        // and the last record stamped 138 years ahead, as damage in front of it would leave it
        DamagedTlog tlog = DamagedTlog.of(overwritten);
        tlog.stamp(tlog.places.size() - 1, tlog.places.get(0).micros() + 1_209_165L * 3_600_000_000L);
        Path damaged = tlog.write(dir.resolve("damaged.tlog"));

        CliHarness.Run r = new CliHarness().run("log", "replay", damaged.toString(), "--serve",
                "udpout://127.0.0.1:" + freeUdpPort(), "--speed", "1000", "--status-every", "0");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out().lines().toList()).element(1).asString()
                .startsWith("damaged: " + damaged + ": ").contains("unreadable bytes in 2 places (first at byte offset ")
                .endsWith("; the readable records are replayed");
        assertThat(r.out().lines().filter(l -> l.startsWith("timestamps: ")).toList()).singleElement().asString()
                .contains("cannot be true").contains("(stamped 2164-11-06T23:45:26Z, placed at 01:03 into the log)");
        assertThat(r.out()).contains("end of log 01:03 / 01:03 ×1000").endsWith("replay finished" + System.lineSeparator());
    }

    @Test
    void badInputExitsTwoWithOneLineSayingWhatWasExpected() throws IOException {
        CliHarness cli = new CliHarness();
        Path notLog = Files.writeString(dir.resolve("notes.tlog"), "not a log\n".repeat(100));
        assertThat(cli.run("log", "replay", dir.resolve("missing.tlog").toString(), "--serve", "udpin://127.0.0.1:0").err())
                .isEqualTo("error: " + dir.resolve("missing.tlog") + ": no such log file" + System.lineSeparator());
        CliHarness.Run garbage = cli.run("log", "replay", notLog.toString(), "--serve", "udpin://127.0.0.1:0");
        assertThat(garbage.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(garbage.err()).startsWith("error: " + notLog + ": no MAVLink record found");
        CliHarness.Run uri = cli.run("log", "replay", notLog.toString(), "--serve", "udp://localhost");
        assertThat(uri.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(uri.err()).startsWith("error: --serve: \"udp://localhost\" has no port");
        CliHarness.Run speed = cli.run("log", "replay", notLog.toString(), "--serve", "udpin://127.0.0.1:0", "--speed", "0");
        assertThat(speed.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(speed.err()).startsWith("error: --speed: expected 0.01..1000");
    }

    @Test
    void aPortAlreadyTakenExitsThreeNamingIt() throws IOException {
        Path tlog = SharedLogs.require("sitl-delivery.tlog");
        try (DatagramSocket taken = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            CliHarness.Run r = new CliHarness().run("log", "replay", tlog.toString(), "--serve",
                    "udpin://127.0.0.1:" + taken.getLocalPort());
            assertThat(r.exitCode()).isEqualTo(ExitCodes.NO_LINK);
            assertThat(r.err()).startsWith("error: cannot listen on udpin://127.0.0.1:" + taken.getLocalPort());
        }
    }
}
