package org.lifeline.groundstation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class FleetCommandTest {

    private record Run(int exit, String err) {
    }

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = LifelineCommand.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), err.toString());
    }

    @Test
    void anUnknownEventTypeIsBadInput() {
        Run r = run("fleet", "watch", "--broker", "tcp://127.0.0.1:1883", "--until", "exploded");
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("--until: \"exploded\" is not an event type; expected one of [armed");
    }

    @Test
    void aBrokerUriWithoutTcpOrSslIsBadInput() {
        Run r = run("fleet", "watch", "--broker", "mqtt://127.0.0.1:1883");
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("expected tcp://HOST:PORT or ssl://HOST:PORT");
    }

    @Test
    void aBrokerThatIsNotThereIsNoLink() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Run r = run("fleet", "watch", "--broker", "tcp://127.0.0.1:" + port, "--seconds", "1");
        assertThat(r.exit()).isEqualTo(ExitCodes.NO_LINK);
        assertThat(r.err()).startsWith("error: cannot connect to tcp://127.0.0.1:" + port);
    }
}
