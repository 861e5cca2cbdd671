package org.lifeline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;
import org.lifeline.simulator.cli.SimulatorCommand;
import org.lifeline.simulator.port.LinkPortOpener;
import org.lifeline.support.SitlProcess;
import org.lifeline.time.SystemScheduler;

/**
 * The same delivery flown on ArduCopter SITL and on the simulator, side by side at the same
 * speed-up, through the ground station's own mission transfer and vehicle control: what each
 * gives back after an upload (frames), how each answers a duplicated item, TIMESYNC and
 * SET_MESSAGE_INTERVAL, the mode numbers and landed states during the flight, the message
 * rates asked for, the gripper, the battery, and when each mission item is reached (within
 * ±30 %). A divergence in any of them fails here rather than in a pilot's hands.
 */
class SitlDifferentialTest {

    private static final double SPEEDUP = 15;
    private static final double LAT = 34.0600;
    private static final double LON = 114.3950;
    private static final double ALT = 50;

    /** Takeoff to 30 m, two legs, a drop at 12 m with an 8 s hold, gripper, back, RTL — as QGroundControl writes it. */
    static MissionPlan deliveryMission() {
        List<MissionItem> items = new ArrayList<>();
        items.add(new MissionItem(16, MavFrame.GLOBAL, false, true, 0, 0, 0, 0, MissionItem.toE7(LAT), MissionItem.toE7(LON), (float) ALT));
        items.add(new MissionItem(MavCmd.NAV_TAKEOFF, MavFrame.GLOBAL_RELATIVE_ALT, false, true, 0, 0, 0, 0, 0, 0, 30f));
        items.add(FlightProbe.waypoint(34.0615, 114.3970, 30, 0));
        items.add(FlightProbe.waypoint(34.0630, 114.3990, 30, 0));
        items.add(FlightProbe.waypoint(34.0630, 114.3990, 12, 8));
        items.add(new MissionItem(MavCmd.DO_GRIPPER, MavFrame.MISSION, false, true, 1, MavCmd.GRIPPER_ACTION_RELEASE, 0, 0, 0, 0, 0));
        items.add(FlightProbe.waypoint(34.0630, 114.3990, 30, 0));
        items.add(FlightProbe.waypoint(34.0615, 114.3970, 30, 0));
        items.add(new MissionItem(MavCmd.NAV_RETURN_TO_LAUNCH, MavFrame.MISSION, false, true, 0, 0, 0, 0, 0, 0, 0));
        return new MissionPlan(MissionType.MISSION, items);
    }

    static MissionPlan fence() {
        List<MissionItem> items = new ArrayList<>();
        double[][] corners = {{-0.01, -0.01}, {0.01, -0.01}, {0.01, 0.01}, {-0.01, 0.01}};
        for (double[] c : corners) {
            items.add(new MissionItem(MavCmd.NAV_FENCE_POLYGON_VERTEX_INCLUSION, MavFrame.GLOBAL_INT, false, true, 4, 0, 0, 0,
                    MissionItem.toE7(LAT + c[0]), MissionItem.toE7(LON + c[1]), 0));
        }
        return new MissionPlan(MissionType.FENCE, items);
    }

    static MissionItem rallyPoint(double dLat, int frame) {
        return new MissionItem(MavCmd.NAV_RALLY_POINT, frame, false, true, 0, 0, 0, 0,
                MissionItem.toE7(LAT + dLat), MissionItem.toE7(LON), 25);
    }

    static MissionPlan rally() {
        return new MissionPlan(MissionType.RALLY, List.of(rallyPoint(0.001, MavFrame.GLOBAL_RELATIVE_ALT_INT),
                rallyPoint(-0.001, MavFrame.GLOBAL_RELATIVE_ALT)));
    }

