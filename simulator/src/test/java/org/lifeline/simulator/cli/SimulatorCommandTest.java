package org.lifeline.simulator.cli;

import org.lifeline.simulator.port.PortOpener;

import static org.assertj.core.api.Assertions.assertThat;

import io.dronefleet.mavlink.minimal.Heartbeat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.simulator.port.LinkPortOpener;
import org.lifeline.support.Await;
import org.lifeline.time.SystemScheduler;

class SimulatorCommandTest {

    /** A port whose far end is this test: what the vehicle sends is recorded with its system id. */
    private static final class RecordingPort implements MessageChannel {
        final String uri;
        final int systemId;
        final List<MavMessage> sent = new CopyOnWriteArrayList<>();

        RecordingPort(String uri, int systemId) {
            this.uri = uri;
            this.systemId = systemId;
        }

        @Override
        public void send(Object payload) {
            sent.add(new MavMessage(systemId, 1, 0, payload));
        }

        @Override
        public Subscription subscribe(Consumer<MavMessage> listener) {
            return () -> { };
        }
    }

    private final List<RecordingPort> ports = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        PortOpener opener = (uri, id, faults, seed) -> {
            RecordingPort p = new RecordingPort(uri, id);
            ports.add(p);
            return new PortOpener.OpenPort(p, () -> { });
        };
        return SimulatorCommand.run(opener, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void runsForTheGivenSimulatedTimeAtTheGivenSpeedUp() {
        long start = System.nanoTime();
        int code = run("--duration", "30", "--speedup", "1000", "--companion", "tcpin://0.0.0.0:5762");
        double wall = (System.nanoTime() - start) / 1e9;
        assertThat(code).isEqualTo(0);
        assertThat(ports).extracting(p -> p.uri).containsExactly("tcpin://0.0.0.0:5760", "tcpin://0.0.0.0:5762");
        long heartbeats = ports.get(0).sent.stream().filter(m -> m.is(Heartbeat.class)).count();
        assertThat(heartbeats).isBetween(29L, 32L);
        assertThat(wall).isLessThan(10.0);
        assertThat(out.toString()).contains("sys=1 STABILIZE");
    }

    @Test
    void byDefaultItFliesOnSitlsPackAndLegacyBehaviourKeepsTheOld4S() {
        assertThat(run("--duration", "2", "--speedup", "500")).isZero();
        assertThat(out.toString()).contains("12.60V");
        out.getBuffer().setLength(0);
        assertThat(run("--duration", "2", "--speedup", "500", "--legacy-behaviour")).isZero();
        assertThat(out.toString()).contains("16.80V").doesNotContain("12.60V");
    }

    @Test
    void severalVehiclesGetConsecutiveSystemIdsAndPortsTenApart() {
        assertThat(run("--duration", "2", "--speedup", "500", "--sysid", "5", "--vehicles", "3", "--gcs", "udp://127.0.0.1:14550")).isZero();
        assertThat(ports).extracting(p -> p.uri)
                .containsExactly("udp://127.0.0.1:14550", "udp://127.0.0.1:14560", "udp://127.0.0.1:14570");
        assertThat(ports).extracting(p -> p.systemId).containsExactly(5, 6, 7);
    }

    @Test
    void aMalformedHomeIsRejectedNamingTheOptionAndTheExpectedForm() {
        assertThat(run("--home", "34.1,abc")).isEqualTo(2);
        assertThat(err.toString()).contains("--home").contains("LAT,LON,ALT");
        assertThat(ports).isEmpty();
    }

    @Test
    void anUnknownFaultIsRejectedListingTheKnownOnes() {
        assertThat(run("--fault", "explode=1")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown fault 'explode'").contains("mission-silent");
    }

    @Test
    void aNonPositiveSpeedUpIsRejected() {
        assertThat(run("--speedup", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--speedup must be a positive number");
    }

    @Test
    void aPortThatCannotBeOpenedEndsWithExitCodeOneAndTheReason() {
        PortOpener failing = (uri, id, faults, seed) -> {
            throw new IOException("cannot open " + uri + ": Address already in use");
        };
        int code = SimulatorCommand.run(failing, new PrintWriter(out, true), new PrintWriter(err, true), "--duration", "1");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("cannot open tcpin://0.0.0.0:5760: Address already in use");
    }

    @Test
    void aMalformedPortUriIsABadArgument() {
        PortOpener strict = (uri, id, faults, seed) -> {
            throw new IllegalArgumentException("\"" + uri + "\" has no port: expected udp://HOST:PORT");
        };
        int code = SimulatorCommand.run(strict, new PrintWriter(out, true), new PrintWriter(err, true), "--gcs", "udp://localhost");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("\"udp://localhost\" has no port");
    }

    @Test
    void aBrokenPlanFileEndsWithExitCodeOneNamingTheFile(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("broken.waypoints");
        Files.writeString(bad, "not a waypoints file\n");
        assertThat(run("--plan", bad.toString(), "--duration", "1")).isEqualTo(1);
        assertThat(err.toString()).contains("broken.waypoints");
    }

    @Test
    void portOffsetsNeedAPortNumber() {
        assertThat(SimulatorCommand.offsetPort("serial:/dev/ttyUSB0?baud=57600", 0)).isEqualTo("serial:/dev/ttyUSB0?baud=57600");
        assertThat(SimulatorCommand.offsetPort("tcp://10.0.0.2:5760", 2)).isEqualTo("tcp://10.0.0.2:5780");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SimulatorCommand.offsetPort("serial:/dev/ttyUSB0", 1))
                .hasMessageContaining("has no port number");
    }

    @Test
    void anInterruptStopsTheSimulationClockAndClosesThePortsBeforeTheRunReturns() throws Exception {
        int gcs = freePort();
        int companion = freePort();
        Set<Thread> before = clockThreads();
        AtomicInteger exit = new AtomicInteger(-1);
        try (SystemScheduler wall = new SystemScheduler("simulator-links")) {
            Thread simulator = new Thread(() -> exit.set(SimulatorCommand.run(new LinkPortOpener(wall),
                    new PrintWriter(out, true), new PrintWriter(err, true), "--gcs", "tcpin://127.0.0.1:" + gcs,
                    "--companion", "tcpin://127.0.0.1:" + companion, "--speedup", "10")), "simulator");
            simulator.start();
            assertThat(Await.until(() -> listening(gcs) && listening(companion) && !newClocks(before).isEmpty(), Duration.ofSeconds(20)))
                    .as("the simulator listening on both ports, its clock running; its output: %s%s", out, err).isTrue();
            Set<Thread> clocks = newClocks(before);
            assertThat(clocks).as("the run's own simulation clock").hasSize(1);

            simulator.interrupt();
            simulator.join(Duration.ofSeconds(10).toMillis());

            assertThat(simulator.isAlive()).as("the simulator's thread ended; its output: %s%s", out, err).isFalse();
            assertThat(exit.get()).isZero();
            assertThat(clocks).as("the simulation clock stopped").noneMatch(Thread::isAlive);
            assertThat(listening(gcs) || listening(companion)).as("both ports closed when the run returned").isFalse();
            assertThat(out.toString()).contains("stopped: interrupted");
        }
    }

    private static Set<Thread> newClocks(Set<Thread> before) {
        Set<Thread> now = clockThreads();
        now.removeAll(before);
        return now;
    }

    private static Set<Thread> clockThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("simulation-clock"))
                .collect(Collectors.toSet());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
