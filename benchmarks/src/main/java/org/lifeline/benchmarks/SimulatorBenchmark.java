package org.lifeline.benchmarks;

import io.dronefleet.mavlink.common.CommandLong;
import io.dronefleet.mavlink.common.MavCmd;
import io.dronefleet.mavlink.common.MissionCount;
import io.dronefleet.mavlink.common.MissionItemInt;
import io.dronefleet.mavlink.common.MissionRequest;
import io.dronefleet.mavlink.minimal.Heartbeat;
import io.dronefleet.mavlink.minimal.MavAutopilot;
import io.dronefleet.mavlink.minimal.MavState;
import io.dronefleet.mavlink.minimal.MavType;
import io.dronefleet.mavlink.common.MavFrame;
import io.dronefleet.mavlink.common.MavMissionType;
import io.dronefleet.mavlink.util.EnumValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.mission.MissionItem;
import org.lifeline.plan.GeoPoint;
import org.lifeline.simulator.flight.Airframe;
import org.lifeline.simulator.flight.Battery;
import org.lifeline.simulator.flight.FlightModel;
import org.lifeline.simulator.flight.GpsReceiver;
import org.lifeline.simulator.flight.LocalFrame;
import org.lifeline.simulator.flight.Target;
import org.lifeline.simulator.flight.Wind;
import org.lifeline.simulator.port.InProcessChannels;
import org.lifeline.simulator.vehicle.SimulatedVehicle;
import org.lifeline.simulator.vehicle.SimulationClock;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * How much faster than real time the simulator runs, on one thread. Each invocation advances
 * {@code vehicles} flying vehicles (gusty wind, standard telemetry rates on a ground-station and
 * a companion port, both consumed) by 10 simulated seconds; time per invocation in ms gives the
 * real-time factor as 10 000 / (ms × 1) for one vehicle, and 10 000 / ms for the fleet. The
 * baseline {@code flightModelOnly} steps the bare flight model for the same 10 s, to show what
 * the autopilot and MAVLink message building cost on top.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@State(Scope.Thread)
public class SimulatorBenchmark {

    private static final GeoPoint HOME = new GeoPoint(34.0655, 114.4010, 48);
    private static final Duration TEN_SECONDS = Duration.ofSeconds(10);

    @Param({"1", "50"})
    public int vehicles;

    private SimulationClock clock;
    private final List<SimulatedVehicle> fleet = new ArrayList<>();
    private long received;
    private FlightModel bare;

    @Setup(Level.Iteration)
    public void launch() {
        clock = new SimulationClock();
        fleet.clear();
        for (int i = 0; i < vehicles; i++) {
            int sysid = i + 1;
            InProcessChannels.Pair gcs = InProcessChannels.pair(clock.scheduler(), sysid, 1, 255, 190);
            InProcessChannels.Pair companion = InProcessChannels.pair(clock.scheduler(), sysid, 1, sysid, 191);
            LocalFrame frame = new LocalFrame(HOME.latitude() + i * 0.01, HOME.longitude());
            GeoPoint home = new GeoPoint(frame.latitude(0), frame.longitude(0), HOME.altitude());
            SimulatedVehicle v = SimulatedVehicle.builder().clock(clock).systemId(sysid).home(home).seed(i)
                    .wind(new Wind(5, 270, 1.5, 4)).port("gcs", gcs.a()).port("companion", companion.a()).build();
            fleet.add(v);
            askForStreams(gcs.b(), sysid);
            askForStreams(companion.b(), sysid);
            companion.b().subscribe(m -> received++);
            startMission(gcs.b(), sysid, frame);
        }
        clock.runFor(Duration.ofSeconds(40));
        bare = new FlightModel(Airframe.deliveryQuad(), new Wind(5, 270, 1.5, 4), GpsReceiver.typical(), Battery.fourCell5000(), 1);
        for (int i = 0; i < 1000; i++) {
            bare.step(0.01, Target.takeoff(30));
        }
    }

