package org.lifeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.agent.release.InterlockCheck;
import java.util.Map;

import org.lifeline.fleet.Command;
import org.lifeline.fleet.CommandAck;
import org.lifeline.fleet.CommandSigner;
import org.lifeline.fleet.CommandType;
import org.lifeline.fleet.EventType;
import org.lifeline.fleet.FleetEvent;
import org.lifeline.fleet.mqtt.MqttSettings;
import org.lifeline.groundstation.dispatch.flight.SortieDrops;
import org.lifeline.groundstation.fleet.FleetBus;
import org.lifeline.plan.FlightPlan;
import org.lifeline.plan.PlanFiles;
import org.lifeline.simulator.hardware.PayloadBay;
import org.lifeline.simulator.hardware.SimulatedPi;
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
    private static final double DROP_LAT = 34.0689500;
    private static final double DROP_LON = 114.4078500;
    /** The drop's hold altitude in the mission, and the window the ground station would send for it. */
    private static final double HOLD_ALT = 12.0;
    private static final double MIN_ALT = HOLD_ALT - SortieDrops.RELEASE_HEIGHT_TOLERANCE_METRES;
    private static final double MAX_ALT = HOLD_ALT + SortieDrops.RELEASE_HEIGHT_TOLERANCE_METRES;

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

            SimulatedDrone drone = new SimulatedDrone(b -> { }, plan);
            drone.startAgent(dir, broker.uri(), SimulatedDrone.PI_SERVO);
            SimulatedVehicle vehicle = drone.vehicle();
            SimulatedPi pi = drone.pi();
            SimulationClock clock = drone.clock();

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
            List<CommandAck> acks = new CopyOnWriteArrayList<>();
            gs.onAck(acks::add);
            try {
                gs.send(new Command("plan-1", "sim1", System.currentTimeMillis(), CommandType.SET_DROP_PLAN, Map.of(
                        "parcelId", "P-1", "missionSeq", "5", "lat", String.valueOf(DROP_LAT), "lon", String.valueOf(DROP_LON),
                        "zoneRadius", "4", "minAlt", String.valueOf(MIN_ALT), "maxAlt", String.valueOf(MAX_ALT),
                        "maxSpeed", "0.8"), ""),
                        new CommandSigner(CommandSigner.keyFromHex(SimulatedDrone.KEY), 30_000));
                Broker.await("the drop plan accepted", Duration.ofSeconds(10), () -> acks.stream()
                        .anyMatch(a -> a.commandId().equals("plan-1") && a.result() == CommandAck.Result.ACCEPTED));
                drone.armAndStartMission();
                boolean landed = clock.runUntil(() -> vehicle.state().missionSeq() >= 8 || !vehicle.state().armed(),
                        Duration.ofMinutes(10));
                assertThat(landed).as("flew past the drop; texts " + vehicle.statusTexts()).isTrue();

                assertThat(releases[0]).as("parcel released").isEqualTo(1);
                assertThat(pi.bay().state()).isNotEqualTo(PayloadBay.State.LOADED);
                assertThat(InterlockCheck.distanceMetres(atRelease[0], atRelease[1], DROP_LAT, DROP_LON))
                        .as("metres from the drop point at release").isLessThan(5.0);
                assertThat((double) plan.mission().get(4).z()).as("the hold altitude of item 5 (the list starts after home)").isEqualTo(HOLD_ALT);
                assertThat(atRelease[2]).as("altitude at release, in the ground station's window").isBetween(MIN_ALT, MAX_ALT);
                assertThat(Files.readAllLines(dir.resolve("data/releases.journal")))
                        .filteredOn(l -> l.startsWith("INTENT")).singleElement().asString().contains("P-1");
                Broker.await(() -> "RELEASED at the ground station (events " + events + ")", Duration.ofSeconds(20),
                        () -> events.stream().anyMatch(e -> e.type() == EventType.RELEASED));
                assertThat(events).filteredOn(e -> e.type() == EventType.RELEASED).singleElement()
                        .satisfies(e -> assertThat(e.parcelId()).contains("P-1"))
                        .satisfies(e -> assertThat(ReleasedEvents.verticalSpeed(e)).as(e.message())
                                .isBetween(-InterlockCheck.DEFAULT_MAX_VERTICAL_SPEED, InterlockCheck.DEFAULT_MAX_VERTICAL_SPEED));
                assertThat(events).extracting(FleetEvent::type).doesNotContain(EventType.DROP_REFUSED)
                        .doesNotContain(EventType.DROP_PLAN_MISMATCH)
                        .contains(EventType.ARMED, EventType.TOOK_OFF, EventType.REACHED_DROP);
            } finally {
                drone.close();
                gs.close();
            }
        }
    }
}
