package org.lifeline.agent.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    private ValidConfigFile config;

    @BeforeEach
    void validConfiguration() throws IOException {
        config = new ValidConfigFile(dir);
    }

    @Test
    void aMinimalConfigurationTakesTheDocumentedDefaults() throws Exception {
        AgentConfig c = ConfigLoader.load(config.write());
        assertThat(c.droneId()).isEqualTo("d1");
        assertThat(c.systemId()).isEqualTo(1);
        assertThat(c.commandKey()).hasSize(32);
        assertThat(c.dataDir()).isEqualTo(dir.resolve("data"));
        assertThat(c.actuator()).isEqualTo(new AgentConfig.Servo(0, 50, 1000, 2000));
        assertThat(c.telemetryRateHz()).isEqualTo(2);
        assertThat(c.maxVerticalSpeed()).isEqualTo(0.3);
        assertThat(c.sensorPin()).isEmpty();
        assertThat(c.hardware()).isEqualTo(AgentConfig.Hardware.AUTO);
        assertThat(c.toString()).doesNotContain("0001020304");
    }

    @Test
    void aRelayWithASensorIsRead() throws Exception {
        config.props.put("actuator.kind", "relay");
        config.props.put("actuator.relay.pin", "17");
        config.props.put("actuator.relay.activeHigh", "false");
        config.props.put("sensor.pin", "27");
        config.props.put("fc.uri", "udpin://0.0.0.0:14550");
        AgentConfig c = ConfigLoader.load(config.write());
        assertThat(c.actuator()).isEqualTo(new AgentConfig.Relay(17, false));
        assertThat(c.sensorPin()).hasValue(27);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            drone.id                    | drone 1         | drone.id: "drone 1":
            fc.uri                      | serial:         | fc.uri: "serial:":
            fc.uri                      | carrier-pigeon  | fc.uri: "carrier-pigeon":
            fc.systemId                 | 0               | fc.systemId: "0": expected a whole number from 1 to 255
            fc.systemId                 | one             | fc.systemId: "one": expected a whole number from 1 to 255
            broker.uri                  | mqtt://x:1883   | broker.uri: "mqtt://x:1883": expected tcp://HOST:PORT or ssl://HOST:PORT
            commands.keyFile            | missing.key     | commands.keyFile: file
            actuator.kind               | trapdoor        | actuator.kind: "trapdoor": expected servo or relay
            actuator.servo.openMicros   | 1000            | actuator.servo.openMicros: 1000: expected a pulse width different from actuator.servo.closedMicros
            actuator.servo.closedMicros | 3000            | actuator.servo.closedMicros: "3000": expected a whole number from 500 to 2500
            actuator.relay.pin          | 40              | actuator.relay.pin: "40": expected a whole number from 0 to 27
            sensor.pin                  | GPIO27          | sensor.pin: "GPIO27": expected a whole number from 0 to 27
            sensor.presentWhenHigh      | maybe           | sensor.presentWhenHigh: "maybe": expected true or false
            telemetry.rateHz            | 20              | telemetry.rateHz: "20": expected a number from 1 to 10
            drop.zoneRadiusMetres       | -5              | drop.zoneRadiusMetres: "-5": expected a number from 0.5 to 100
            drop.maxGroundSpeed         | fast            | drop.maxGroundSpeed: "fast": expected a number from 0.1 to 10
            interlock.maxVerticalSpeed  | 1.5             | interlock.maxVerticalSpeed: "1.5": expected a number from 0.05 to 1
            interlock.maxVerticalSpeed  | -0.3            | interlock.maxVerticalSpeed: "-0.3": expected a number from 0.05 to 1
            hardware                    | arduino         | hardware: "arduino": expected one of auto, pi, mock
            drop.zoneRadius             | 5               | drop.zoneRadius: unknown key
            """)
    void aBadValueIsRefusedNamingTheKeyAndWhatWasExpected(String key, String value, String expected) throws Exception {
        config.props.put(key, value);
        Path file = config.write();
        assertThatThrownBy(() -> ConfigLoader.load(file)).isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems()).anySatisfy(p -> {
                    assertThat(p).startsWith(file + ": ");
                    assertThat(p).contains(expected);
                }));
    }

    @Test
    void everyMissingRequiredKeyIsReportedAtOnce() throws Exception {
        config.props.clear();
        Path file = config.write();
        assertThatThrownBy(() -> ConfigLoader.load(file)).isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems()).hasSize(5)
                        .allSatisfy(p -> assertThat(p).contains("missing: expected")));
    }

    @Test
    void aShortOrNonHexKeyIsRefused() throws Exception {
        Files.writeString(dir.resolve("command.key"), "abcd\n");
        Path file = config.write();
        assertThatThrownBy(() -> ConfigLoader.load(file)).hasMessageContaining("commands.keyFile: key in")
                .hasMessageContaining("expected at least 16");
        Files.writeString(dir.resolve("command.key"), "not hex at all\n");
        assertThatThrownBy(() -> ConfigLoader.load(file)).hasMessageContaining("expected hex digits");
    }

    @Test
    void tlsStoresOnAPlainTcpBrokerAreRefused() throws Exception {
        Files.writeString(dir.resolve("ca.p12"), "x");
        config.props.put("broker.trustStore", "ca.p12");
        Path file = config.write();
        assertThatThrownBy(() -> ConfigLoader.load(file)).hasMessageContaining("expected ssl://HOST:PORT");
    }

    @Test
    void aFileThatIsNotThereIsAClearError() {
        assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("nope.properties")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("nope.properties: cannot be read");
    }
}
