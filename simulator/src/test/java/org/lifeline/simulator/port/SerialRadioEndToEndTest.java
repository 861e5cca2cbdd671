package org.lifeline.simulator.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.dronefleet.mavlink.common.GlobalPositionInt;
import io.dronefleet.mavlink.minimal.Heartbeat;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lifeline.link.Links;
import org.lifeline.mavlink.EndpointOptions;
import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.MavlinkEndpoint;
import org.lifeline.simulator.fault.Fault;
import org.lifeline.simulator.fault.FaultPlan;
import org.lifeline.simulator.vehicle.SimulatedVehicle;
import org.lifeline.simulator.vehicle.SimulationClock;
import org.lifeline.support.ExternalProgram;
import org.lifeline.time.SystemScheduler;

/**
 * The simulator behind a serial "radio": a socat pseudo-terminal pair opened with jssc at 57600
 * baud, with the radio's byte rate imposed by the bandwidth fault, as on a SiK link.
 */
class SerialRadioEndToEndTest {

    private final SystemScheduler wallClock = new SystemScheduler("serial-e2e");
    private final SimulationClock clock = new SimulationClock();
    private Process socat;
    private MavlinkEndpoint gcs;
    private AutoCloseable vehiclePort;

    @AfterEach
    void stop() throws Exception {
        clock.close();
        if (gcs != null) {
            gcs.close();
        }
        if (vehiclePort != null) {
            vehiclePort.close();
        }
        if (socat != null) {
            socat.destroy();
            socat.waitFor(5, TimeUnit.SECONDS);
        }
        wallClock.close();
    }

    private Path[] startSocat() throws Exception {
        Path program = ExternalProgram.locate("socat").orElse(null);
        if (program == null) {
            String msg = ExternalProgram.missingMessage("socat", "socat");
            if (ExternalProgram.integrationRequired()) {
                fail(msg);
            }
            Assumptions.abort(msg);
        }
        Path dir = Files.createTempDirectory("lifeline-sim-pty");
        Path a = dir.resolve("fc");
        Path b = dir.resolve("gcs");
        File log = dir.resolve("socat.log").toFile();
        socat = new ProcessBuilder(program.toString(), "-d", "-d", "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
        Process started = socat;
        org.lifeline.support.Await.until(() -> !started.isAlive() || (Files.exists(a) && Files.exists(b)), Duration.ofSeconds(10));
        if (!(Files.exists(a) && Files.exists(b))) {
            fail("socat did not create its ptys: " + Files.readString(log.toPath()));
        }
        return new Path[] {a, b};
    }

    @Test
    void aGroundStationOnTheOtherEndOfASerialRadioHearsTheVehicle() throws Exception {
        Path[] ptys = startSocat();
        FaultPlan radio = FaultPlan.of(List.of(Fault.parse("bandwidth=57600")));
        PortOpener.OpenPort port = new LinkPortOpener(wallClock).open("serial:" + ptys[0] + "?baud=57600", 3, radio, 1);
        vehiclePort = port.closer();
        SimulatedVehicle.builder().clock(clock).systemId(3).port("gcs", port.channel()).build();
        clock.startLive(1);
        gcs = new MavlinkEndpoint(Links.open("serial:" + ptys[1] + "?baud=57600"), wallClock, EndpointOptions.groundStation());
        List<MavMessage> heard = new CopyOnWriteArrayList<>();
        gcs.subscribe(heard::add);
        gcs.start();
        org.lifeline.support.Await.until(() -> heard.stream().filter(m -> m.is(Heartbeat.class)).count() >= 2, Duration.ofSeconds(10));
        assertThat(heard.stream().filter(m -> m.is(Heartbeat.class))).isNotEmpty().allMatch(m -> m.systemId() == 3);
        // like ArduPilot, the vehicle streams no position until the ground station asks
        assertThat(heard.stream().anyMatch(m -> m.is(GlobalPositionInt.class))).isFalse();
        try (org.lifeline.command.TelemetryRequests asked = org.lifeline.command.TelemetryRequests.start(gcs, wallClock, 255, 3, 1,
                org.lifeline.command.TelemetryPlan.monitor(2))) {
            assertThat(org.lifeline.support.Await.until(() -> asked.lastRound().isPresent()
                    && heard.stream().anyMatch(m -> m.is(GlobalPositionInt.class)), Duration.ofSeconds(10))).isTrue();
            assertThat(asked.lastRound()).hasValueSatisfying(r -> assertThat(r.allAccepted()).isTrue());
        }
        assertThat(gcs.counters().crcFailures()).isZero();
    }
}