    /**
     * Asks for the standard rates (position, attitude, HUD 4 Hz; status, GPS, servos 2 Hz;
     * battery 1 Hz): like ArduPilot, the simulator streams nothing but heartbeats unasked.
     */
    private static void askForStreams(MessageChannel port, int sysid) {
        int[][] groups = {{2, 2}, {3, 2}, {6, 4}, {10, 4}, {11, 4}, {12, 1}};
        for (int[] g : groups) {
            port.send(io.dronefleet.mavlink.common.RequestDataStream.builder().targetSystem(sysid).targetComponent(1)
                    .reqStreamId(g[0]).reqMessageRate(g[1]).startStop(1).build());
        }
    }

    /** A scripted ground station: heartbeats, mission upload, GUIDED, arm, mission start. */
    private void startMission(MessageChannel gcs, int sysid, LocalFrame frame) {
        List<MissionItem> items = new ArrayList<>();
        items.add(MissionItem.waypoint(frame.latitude(0), frame.longitude(0), 0));
        items.add(MissionItem.at(22, frame.latitude(0), frame.longitude(0), 30, 0, 0, 0, 0));
        double[][] legs = {{300, 0}, {300, 300}, {0, 300}, {0, 0}};
        for (int lap = 0; lap < 20; lap++) {
            for (double[] l : legs) {
                items.add(MissionItem.waypoint(frame.latitude(l[0]), frame.longitude(l[1]), 30));
            }
        }
        gcs.subscribe(m -> {
            received++;
            m.as(MissionRequest.class).ifPresent(r -> {
                MissionItem it = items.get(r.seq());
                gcs.send(MissionItemInt.builder().targetSystem(sysid).targetComponent(1).seq(r.seq())
                        .frame(EnumValue.create(MavFrame.class, it.frame())).command(EnumValue.create(MavCmd.class, it.command()))
                        .current(0).autocontinue(1).param1(it.param1()).param2(it.param2()).param3(it.param3()).param4(it.param4())
                        .x(it.x()).y(it.y()).z(it.z()).missionType(MavMissionType.MAV_MISSION_TYPE_MISSION).build());
            });
        });
        double[] lastHeartbeat = {-1};
        clock.add(dt -> {
            if (clock.seconds() - lastHeartbeat[0] >= 1) {
                lastHeartbeat[0] = clock.seconds();
                gcs.send(Heartbeat.builder().type(MavType.MAV_TYPE_GCS).autopilot(MavAutopilot.MAV_AUTOPILOT_INVALID)
                        .baseMode(EnumValue.create(0)).customMode(0).systemStatus(MavState.MAV_STATE_ACTIVE).mavlinkVersion(3).build());
            }
        });
        gcs.send(MissionCount.builder().targetSystem(sysid).targetComponent(1).count(items.size())
                .missionType(MavMissionType.MAV_MISSION_TYPE_MISSION).build());
        clock.runFor(Duration.ofSeconds(10));
        command(gcs, sysid, 176, 1, 4);
        clock.runFor(Duration.ofMillis(100));
        command(gcs, sysid, 400, 1, 0);
        clock.runFor(Duration.ofMillis(100));
        command(gcs, sysid, 300, 0, 0);
    }

    private static void command(MessageChannel gcs, int sysid, int cmd, float p1, float p2) {
        gcs.send(CommandLong.builder().targetSystem(sysid).targetComponent(1).command(EnumValue.create(MavCmd.class, cmd))
                .confirmation(0).param1(p1).param2(p2).param3(0).param4(0).param5(0).param6(0).param7(0).build());
    }

    /** Ten simulated seconds of the whole fleet. */
    @Benchmark
    public long tenSimulatedSeconds() {
        clock.runFor(TEN_SECONDS);
        return received;
    }

    /** Baseline: ten simulated seconds of one bare flight model (no autopilot, no messages). */
    @Benchmark
    public void flightModelOnly(Blackhole bh) {
        for (int i = 0; i < 1000; i++) {
            bare.step(0.01, Target.goTo(5000, 0, 30, 5));
        }
        bh.consume(bare.north());
    }

    /** For a quick check without JMH: prints the real-time factor of each fleet size. */
    public static void main(String[] args) {
        for (int n : new int[] {1, 50}) {
            SimulatorBenchmark b = new SimulatorBenchmark();
            b.vehicles = n;
            b.launch();
            long t0 = System.nanoTime();
            for (int i = 0; i < 6; i++) {
                b.tenSimulatedSeconds();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("%d vehicle(s): %.0f x real time, armed %s%n", n, 60 / seconds, b.fleet.get(0).state().armed());
        }
    }
}
