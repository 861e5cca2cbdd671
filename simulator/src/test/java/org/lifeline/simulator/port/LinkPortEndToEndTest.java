package org.lifeline.simulator.port;

import static org.assertj.core.api.Assertions.assertThat;

import io.dronefleet.mavlink.common.ParamRequestRead;
import io.dronefleet.mavlink.common.ParamValue;
import io.dronefleet.mavlink.minimal.Heartbeat;
import io.dronefleet.mavlink.minimal.MavAutopilot;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lifeline.link.Links;
import org.lifeline.mavlink.EndpointOptions;
import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.MavlinkEndpoint;
import org.lifeline.simulator.fault.Fault;
import org.lifeline.simulator.fault.FaultPlan;
import org.lifeline.simulator.vehicle.SimulatedVehicle;
import org.lifeline.simulator.vehicle.SimulationClock;
import org.lifeline.time.SystemScheduler;

/** The simulator on real TCP and UDP links with real MAVLink bytes, against a ground-station endpoint. */
class LinkPortEndToEndTest {

    private final SystemScheduler wallClock = new SystemScheduler("e2e-links");
    private final SimulationClock clock = new SimulationClock();
    private final List<AutoCloseable> closers = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws Exception {
        clock.close();
        for (AutoCloseable c : closers) {
            c.close();
        }
        wallClock.close();
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static boolean await(BooleanSupplier condition, Duration limit) {
        return org.lifeline.support.Await.until(condition, limit);
    }

    private List<MavMessage> groundStation(String uri) throws Exception {
        MavlinkEndpoint gcs = new MavlinkEndpoint(Links.open(uri), wallClock, EndpointOptions.groundStation());
        closers.add(gcs);
        List<MavMessage> heard = new CopyOnWriteArrayList<>();
        gcs.subscribe(heard::add);
        gcs.start();
        gcsEndpoint = gcs;
        return heard;
    }

    private MavlinkEndpoint gcsEndpoint;

    private void vehicle(String uri, FaultPlan faults) throws Exception {
        PortOpener.OpenPort port = new LinkPortOpener(wallClock).open(uri, 7, faults, 1);
        closers.add(port.closer());
        SimulatedVehicle.builder().clock(clock).systemId(7).faults(faults).frameFaultsOnPorts(false)
                .port("gcs", port.channel()).build();
        clock.startLive(20);
    }

    @Test
    void aGroundStationOnTcpHearsArduCopterAndReadsAParameter() throws Exception {
        int port = freePort();
        vehicle("tcpin://127.0.0.1:" + port, FaultPlan.none());
        List<MavMessage> heard = groundStation("tcp://127.0.0.1:" + port);
        assertThat(await(() -> heard.stream().anyMatch(m -> m.is(Heartbeat.class) && m.systemId() == 7), Duration.ofSeconds(10))).isTrue();
        Heartbeat hb = heard.stream().filter(m -> m.is(Heartbeat.class)).findFirst().orElseThrow().as(Heartbeat.class).orElseThrow();
        assertThat(hb.autopilot().entry()).isEqualTo(MavAutopilot.MAV_AUTOPILOT_ARDUPILOTMEGA);
        gcsEndpoint.send(ParamRequestRead.builder().targetSystem(7).targetComponent(1).paramId("MAV_SYSID").paramIndex(-1).build());
        assertThat(await(() -> heard.stream().anyMatch(m -> m.is(ParamValue.class)), Duration.ofSeconds(10))).isTrue();
        ParamValue v = heard.stream().filter(m -> m.is(ParamValue.class)).findFirst().orElseThrow().as(ParamValue.class).orElseThrow();
        assertThat(v.paramValue()).isEqualTo(7f);
    }

    @Test
    void theGroundStationAndTheCompanionSeeTheSameVehicleOnTwoPorts() throws Exception {
        int gcsPort = freePort();
        int companionPort = freePort();
        PortOpener opener = new LinkPortOpener(wallClock);
        PortOpener.OpenPort a = opener.open("tcpin://127.0.0.1:" + gcsPort, 7, FaultPlan.none(), 1);
        PortOpener.OpenPort b = opener.open("udpin://127.0.0.1:" + companionPort, 7, FaultPlan.none(), 2);
        closers.add(a.closer());
        closers.add(b.closer());
        SimulatedVehicle.builder().clock(clock).systemId(7).gpsLockSeconds(1e6)
                .port("gcs", a.channel()).port("companion", b.channel()).build();
        clock.startLive(20);
        List<MavMessage> gcs = groundStation("tcp://127.0.0.1:" + gcsPort);
        MavlinkEndpoint gcsSide = gcsEndpoint;
        List<MavMessage> companion = groundStation("udp://127.0.0.1:" + companionPort);
        assertThat(await(() -> gcs.stream().anyMatch(m -> m.is(Heartbeat.class))
                && companion.stream().anyMatch(m -> m.is(Heartbeat.class)), Duration.ofSeconds(10))).isTrue();
        gcsSide.send(io.dronefleet.mavlink.common.CommandLong.builder().targetSystem(7).targetComponent(1)
                .command(io.dronefleet.mavlink.util.EnumValue.create(io.dronefleet.mavlink.common.MavCmd.class, 400))
                .param1(1).build());
        BooleanSupplier bothToldWhy = () -> saysNeed3dFix(gcs) && saysNeed3dFix(companion);
        assertThat(await(bothToldWhy, Duration.ofSeconds(10))).as("pre-arm refusal reaches both ports").isTrue();
        // the refusal's STATUSTEXT goes out before the COMMAND_ACK: wait for the ack too
        assertThat(await(() -> gcs.stream().anyMatch(m -> m.is(io.dronefleet.mavlink.common.CommandAck.class)), Duration.ofSeconds(10)))
                .as("the ack reaches the port that sent the command").isTrue();
        assertThat(companion.stream().noneMatch(m -> m.is(io.dronefleet.mavlink.common.CommandAck.class))).isTrue();
    }

    private static boolean saysNeed3dFix(List<MavMessage> heard) {
        return heard.stream().map(m -> m.as(io.dronefleet.mavlink.common.Statustext.class)).flatMap(java.util.Optional::stream)
                .anyMatch(t -> t.text().equals("PreArm: Need 3D Fix"));
    }

    @Test
    void corruptedFramesOnUdpFailTheReceiversCrcAndAreDropped() throws Exception {
        int port = freePort();
        vehicle("udpin://127.0.0.1:" + port, FaultPlan.of(List.of(Fault.parse("corrupt-out=0.3"))));
        List<MavMessage> heard = groundStation("udp://127.0.0.1:" + port);
        // a UDP server replies only once it has heard its peer: the endpoint's own heartbeat does that
        assertThat(await(() -> gcsEndpoint.counters().crcFailures() >= 5 && heard.size() >= 20, Duration.ofSeconds(15))).isTrue();
        assertThat(heard).allMatch(m -> m.systemId() == 7);
    }
}
