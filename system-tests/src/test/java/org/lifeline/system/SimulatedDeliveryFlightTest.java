package org.lifeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.dronefleet.mavlink.common.CommandLong;
import io.dronefleet.mavlink.common.MavCmd;
import io.dronefleet.mavlink.minimal.Heartbeat;
import io.dronefleet.mavlink.minimal.MavAutopilot;
import io.dronefleet.mavlink.minimal.MavState;
import io.dronefleet.mavlink.minimal.MavType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.agent.cli.AgentRuntime;
import org.lifeline.agent.cli.FcConnection;
import org.lifeline.agent.config.ConfigLoader;
import org.lifeline.agent.drops.MissionSource;
import org.lifeline.agent.drops.TransferClientMissionSource;
import org.lifeline.agent.release.InterlockCheck;
import java.util.Map;

import org.lifeline.fleet.Command;
import org.lifeline.fleet.CommandAck;
import org.lifeline.fleet.CommandSigner;
import org.lifeline.fleet.CommandType;
import org.lifeline.fleet.EventType;
import org.lifeline.fleet.FleetEvent;
import org.lifeline.fleet.mqtt.MqttSettings;
import org.lifeline.groundstation.fleet.FleetBus;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.mission.transfer.MissionTransferClient;
import org.lifeline.mission.transfer.TransferOptions;
import org.lifeline.plan.FlightPlan;
import org.lifeline.plan.PlanFiles;
import org.lifeline.simulator.hardware.PayloadBay;
import org.lifeline.simulator.hardware.PayloadWiring;
import org.lifeline.simulator.hardware.SimulatedPi;
import org.lifeline.simulator.port.InProcessChannels;
import org.lifeline.simulator.vehicle.SimulatedVehicle;
import org.lifeline.simulator.vehicle.SimulationClock;
import org.lifeline.simulator.vehicle.VehicleState;
import org.lifeline.support.MosquittoProcess;
import org.lifeline.time.SystemScheduler;

/**
 * The whole delivery on simulated time: the simulated ArduCopter flies the shared SITL delivery
 * mission, the agent (its real runtime, on a simulated Pi whose payload bay watches the GPIO pins)
 * reads the mission with the real mission-transfer engine, finds the drop at item 5, takes the
 * ground station's signed drop plan for it (consistent with the mission) and releases the parcel
 * there, once; the ground station's FleetBus sees RELEASED through a real Mosquitto.
 */
class SimulatedDeliveryFlightTest {

    private static final Path MISSION = Path.of("/work/shared/data/sitl-delivery.waypoints");
    private static final String KEY = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
    private static final double DROP_LAT = 34.0689500;
    private static final double DROP_LON = 114.4078500;

    @TempDir
    Path dir;

