package org.lifeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.dronefleet.mavlink.common.CommandLong;
import io.dronefleet.mavlink.common.MavCmd;
import io.dronefleet.mavlink.minimal.Heartbeat;
import io.dronefleet.mavlink.minimal.MavAutopilot;
import io.dronefleet.mavlink.minimal.MavState;
import io.dronefleet.mavlink.minimal.MavType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.agent.cli.AgentRuntime;
import org.lifeline.agent.cli.FcConnection;
import org.lifeline.agent.config.ConfigLoader;
import org.lifeline.agent.drops.MissionSource;
import org.lifeline.agent.drops.TransferClientMissionSource;
import org.lifeline.agent.release.InterlockCheck;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.transfer.MissionTransferClient;
import org.lifeline.mission.transfer.TransferOptions;
import org.lifeline.plan.FlightPlan;
import org.lifeline.plan.GeoPoint;
import org.lifeline.plan.Geofence;
import org.lifeline.simulator.hardware.PayloadBay;
import org.lifeline.simulator.hardware.PayloadWiring;
import org.lifeline.simulator.hardware.SimulatedPi;
import org.lifeline.simulator.port.InProcessChannels;
import org.lifeline.simulator.vehicle.SimulatedVehicle;
import org.lifeline.simulator.vehicle.SimulationClock;
import org.lifeline.support.MosquittoProcess;

/**
 * One release path per airframe, flown: the simulated ArduCopter, the agent's real runtime on a
 * simulated Pi, a real Mosquitto. Each mode flies a one-drop mission marked for its owner, and
 * the parcel leaves exactly once, by that owner's hand, over the drop point:
 *
 * <ul>
 *   <li>agent: the autopilot has no gripper (GRIP_ENABLE 0), the mission marks the drop with
 *       DO_GRIPPER release, the Pi's servo lets go; the autopilot's gripper output never moves.</li>
 *   <li>autopilot: the autopilot's gripper holds the parcel (GRIP_ENABLE 1), the mission marks the
 *       drop with DO_GRIPPER grab, the agent commands the release once; the Pi's bay never opens.</li>
 * </ul>
 */
class OneReleasePathFlightTest {

    private static final String KEY = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
    private static final GeoPoint HOME = new GeoPoint(34.0655, 114.4010, 48);
    private static final double DROP_LAT = 34.0660;
    private static final double DROP_LON = 114.4010;

    @TempDir
    Path dir;

    private static FlightPlan mission(int markerAction) {
        List<MissionItem> items = new ArrayList<>();
        items.add(new MissionItem(org.lifeline.mission.MavCmd.NAV_TAKEOFF, MavFrame.GLOBAL_RELATIVE_ALT, false, true,
                0, 0, 0, 0, 0, 0, 15f));
        items.add(MissionItem.waypoint(DROP_LAT, DROP_LON, 15));
        items.add(MissionItem.waypointWithHold(DROP_LAT, DROP_LON, 10, 8));
        items.add(MissionItem.command(org.lifeline.mission.MavCmd.DO_GRIPPER, 1, markerAction, 0, 0));
        items.add(MissionItem.waypoint(DROP_LAT, DROP_LON, 15));
        items.add(MissionItem.at(org.lifeline.mission.MavCmd.NAV_LAND, HOME.latitude(), HOME.longitude(), 0, 0, 0, 0, 0));
        return new FlightPlan(Optional.of(HOME), items, Geofence.none(), List.of());
    }

    /** Releases seen on each path during one flight. */
    private record Releases(int byPi, int byAutopilot, double metresFromDrop, List<String> journal) {
    }

