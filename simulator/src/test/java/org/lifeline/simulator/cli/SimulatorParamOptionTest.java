package org.lifeline.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.lifeline.simulator.port.PortOpener;

/** {@code --param NAME=VALUE} sets a parameter at boot (e.g. GRIP_ENABLE=0) and refuses what it cannot set. */
class SimulatorParamOptionTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        PortOpener opener = (uri, id, faults, seed) -> new PortOpener.OpenPort(new org.lifeline.mavlink.MessageChannel() {
            @Override
            public void send(Object payload) {
            }

            @Override
            public Subscription subscribe(java.util.function.Consumer<org.lifeline.mavlink.MavMessage> listener) {
                return () -> { };
            }
        }, () -> { });
        return SimulatorCommand.run(opener, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void aKnownParameterWithANumberIsAccepted() {
        assertThat(run("--param", "GRIP_ENABLE=0", "--duration", "1", "--speedup", "100")).isZero();
    }

    @Test
    void anUnknownParameterIsBadUsageListingTheKnownOnes() {
        assertThat(run("--param", "GRIP_ENABLED=0", "--duration", "1")).isEqualTo(2);
        assertThat(err.toString()).contains("--param GRIP_ENABLED: unknown parameter").contains("GRIP_ENABLE");
    }

    @Test
    void aValueThatIsNotANumberIsBadUsage() {
        assertThat(run("--param", "GRIP_ENABLE=off", "--duration", "1")).isEqualTo(2);
        assertThat(err.toString()).contains("--param GRIP_ENABLE=off: expected a number");
    }
}
