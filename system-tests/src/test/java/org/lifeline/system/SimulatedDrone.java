package org.lifeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.dronefleet.mavlink.common.CommandLong;
import io.dronefleet.mavlink.common.MavCmd;
import io.dronefleet.mavlink.minimal.Heartbeat;
import io.dronefleet.mavlink.minimal.MavAutopilot;
import io.dronefleet.mavlink.minimal.MavState;
import io.dronefleet.mavlink.minimal.MavType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.lifeline.agent.cli.AgentRuntime;
import org.lifeline.agent.cli.FcConnection;
import org.lifeline.agent.config.ConfigLoader;
import org.lifeline.agent.drops.MissionSource;
import org.lifeline.agent.drops.TransferClientMissionSource;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.mission.transfer.MissionTransferClient;
import org.lifeline.mission.transfer.TransferOptions;
import org.lifeline.plan.FlightPlan;
import org.lifeline.simulator.hardware.PayloadWiring;
import org.lifeline.simulator.hardware.SimulatedPi;
import org.lifeline.simulator.port.InProcessChannels;
import org.lifeline.simulator.vehicle.SimulatedVehicle;
import org.lifeline.simulator.vehicle.SimulationClock;
import org.lifeline.simulator.vehicle.VehicleBuilder;

/**
 * One drone on simulated time: the simulated ArduCopter with a mission preloaded, on in-process
 * ground-station and companion links, a simulated Pi with the standard payload wiring, and the
 * agent's real runtime reading the autopilot over the companion link with the real
 * mission-transfer engine. The test plays the ground station on {@link #gcs()}.
 */
final class SimulatedDrone implements AutoCloseable {

    /** The fleet command key the agent is given (hex). */
    static final String KEY = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
    /** The agent's configuration lines for the Pi's servo and parcel sensor as {@link PayloadWiring#standard()} wires them. */
    static final List<String> PI_SERVO = List.of("actuator.kind = servo", "actuator.servo.pwmChannel = 0",
            "actuator.servo.closedMicros = 1900", "actuator.servo.openMicros = 1100", "sensor.pin = 27",
            "sensor.presentWhenHigh = false");

    private final SimulationClock clock;
    private final InProcessChannels.Pair gcsLink;
    private final InProcessChannels.Pair companionLink;
    private final SimulatedVehicle vehicle;
    private final SimulatedPi pi;
    private AgentRuntime agent;

    /** The vehicle (system 1) built with {@code setup} applied to its builder, {@code mission} preloaded. */
    SimulatedDrone(Consumer<VehicleBuilder> setup, FlightPlan mission) {
        clock = new SimulationClock(SimulationClock.DEFAULT_STEP, System.currentTimeMillis() * 1000);
        gcsLink = InProcessChannels.pair(clock.scheduler(), 1, 1, 255, 190);
        companionLink = InProcessChannels.pair(clock.scheduler(), 1, 1, 1, 191);
        VehicleBuilder b = SimulatedVehicle.builder().clock(clock);
        setup.accept(b);
        vehicle = b.port("gcs", gcsLink.a()).port("companion", companionLink.a()).build();
        vehicle.preload(mission);
        pi = SimulatedPi.start(clock.scheduler(), PayloadWiring.standard());
    }

    /**
     * Writes {@code dir/command.key} and {@code dir/agent.properties} (drone {@code sim1}, the
     * given broker, telemetry at 2 Hz, a 1 s actuator opening, then {@code extra} lines) and
     * starts the agent's runtime on the simulated clock and Pi.
     */
    void startAgent(Path dir, String brokerUri, List<String> extra) throws Exception {
        Files.writeString(dir.resolve("command.key"), KEY + "\n");
        List<String> props = new ArrayList<>(List.of("drone.id = sim1", "fc.uri = udpin://127.0.0.1:14550",
                "broker.uri = " + brokerUri, "commands.keyFile = command.key", "data.dir = data",
                "telemetry.rateHz = 2", "actuator.openMillis = 1000"));
        props.addAll(extra);
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
        agent = AgentRuntime.start(ConfigLoader.load(dir.resolve("agent.properties")), clock.scheduler(),
                false, pi.context(), (c, s) -> fc);
    }

    /**
     * Starts a ground station's 1 Hz HEARTBEAT (so the GCS failsafe stays quiet), lets the vehicle
     * lock GPS, stream and the agent read the mission for 10 s, then AUTO, arm and MISSION_START.
     */
    void armAndStartMission() {
        clock.add(new GcsHeartbeat(gcs()));
        clock.runFor(Duration.ofSeconds(10));
        command(MavCmd.MAV_CMD_DO_SET_MODE, 1, 4);
        clock.runFor(Duration.ofSeconds(1));
        command(MavCmd.MAV_CMD_COMPONENT_ARM_DISARM, 1, 0);
        clock.runFor(Duration.ofSeconds(1));
        assertThat(vehicle.state().armed()).as("armed; texts " + vehicle.statusTexts()).isTrue();
        command(MavCmd.MAV_CMD_MISSION_START, 0, 0);
    }

    private void command(MavCmd cmd, float p1, float p2) {
        gcs().send(CommandLong.builder().targetSystem(1).targetComponent(1).command(cmd).confirmation(0)
                .param1(p1).param2(p2).build());
    }

    SimulationClock clock() {
        return clock;
    }

    SimulatedVehicle vehicle() {
        return vehicle;
    }

    SimulatedPi pi() {
        return pi;
    }

    /** The ground station's end of the vehicle's GCS link. */
    MessageChannel gcs() {
        return gcsLink.b();
    }

    @Override
    public void close() {
        if (agent != null) {
            agent.close();
        }
        vehicle.close();
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