    private Releases fly(boolean autopilotOwns) throws Exception {
        try (MosquittoProcess broker = Broker.start(dir.resolve("broker"))) {
            long nowMicros = System.currentTimeMillis() * 1000;
            SimulationClock clock = new SimulationClock(SimulationClock.DEFAULT_STEP, nowMicros);
            InProcessChannels.Pair gcsLink = InProcessChannels.pair(clock.scheduler(), 1, 1, 255, 190);
            InProcessChannels.Pair companionLink = InProcessChannels.pair(clock.scheduler(), 1, 1, 1, 191);
            SimulatedVehicle vehicle = SimulatedVehicle.builder().clock(clock).home(HOME)
                    .parameter("GRIP_ENABLE", autopilotOwns ? 1 : 0)
                    .port("gcs", gcsLink.a()).port("companion", companionLink.a()).build();
            vehicle.preload(mission(autopilotOwns ? org.lifeline.mission.MavCmd.GRIPPER_ACTION_GRAB
                    : org.lifeline.mission.MavCmd.GRIPPER_ACTION_RELEASE));
            SimulatedPi pi = SimulatedPi.start(clock.scheduler(), PayloadWiring.standard());

            Files.writeString(dir.resolve("command.key"), KEY + "\n");
            List<String> props = new ArrayList<>(List.of("drone.id = sim1", "fc.uri = udpin://127.0.0.1:14550",
                    "broker.uri = " + broker.uri(), "commands.keyFile = command.key", "data.dir = data",
                    "telemetry.rateHz = 2", "actuator.openMillis = 1000", "drop.refusalSeconds = 5"));
            if (autopilotOwns) {
                props.add("release.owner = autopilot");
            } else {
                props.addAll(List.of("actuator.kind = servo", "actuator.servo.pwmChannel = 0", "actuator.servo.closedMicros = 1900",
                        "actuator.servo.openMicros = 1100", "sensor.pin = 27", "sensor.presentWhenHigh = false"));
            }
            Files.writeString(dir.resolve("agent.properties"), String.join("\n", props) + "\n");
            MessageChannel agentEnd = companionLink.b();
            MissionTransferClient missions = new MissionTransferClient(agentEnd, clock.scheduler(),
                    TransferOptions.defaults().withTarget(1, 1).withOwnSystemId(1));
            MissionSource source = new TransferClientMissionSource(missions);
            FcConnection fc = new FcConnection() {
                @Override
                public MessageChannel channel() {
                    return agentEnd;
                }

                @Override
                public MissionSource missions() {
                    return source;
                }

                @Override
                public void start() {
                }

                @Override
                public void close() {
                    missions.close();
                }
            };
            AgentRuntime agent = AgentRuntime.start(ConfigLoader.load(dir.resolve("agent.properties")), clock.scheduler(),
                    false, pi.context(), (c, s) -> fc);

            int releasePwm = (int) vehicle.parameter("GRIP_RELEASE");
            int[] byPi = {0};
            int[] byAutopilot = {0};
            double[] distance = {Double.NaN};
            PayloadBay.State[] lastBay = {pi.bay().state()};
            int[] lastPwm = {vehicle.state().gripperPwm()};
            clock.add(dt -> {
                PayloadBay.State bay = pi.bay().state();
                int pwm = vehicle.state().gripperPwm();
                boolean piReleased = bay != lastBay[0] && lastBay[0] == PayloadBay.State.LOADED;
                boolean autopilotReleased = pwm == releasePwm && lastPwm[0] != releasePwm;
                if (piReleased || autopilotReleased) {
                    distance[0] = InterlockCheck.distanceMetres(vehicle.state().latitude(), vehicle.state().longitude(),
                            DROP_LAT, DROP_LON);
                }
                byPi[0] += piReleased ? 1 : 0;
                byAutopilot[0] += autopilotReleased ? 1 : 0;
                lastBay[0] = bay;
                lastPwm[0] = pwm;
            });
            clock.add(new GcsHeartbeat(gcsLink.b()));
            try {
                clock.runFor(Duration.ofSeconds(10)); // GPS lock, streams, mission read
                command(gcsLink.b(), MavCmd.MAV_CMD_DO_SET_MODE, 1, 4);
                clock.runFor(Duration.ofSeconds(1));
                command(gcsLink.b(), MavCmd.MAV_CMD_COMPONENT_ARM_DISARM, 1, 0);
                clock.runFor(Duration.ofSeconds(1));
                assertThat(vehicle.state().armed()).as("armed; texts " + vehicle.statusTexts()).isTrue();
                command(gcsLink.b(), MavCmd.MAV_CMD_MISSION_START, 0, 0);
                boolean landed = clock.runUntil(() -> !vehicle.state().armed(), Duration.ofMinutes(5));
                assertThat(landed).as("landed; texts " + vehicle.statusTexts()).isTrue();
                clock.runFor(Duration.ofSeconds(2));
                return new Releases(byPi[0], byAutopilot[0], distance[0], Files.readAllLines(dir.resolve("data/releases.journal")));
            } finally {
                agent.close();
                vehicle.close();
            }
        }
    }

    @Test
    void whereTheAgentOwnsTheReleaseOnlyThePisServoLetsTheParcelGoOnce() throws Exception {
        Releases r = fly(false);

        assertThat(r.byPi()).as("released by the Pi's servo").isEqualTo(1);
        assertThat(r.byAutopilot()).as("released by the autopilot's gripper").isZero();
        assertThat(r.metresFromDrop()).isLessThan(5.0);
        assertThat(r.journal()).filteredOn(l -> l.startsWith("INTENT")).hasSize(1);
    }

    @Test
    void whereTheAutopilotOwnsTheReleaseOnlyItsGripperLetsTheParcelGoOnceOnTheAgentsCommand() throws Exception {
        Releases r = fly(true);

        assertThat(r.byAutopilot()).as("released by the autopilot's gripper").isEqualTo(1);
        assertThat(r.byPi()).as("released by the Pi's servo").isZero();
        assertThat(r.metresFromDrop()).isLessThan(5.0);
        assertThat(r.journal()).filteredOn(l -> l.startsWith("INTENT")).hasSize(1);
        assertThat(r.journal()).filteredOn(l -> l.startsWith("DONE")).singleElement().asString().doesNotContain("UNCONFIRMED");
    }

    private static void command(MessageChannel gcs, MavCmd cmd, float p1, float p2) {
        gcs.send(CommandLong.builder().targetSystem(1).targetComponent(1).command(cmd).confirmation(0)
                .param1(p1).param2(p2).build());
    }

    /** A ground station's 1 Hz HEARTBEAT. */
    private static final class GcsHeartbeat implements SimulationClock.Participant {
        private final MessageChannel channel;
        private double sinceBeat = 1;

        GcsHeartbeat(MessageChannel channel) {
            this.channel = channel;
        }

        @Override
        public void step(double dt) {
            sinceBeat += dt;
            if (sinceBeat >= 1) {
                sinceBeat = 0;
                channel.send(Heartbeat.builder().type(MavType.MAV_TYPE_GCS).autopilot(MavAutopilot.MAV_AUTOPILOT_INVALID)
                        .systemStatus(MavState.MAV_STATE_ACTIVE).mavlinkVersion(3).build());
            }
        }
    }
}
