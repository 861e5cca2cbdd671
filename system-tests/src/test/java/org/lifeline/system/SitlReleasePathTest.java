package org.lifeline.system;

import org.lifeline.support.SitlProcess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.dronefleet.mavlink.common.CommandLong;
import io.dronefleet.mavlink.common.GlobalPositionInt;
import io.dronefleet.mavlink.common.MavCmd;
import io.dronefleet.mavlink.common.MissionCurrent;
import io.dronefleet.mavlink.common.ParamRequestRead;
import io.dronefleet.mavlink.common.ParamValue;
import io.dronefleet.mavlink.common.ServoOutputRaw;
import io.dronefleet.mavlink.common.Statustext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.agent.fc.AutopilotGripper;
import org.lifeline.agent.release.InterlockCheck;
import org.lifeline.groundstation.cli.LifelineCommand;
import org.lifeline.link.Links;
import org.lifeline.mavlink.EndpointOptions;
import org.lifeline.mavlink.MavlinkEndpoint;
import org.lifeline.support.Await;
import org.lifeline.time.SystemScheduler;
import picocli.CommandLine;

/**
 * The release-path choices, proven against ArduCopter itself (SITL with its servo gripper on
 * SERVO8, GRIP_ENABLE 1):
 *
 * <ol>
 *   <li>the ground station reads the real gripper parameters and refuses to upload a mission whose
 *       drops are marked with DO_GRIPPER release — ArduCopter would release there by itself;</li>
 *   <li>a mission whose drop is marked with DO_GRIPPER grab (the autopilot-owned encoding) is
 *       accepted, flown, and its marker run by ArduCopter without the gripper ever opening;</li>
 *   <li>the agent's one DO_GRIPPER release command, sent over the companion port during the hold,
 *       is acknowledged ACCEPTED and opens the gripper exactly once.</li>
 * </ol>
 */
class SitlReleasePathTest {