    @Test
    void theParcelIsReleasedExactlyOnceOverTheDropPointAndTheGroundStationSeesIt() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(MISSION), "shared mission " + MISSION + " is absent: nothing to fly");
        FlightPlan plan = PlanFiles.read(MISSION);
        try (MosquittoProcess broker = Broker.start(dir.resolve("broker"));
             SystemScheduler gsClock = new SystemScheduler("gs-clock")) {
            FleetBus gs = new FleetBus(MqttSettings.plain(broker.uri(), "gs-sim", true), gsClock, 3_000);
            List<FleetEvent> events = new CopyOnWriteArrayList<>();
            gs.onEvent(events::add);
            gs.start();

            long nowMicros = System.currentTimeMillis() * 1000;
            SimulationClock clock = new SimulationClock(SimulationClock.DEFAULT_STEP, nowMicros);
            InProcessChannels.Pair gcsLink = InProcessChannels.pair(clock.scheduler(), 1, 1, 255, 190);
            InProcessChannels.Pair companionLink = InProcessChannels.pair(clock.scheduler(), 1, 1, 1, 191);
            SimulatedVehicle vehicle = SimulatedVehicle.builder().clock(clock).port("gcs", gcsLink.a())
                    .port("companion", companionLink.a()).build();
            vehicle.preload(plan);
            SimulatedPi pi = SimulatedPi.start(clock.scheduler(), PayloadWiring.standard());

            Files.writeString(dir.resolve("command.key"), KEY + "\n");
            Files.writeString(dir.resolve("agent.properties"), String.join("\n", "drone.id = sim1",
                    "fc.uri = udpin://127.0.0.1:14550", "broker.uri = " + broker.uri(), "commands.keyFile = command.key",
                    "data.dir = data", "telemetry.rateHz = 2", "actuator.kind = servo", "actuator.servo.pwmChannel = 0",
                    "actuator.servo.closedMicros = 1900", "actuator.servo.openMicros = 1100", "actuator.openMillis = 1000",
                    "sensor.pin = 27", "sensor.presentWhenHigh = false", ""));
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

            double[] atRelease = new double[3];
            int[] releases = {0};
            PayloadBay.State[] last = {pi.bay().state()};
            clock.add(dt -> {
                PayloadBay.State now = pi.bay().state();
                if (now != last[0] && last[0] == PayloadBay.State.LOADED) {
                    VehicleState s = vehicle.state();
                    atRelease[0] = s.latitude();
                    atRelease[1] = s.longitude();
                    atRelease[2] = s.relativeAltitude();
                    releases[0]++;
                }
                last[0] = now;
            });
            clock.add(new Gcs(gcsLink.b()));
            List<CommandAck> acks = new CopyOnWriteArrayList<>();
            gs.onAck(acks::add);
            try {
                gs.send(new Command("plan-1", "sim1", System.currentTimeMillis(), CommandType.SET_DROP_PLAN, Map.of(
                        "parcelId", "P-1", "missionSeq", "5", "lat", String.valueOf(DROP_LAT), "lon", String.valueOf(DROP_LON),
                        "zoneRadius", "4", "minAlt", "10", "maxAlt", "14", "maxSpeed", "0.8"), ""),
                        new CommandSigner(CommandSigner.keyFromHex(KEY), 30_000));
                Broker.await("the drop plan accepted", Duration.ofSeconds(10), () -> acks.stream()
                        .anyMatch(a -> a.commandId().equals("plan-1") && a.result() == CommandAck.Result.ACCEPTED));
                clock.runFor(Duration.ofSeconds(10)); // GPS lock, streams, mission read
                command(gcsLink.b(), MavCmd.MAV_CMD_DO_SET_MODE, 1, 4);
                clock.runFor(Duration.ofSeconds(1));
                command(gcsLink.b(), MavCmd.MAV_CMD_COMPONENT_ARM_DISARM, 1, 0);
                clock.runFor(Duration.ofSeconds(1));
                assertThat(vehicle.state().armed()).as("armed; texts " + vehicle.statusTexts()).isTrue();
                command(gcsLink.b(), MavCmd.MAV_CMD_MISSION_START, 0, 0);
                boolean landed = clock.runUntil(() -> vehicle.state().missionSeq() >= 8 || !vehicle.state().armed(),
                        Duration.ofMinutes(10));
                assertThat(landed).as("flew past the drop; texts " + vehicle.statusTexts()).isTrue();

                assertThat(releases[0]).as("parcel released").isEqualTo(1);
                assertThat(pi.bay().state()).isNotEqualTo(PayloadBay.State.LOADED);
                assertThat(InterlockCheck.distanceMetres(atRelease[0], atRelease[1], DROP_LAT, DROP_LON))
                        .as("metres from the drop point at release").isLessThan(5.0);
                assertThat(atRelease[2]).as("altitude at release, in the ground station's window").isBetween(10.0, 14.0);
                assertThat(Files.readAllLines(dir.resolve("data/releases.journal")))
                        .filteredOn(l -> l.startsWith("INTENT")).singleElement().asString().contains("P-1");
                Broker.await(() -> "RELEASED at the ground station (events " + events + ")", Duration.ofSeconds(20),
                        () -> events.stream().anyMatch(e -> e.type() == EventType.RELEASED));
                assertThat(events).filteredOn(e -> e.type() == EventType.RELEASED).singleElement()
                        .satisfies(e -> assertThat(e.parcelId()).contains("P-1"));
                assertThat(events).extracting(FleetEvent::type).doesNotContain(EventType.DROP_REFUSED)
                        .doesNotContain(EventType.DROP_PLAN_MISMATCH)
                        .contains(EventType.ARMED, EventType.TOOK_OFF, EventType.REACHED_DROP);
            } finally {
                agent.close();
                vehicle.close();
                gs.close();
            }
        }
    }

    private static void command(MessageChannel gcs, MavCmd cmd, float p1, float p2) {
        gcs.send(CommandLong.builder().targetSystem(1).targetComponent(1).command(cmd).confirmation(0)
                .param1(p1).param2(p2).build());
    }

    /** A ground station's 1 Hz HEARTBEAT, so the vehicle's GCS failsafe stays quiet. */
    private static final class Gcs implements SimulationClock.Participant {
        private final MessageChannel channel;
        private double sinceBeat = 1;

        Gcs(MessageChannel channel) {
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