    private static FlightProbe.Record fly(String uri) throws Exception {
        try (FlightProbe probe = new FlightProbe(uri)) {
            probe.askProtocolQuestions();
            probe.transferPlans(deliveryMission(), fence(), rally());
            probe.uploadWithADuplicate(rallyPoint(0.001, MavFrame.GLOBAL_RELATIVE_ALT), rallyPoint(-0.001, MavFrame.GLOBAL_RELATIVE_ALT));
            probe.fly(Duration.ofSeconds(90));
            return probe.record();
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void theSameDeliveryOnSitlAndOnTheSimulatorMatchesInProtocolModesRatesAndTiming() throws Exception {
        SitlProcess.assumeAvailable();
        int port = freePort();
        StringWriter simulatorLog = new StringWriter();
        Thread simulator = new Thread(() -> {
            try (SystemScheduler wall = new SystemScheduler("simulator-links")) {
                SimulatorCommand.run(new LinkPortOpener(wall), new PrintWriter(simulatorLog, true), new PrintWriter(simulatorLog, true),
                        "--gcs", "tcpin://127.0.0.1:" + port, "--home", LAT + "," + LON + "," + ALT,
                        "--speedup", String.valueOf(SPEEDUP), "--duration", "600");
            }
        }, "simulator");
        simulator.setDaemon(true);
        try (SitlProcess sitl = SitlProcess.start(SitlProcess.Options.defaults().withSpeedup(SPEEDUP)
                .withHome(LAT + "," + LON + "," + ALT + ",0"))) {
            simulator.start();
            Broker.await("the simulator listening on " + port, Duration.ofSeconds(20), () -> {
                try (java.net.Socket probe = new java.net.Socket("127.0.0.1", port)) {
                    return true;
                } catch (java.io.IOException notYet) {
                    return false;
                }
            });
            CompletableFuture<FlightProbe.Record> onSitl = CompletableFuture.supplyAsync(() -> run(sitl.gcsUri()));
            CompletableFuture<FlightProbe.Record> onSim = CompletableFuture.supplyAsync(() -> run("tcp://127.0.0.1:" + port));
            FlightProbe.Record a = onSitl.get(140, TimeUnit.SECONDS);
            FlightProbe.Record s = onSim.get(140, TimeUnit.SECONDS);
            compare(a, s);
        }
    }

    private static FlightProbe.Record run(String uri) {
        try {
            return fly(uri);
        } catch (Exception e) {
            throw new IllegalStateException(uri + ": " + e.getMessage(), e);
        }
    }

    private static void compare(FlightProbe.Record sitl, FlightProbe.Record sim) {
        for (FlightProbe.Record r : List.of(sitl, sim)) {
            StringBuilder b = new StringBuilder(r == sitl ? "SITL     " : "simulator");
            r.reachedMs.keySet().forEach(seq -> b.append(String.format(" #%d %.1fs", seq, r.secondsToReach(seq))));
            FlightProbe.STREAMS.keySet().stream().sorted().forEach(id -> b.append(String.format(" m%d %.2fHz", id, r.rateHz(id))));
            b.append(" modes ").append(r.modes).append(" landed ").append(r.landedStates).append(" servo8 ").append(r.servo8)
                    .append(" ").append(r.voltageMv).append(" mV ").append(r.remainingPercent).append(" % frames ").append(r.framesBack);
            System.out.println(b);
        }
        // protocol behaviours
        assertThat(sitl.timesyncTc1).as("SITL answers TIMESYNC").isNotNull().isPositive();
        assertThat(sim.timesyncTc1).as("simulator answers TIMESYNC").isNotNull().isPositive();
        assertThat(sim.heartbeatIntervalResult).as("SET_MESSAGE_INTERVAL(HEARTBEAT)").isEqualTo(sitl.heartbeatIntervalResult).isZero();
        assertThat(sim.streamResults).as("SET_MESSAGE_INTERVAL results per message").isEqualTo(sitl.streamResults);
        assertThat(sim.framesBack).as("frames given back after upload").isEqualTo(sitl.framesBack);
        assertThat(sitl.duplicateAcks).as("SITL's answer to a duplicated item").containsExactly(13, 0);
        assertThat(sim.duplicateAcks).as("the simulator's answer to a duplicated item").isEqualTo(sitl.duplicateAcks);

        // the flight
        assertThat(sitl.landed).as("SITL landed; " + sitl.texts).isTrue();
        assertThat(sim.landed).as("simulator landed; " + sim.texts).isTrue();
        assertThat(sim.modes).as("mode numbers while armed").isEqualTo(sitl.modes);
        assertThat(sitl.landedStates).as("SITL EXTENDED_SYS_STATE").contains(1, 2).endsWith(1);
        assertThat(sim.landedStates).as("simulator EXTENDED_SYS_STATE").isEqualTo(sitl.landedStates);
        assertThat(sim.reachedMs.keySet()).as("items reached").containsExactlyElementsOf(sitl.reachedMs.keySet());
        for (int seq : sitl.reachedMs.keySet()) {
            double expected = sitl.secondsToReach(seq);
            assertThat(sim.secondsToReach(seq)).as("seconds to reach item %d (SITL %.1f s)", seq, expected)
                    .isCloseTo(expected, within(Math.max(3.0, 0.3 * expected)));
        }
        for (int id : FlightProbe.STREAMS.keySet()) {
            assertThat(sim.rateHz(id)).as("rate of message %d (SITL %.2f Hz)", id, sitl.rateHz(id))
                    .isCloseTo(sitl.rateHz(id), within(0.3 * sitl.rateHz(id)));
        }
        assertThat(sim.rateHz(0)).as("heartbeat rate").isCloseTo(sitl.rateHz(0), within(0.3));
        assertThat(gripper(sim.texts)).as("gripper messages").isEqualTo(gripper(sitl.texts));
        assertThat(sim.servo8).as("gripper servo").isEqualTo(sitl.servo8);
        assertThat(sim.voltageMv).as("battery voltage").isCloseTo(sitl.voltageMv, within(300));
        assertThat(sim.remainingPercent).as("battery left").isCloseTo(sitl.remainingPercent, within(Math.max(5, (100 - sitl.remainingPercent) * 3 / 10)));
    }

    private static List<String> gripper(List<String> texts) {
        return texts.stream().filter(t -> t.startsWith("Gripper")).toList();
    }
}