    private static final double HOME_LAT = 34.0600;
    private static final double HOME_LON = 114.3950;
    private static final double DROP_LAT = HOME_LAT + 0.0002; // 22 m north

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run lifeline(String... args) {
        CommandLine cl = LifelineCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    /** Home, take off to 10 m, hold 30 s over the drop, the drop's DO_GRIPPER marker, stay, return to launch. */
    private Path mission(String name, int markerAction) throws Exception {
        String drop = String.format(Locale.ROOT, "%.8f\t%.8f", DROP_LAT, HOME_LON);
        return Files.writeString(dir.resolve(name), String.join("\n",
                "QGC WPL 110",
                String.format(Locale.ROOT, "0\t1\t0\t16\t0\t0\t0\t0\t%.8f\t%.8f\t50.000000\t1", HOME_LAT, HOME_LON),
                "1\t0\t3\t22\t0\t0\t0\t0\t0\t0\t10.000000\t1",
                "2\t0\t3\t16\t30\t0\t0\t0\t" + drop + "\t10.000000\t1",
                "3\t0\t0\t211\t1\t" + markerAction + "\t0\t0\t0\t0\t0\t1",
                "4\t0\t3\t16\t0\t0\t0\t0\t" + drop + "\t10.000000\t1",
                "5\t0\t0\t20\t0\t0\t0\t0\t0\t0\t0\t1",
                ""));
    }

    @Test
    void arduCopterRunsTheGrabMarkerWithoutLettingGoAndReleasesOnceOnTheAgentsCommand() throws Exception {
        Path agentMarked = mission("agent.waypoints", 0);
        Path autopilotMarked = mission("autopilot.waypoints", 1);
        SitlProcess.assumeAvailable();
        try (SitlProcess sitl = SitlProcess.start(SitlProcess.Options.defaults()
                .withHome(HOME_LAT + "," + HOME_LON + ",50,0").withSpeedup(10).withGripper(true));
             SystemScheduler clock = new SystemScheduler("sitl-companion")) {
            Run refused = lifeline("mission", "upload", "--data", dir.resolve("data").toString(), "--connect", sitl.gcsUri(), "--wait", "30", "--no-tlog",
                    agentMarked.toString());
            assertThat(refused.exit()).as(refused.err() + sitl.output()).isEqualTo(1);
            assertThat(refused.err()).contains("refusing to upload: mission items [3] are DO_GRIPPER release")
                    .contains("GRIP_ENABLE = 1").contains("SERVO8_FUNCTION = 28");

            Run upload = lifeline("mission", "upload", "--data", dir.resolve("data").toString(), "--connect", sitl.gcsUri(), "--wait", "30", "--no-tlog",
                    autopilotMarked.toString());
            assertThat(upload.exit()).as(upload.err()).isZero();

            MavlinkEndpoint companion = new MavlinkEndpoint(Links.open(sitl.companionUri()), clock, EndpointOptions.companion(1));
            AtomicInteger servo8 = new AtomicInteger(-1);
            AtomicInteger current = new AtomicInteger(-1);
            AtomicReference<GlobalPositionInt> position = new AtomicReference<>();
            AtomicReference<Float> releasePwm = new AtomicReference<>();
            List<Integer> servoHistory = new CopyOnWriteArrayList<>();
            List<String> texts = new CopyOnWriteArrayList<>();
            companion.subscribe(m -> {
                if (m.systemId() != 1 || m.componentId() != 1) {
                    return;
                }
                if (m.payload() instanceof ServoOutputRaw s && s.port() == 0) {
                    servo8.set(s.servo8Raw());
                    servoHistory.add(s.servo8Raw());
                } else if (m.payload() instanceof MissionCurrent c) {
                    current.set(c.seq());
                } else if (m.payload() instanceof GlobalPositionInt g) {
                    position.set(g);
                } else if (m.payload() instanceof Statustext t) {
                    texts.add(t.text());
                } else if (m.payload() instanceof ParamValue p && "GRIP_RELEASE".equals(p.paramId().trim())) {
                    releasePwm.set(p.paramValue());
                }
            });
            companion.start();
            try {
                for (int[] stream : new int[][] {{36, 50_000}, {42, 250_000}, {33, 100_000}}) {
                    companion.send(CommandLong.builder().targetSystem(1).targetComponent(1)
                            .command(MavCmd.MAV_CMD_SET_MESSAGE_INTERVAL).param1(stream[0]).param2(stream[1]).build());
                }
                companion.send(ParamRequestRead.builder().targetSystem(1).targetComponent(1).paramId("GRIP_RELEASE")
                        .paramIndex(-1).build());
                assertThat(Await.until(() -> releasePwm.get() != null && servo8.get() > 0, Duration.ofSeconds(20)))
                        .as("GRIP_RELEASE and SERVO_OUTPUT_RAW from the companion port").isTrue();
                int release = Math.round(releasePwm.get());
                AutopilotGripper gripper = new AutopilotGripper(companion, 1, 1, 1);

                Run start = lifeline("vehicle", "start", "--connect", sitl.gcsUri(), "--no-tlog");
                assertThat(start.exit()).as(start.err()).isZero();

                boolean holding = Await.until(() -> {
                    GlobalPositionInt g = position.get();
                    return current.get() == 2 && g != null && Math.abs(g.relativeAlt() / 1000.0 - 10) < 1
                            && InterlockCheck.distanceMetres(g.lat() / 1e7, g.lon() / 1e7, DROP_LAT, HOME_LON) < 1.5
                            && Math.hypot(g.vx(), g.vy()) < 50;
                }, Duration.ofSeconds(90));
                assertThat(holding).as("holding over the drop; texts " + texts).isTrue();
                assertThat(servoHistory).as("the gripper never opened before the agent's command").doesNotContain(release);

                gripper.open();
                assertThat(Await.until(() -> gripper.lastOpenProblem().isEmpty(), Duration.ofSeconds(5)))
                        .as("COMMAND_ACK ACCEPTED: " + gripper.lastOpenProblem()).isTrue();
                assertThat(Await.until(() -> servo8.get() == release, Duration.ofSeconds(5))).isTrue();
                gripper.close();

                assertThat(Await.until(() -> current.get() >= 4, Duration.ofSeconds(60)))
                        .as("the mission ran its DO_GRIPPER grab marker and went on; texts " + texts).isTrue();
                Await.until(() -> servo8.get() != release, Duration.ofSeconds(5));
                int opened = 0;
                for (int i = 0; i < servoHistory.size(); i++) {
                    if (servoHistory.get(i) == release && (i == 0 || servoHistory.get(i - 1) != release)) {
                        opened++;
                    }
                }
                assertThat(opened).as("gripper openings; servo8 " + servoHistory.stream().distinct().toList()).isEqualTo(1);
            } finally {
                companion.close();
            }
        }
    }
}
