package org.lifeline.groundstation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class BrokerCommandTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = LifelineCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void servesOnTheLoopbackPortItWasGivenAndStopsWhenTimeIsUp() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Run r = run("broker", "--port", Integer.toString(port), "--seconds", "1");
        assertThat(r.exit()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("MQTT broker listening on tcp://127.0.0.1:" + port);
    }

    @Test
    void aPortOutOfRangeIsBadInput() {
        Run r = run("broker", "--port", "70000");
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("--port: expected 0-65535, got 70000");
    }

    @Test
    void aPortInUseFailsWithTheAddress() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run r = run("broker", "--port", Integer.toString(taken.getLocalPort()), "--seconds", "1");
            assertThat(r.exit()).isEqualTo(ExitCodes.FAILED);
            assertThat(r.err()).startsWith("error: ").contains("127.0.0.1:" + taken.getLocalPort())
                    .doesNotContain("Exception");
        }
    }
}
