package org.lifeline.agent.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.agent.release.ReleaseOwner;

/** {@code release.owner}: who moves the release on this airframe. */
class ReleaseOwnerConfigTest {

    @TempDir
    Path dir;

    private ValidConfigFile config;

    @BeforeEach
    void validConfiguration() throws IOException {
        config = new ValidConfigFile(dir);
    }

    @Test
    void theAgentOwnsTheReleaseByDefault() throws Exception {
        AgentConfig c = ConfigLoader.load(config.write());
        assertThat(c.releaseOwner()).isEqualTo(ReleaseOwner.AGENT);
        assertThat(c.actuator()).isInstanceOf(AgentConfig.Servo.class);
    }

    @Test
    void theAutopilotsGripperIsCommandedWhereTheAutopilotOwnsTheRelease() throws Exception {
        config.props.put("release.owner", "autopilot");
        config.props.put("release.gripper", "2");
        AgentConfig c = ConfigLoader.load(config.write());
        assertThat(c.releaseOwner()).isEqualTo(ReleaseOwner.AUTOPILOT);
        assertThat(c.actuator()).isEqualTo(new AgentConfig.AutopilotRelease(2));
        assertThat(c.toString()).contains("release=AUTOPILOT");
    }

    @Test
    void aPiActuatorBesideTheAutopilotsGripperIsRefused() throws Exception {
        config.props.put("release.owner", "autopilot");
        config.props.put("actuator.kind", "servo");
        assertThatThrownBy(() -> ConfigLoader.load(config.write())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("actuator.kind").hasMessageContaining("release.owner = autopilot");
    }

    @Test
    void anUnknownOwnerIsRefusedListingTheChoices() throws Exception {
        config.props.put("release.owner", "pilot");
        assertThatThrownBy(() -> ConfigLoader.load(config.write())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("release.owner").hasMessageContaining("agent, autopilot");
    }
}
