package org.lifeline.groundstation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.simulator.cli.SimulatorCommand;
import org.lifeline.simulator.port.LinkPortOpener;
import org.lifeline.support.Await;
import org.lifeline.time.SystemScheduler;
import picocli.CommandLine;

/**
 * {@code lifeline link inspect} against the simulator behaving as ArduPilot, which streams
 * nothing but HEARTBEAT, TIMESYNC and STATUSTEXT on a port until asked: the command asks, as
 * {@code vehicle watch} does, so the report shows the telemetry a ground station needs.
 */
class LinkInspectSimulatorTest {

    private final StringWriter simulatorLog = new StringWriter();
    private Thread simulator;
    private int port;

    @BeforeEach
    void startTheSimulatorAsArduPilot() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        simulator = new Thread(() -> {
            try (SystemScheduler wall = new SystemScheduler("simulator-links")) {
                PrintWriter log = new PrintWriter(simulatorLog, true);
                SimulatorCommand.run(new LinkPortOpener(wall), log, log, "--gcs", "tcpin://127.0.0.1:" + port);
            }
        }, "simulator");
        simulator.start();
        assertThat(Await.until(this::listening, Duration.ofSeconds(20))).as("simulator listening: %s", simulatorLog).isTrue();
    }

    @AfterEach
    void stopTheSimulator() throws InterruptedException {
        simulator.interrupt();
        simulator.join(Duration.ofSeconds(10).toMillis());
        assertThat(simulator.isAlive()).as("the simulator stopped on the interrupt").isFalse();
    }

    private boolean listening() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    @Test
    void inspectAsksForTelemetrySoAnArduPilotThatStreamsNothingUnaskedShowsPositionBatteryGpsAndMission() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = LifelineCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));

        int code = cl.execute("link", "inspect", "--connect", "tcp://127.0.0.1:" + port, "--seconds", "2", "--no-tlog");

        assertThat(code).as("%s%s", out, err).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).as("the report")
                .containsPattern("  GLOBAL_POSITION_INT +\\d+ ")
                .containsPattern("  SYS_STATUS +\\d+ ")
                .containsPattern("  GPS_RAW_INT +\\d+ ")
                .containsPattern("  MISSION_CURRENT +\\d+ ")
                .contains("telemetry asked for: 4 messages, all granted (SET_MESSAGE_INTERVAL)");
    }
}
