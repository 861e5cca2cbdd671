package org.lifeline.groundstation.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lifeline.fleet.DroneStatus;
import org.lifeline.fleet.Telemetry;
import org.lifeline.groundstation.fleet.DroneView;
import org.lifeline.groundstation.linkwatch.LinkSample;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** How the page's drone merges what the agent says over the fleet bus and what the drone's link says. */
class LiveJsonMergeTest {

    private static final long NOW = 1_780_000_000_000L;

    private static DroneView agent(long ageMillis, boolean stale, boolean online) {
        Telemetry t = new Telemetry("drone-1", NOW - ageMillis, 34.07, 114.40, 30, 80, 9.5, 90, 71, 15.8, 3, 12, "AUTO", true, 4);
        return new DroneView("drone-1", Optional.of(new DroneStatus("drone-1", online ? DroneStatus.State.ONLINE : DroneStatus.State.OFFLINE,
                NOW - 60_000, "1.0")), Optional.of(t), ageMillis, stale, List.of());
    }

    private static LinkSample link(LinkSample.State state, long ageMillis) {
        return new LinkSample("drone-1", "tcp://127.0.0.1:5760", state, state == LinkSample.State.LIVE ? "" : "no heartbeat for 4 s",
                "LOITER", true, true, 34.08, 114.41, 12, 270, 0.2, 64, 5, 97, false, NOW - ageMillis, NOW - ageMillis);
    }

    @Test
    void aDroneOnlyTheFleetBusKnowsComesFromItsAgent() {
        ObjectNode d = LiveJson.drone(agent(300, false, true), null, NOW);
        assertThat(d.get("source").asText()).isEqualTo("agent");
        assertThat(d.get("mode").asText()).isEqualTo("AUTO");
        assertThat(d.get("agent").asBoolean()).isTrue();
        assertThat(d.get("stale").asBoolean()).isFalse();
        assertThat(d.has("link")).isFalse();
    }

    @Test
    void aDroneOnlyItsLinkKnowsComesFromTheLinkWithNoAgentHeard() {
        ObjectNode d = LiveJson.drone(null, link(LinkSample.State.LIVE, 200), NOW);
        assertThat(d.get("id").asText()).isEqualTo("drone-1");
        assertThat(d.get("source").asText()).isEqualTo("link");
        assertThat(d.get("agent").asBoolean()).isFalse();
        assertThat(d.get("online").asBoolean()).isFalse();
        assertThat(d.get("stale").asBoolean()).isFalse();
        assertThat(d.get("lat").asDouble()).isEqualTo(34.08);
        assertThat(d.get("ageMs").asLong()).isEqualTo(200);
        assertThat(d.get("link").get("state").asText()).isEqualTo("LIVE");
        assertThat(d.get("link").get("quality").asInt()).isEqualTo(97);
        assertThat(d.get("link").get("heardMs").asLong()).isEqualTo(200);
    }

    @Test
    void theNewerOfTwoFreshSamplesIsShown() {
        assertThat(LiveJson.drone(agent(900, false, true), link(LinkSample.State.LIVE, 100), NOW).get("source").asText()).isEqualTo("link");
        assertThat(LiveJson.drone(agent(100, false, true), link(LinkSample.State.LIVE, 900), NOW).get("source").asText()).isEqualTo("agent");
    }

    @Test
    void aLostLinkNeverGivesThePositionAndTheDroneIsStaleOnlyWhenNeitherSourceIsFresh() {
        ObjectNode lostButAgentFresh = LiveJson.drone(agent(400, false, true), link(LinkSample.State.LOST, 100), NOW);
        assertThat(lostButAgentFresh.get("source").asText()).isEqualTo("agent");
        assertThat(lostButAgentFresh.get("stale").asBoolean()).isFalse();
        assertThat(lostButAgentFresh.get("link").get("detail").asText()).isEqualTo("no heartbeat for 4 s");

        ObjectNode agentStaleLinkLive = LiveJson.drone(agent(9_000, true, false), link(LinkSample.State.LIVE, 100), NOW);
        assertThat(agentStaleLinkLive.get("source").asText()).isEqualTo("link");
        assertThat(agentStaleLinkLive.get("stale").asBoolean()).as("the radio still hears it").isFalse();
        assertThat(agentStaleLinkLive.get("online").asBoolean()).isFalse();

        ObjectNode both = LiveJson.drone(agent(9_000, true, false), link(LinkSample.State.LOST, 5_000), NOW);
        assertThat(both.get("stale").asBoolean()).isTrue();
    }
}
