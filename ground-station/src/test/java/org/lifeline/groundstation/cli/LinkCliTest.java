package org.lifeline.groundstation.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinkCliTest {

    private final CliHarness cli = new CliHarness();

    @AfterEach
    void close() throws Exception {
        cli.close();
    }

    @Test
    void inspectReportsVehiclesRatesFramesAndLoss() {
        CliHarness.Run r = cli.run("link", "inspect", "--connect", "udpin://0.0.0.0:14550", "--seconds", "1", "--no-tlog");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("link udpin://0.0.0.0:14550, ", "talking to vehicle 1/1")
                .containsPattern("  +1/1 +QUADROTOR / ARDUPILOTMEGA +\\d+ msgs +0 lost \\(0\\.0%\\)")
                .containsPattern("HEARTBEAT +\\d+ +\\d\\.\\d\\d/s")
                .contains("frames: 42 received, 1 CRC failures, 0 bad signatures, 4200 bytes")
                .containsPattern("loss: 0 of \\d+ frames \\(0\\.0%\\)");
    }

    @Test
    void inspectRefusesANonsensicalDuration() {
        CliHarness.Run r = cli.run("link", "inspect", "--connect", "udpin://0.0.0.0:14550", "--seconds", "0");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.errLines()).containsExactly("error: --seconds: expected 1..3600, got 0");
    }
}
