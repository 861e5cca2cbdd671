package org.lifeline.agent.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.agent.release.ReleaseOwner;

/** {@code release.owner}: who moves the release on this airframe. */
class ReleaseOwnerConfigTest {

    @TempDir
    Path dir;

    private final Map<String, String> props = new LinkedHashMap<>();

    @BeforeEach
    void validConfiguration() throws IOException {
        Files.writeString(dir.resolve("command.key"), "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f\n");
        props.put("drone.id", "d1");
        props.put("fc.uri", "serial:/dev/serial0?baud=921600");
        props.put("broker.uri", "tcp://127.0.0.1:1883");
        props.put("commands.keyFile", "command.key");
        props.put("data.dir", "data");
    }

    private Path write() throws IOException {
        StringBuilder text = new StringBuilder();
        props.forEach((k, v) -> text.append(k).append(" = ").append(v).append('\n'));
        return Files.writeString(dir.resolve("agent.properties"), text);
    }

    @Test
    void theAgentOwnsTheReleaseByDefault() throws Exception {
        AgentConfig c = ConfigLoader.load(write());
        assertThat(c.releaseOwner()).isEqualTo(ReleaseOwner.AGENT);
        assertThat(c.actuator()).isInstanceOf(AgentConfig.Servo.class);
    }

    @Test
    void theAutopilotsGripperIsCommandedWhereTheAutopilotOwnsTheRelease() throws Exception {
        props.put("release.owner", "autopilot");
        props.put("release.gripper", "2");
        AgentConfig c = ConfigLoader.load(write());
        assertThat(c.releaseOwner()).isEqualTo(ReleaseOwner.AUTOPILOT);
        assertThat(c.actuator()).isEqualTo(new AgentConfig.AutopilotRelease(2));
        assertThat(c.toString()).contains("release=AUTOPILOT");
    }

    @Test
    void aPiActuatorBesideTheAutopilotsGripperIsRefused() throws Exception {
        props.put("release.owner", "autopilot");
        props.put("actuator.kind", "servo");
        assertThatThrownBy(() -> ConfigLoader.load(write())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("actuator.kind").hasMessageContaining("release.owner = autopilot");
    }

    @Test
    void anUnknownOwnerIsRefusedListingTheChoices() throws Exception {
        props.put("release.owner", "pilot");
        assertThatThrownBy(() -> ConfigLoader.load(write())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("release.owner").hasMessageContaining("agent, autopilot");
    }
}
