package org.lifeline.groundstation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCliTest {

    @TempDir
    Path empty;

    @Test
    void aCheckoutWithoutTheBuiltJarsIsRefusedSayingHowToBuildThem() throws Exception {
        try (CliHarness cli = new CliHarness()) {
            CliHarness.Run r = cli.run("demo", "--home", empty.toString());
            assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(r.err()).contains(empty.resolve("simulator/target/lifeline-simulator.jar") + " is missing; build it first: mvn -B -q -DskipTests package")
                    .contains("lifeline-agent.jar is missing").contains("fugou-airspace.geojson is missing");
            assertThat(empty.resolve("demo-out")).doesNotExist();
        }
    }

    @Test
    void aSpeedUpTheMachineCannotCarryIsRefused() throws Exception {
        try (CliHarness cli = new CliHarness()) {
            CliHarness.Run r = cli.run("demo", "--speedup", "100", "--home", empty.toString());
            assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(r.err()).contains("--speedup: expected 1 to 30");
        }
    }

    @Test
    void aBrokerThatIsNoMqttAddressIsRefused() throws Exception {
        try (CliHarness cli = new CliHarness()) {
            CliHarness.Run r = cli.run("demo", "--broker", "localhost:1883", "--home", empty.toString());
            assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(r.err()).contains("--broker: expected tcp://HOST:PORT").contains("got localhost:1883");
        }
    }
}
