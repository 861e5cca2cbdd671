package org.lifeline.agent.fc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.dronefleet.mavlink.common.CommandLong;
import io.dronefleet.mavlink.minimal.Heartbeat;
import io.dronefleet.mavlink.minimal.MavType;
import org.junit.jupiter.api.Test;
import org.lifeline.support.Await;
import org.lifeline.link.Link;
import org.lifeline.link.LinkUri;
import org.lifeline.link.Links;
import org.lifeline.link.UdpInLink;
import org.lifeline.mavlink.EndpointOptions;
import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.MavlinkEndpoint;
import org.lifeline.time.ManualScheduler;

/**
 * The tracker on a real MAVLink endpoint over loopback UDP, as on the Pi with mavlink-router:
 * real frames both ways, the agent as component 191 of the vehicle's system.
 */
class TrackerOverUdpTest {

    @Test
    void theTrackerIsHeardAsTheOnboardComputerAndFollowsTheAutopilotOverRealFrames() throws Exception {
        ManualScheduler clock = new ManualScheduler();
        UdpInLink agentLink = UdpInLink.open(LinkUri.parse("udpin://127.0.0.1:0"));
        Link autopilotLink = Links.open("udp://127.0.0.1:" + agentLink.localPort());
        try (MavlinkEndpoint agentEnd = new MavlinkEndpoint(agentLink, clock, EndpointOptions.companion(1).withoutHeartbeat());
             MavlinkEndpoint autopilot = new MavlinkEndpoint(autopilotLink, clock, EndpointOptions.groundStation()
                     .withIds(1, 1).withoutHeartbeat())) {
            List<MavMessage> heardByAutopilot = new CopyOnWriteArrayList<>();
            autopilot.subscribe(heardByAutopilot::add);
            FlightControllerTracker tracker = new FlightControllerTracker(agentEnd, clock, TrackerOptions.defaults(1));
            tracker.start();
            agentEnd.start();
            autopilot.start();

            // The autopilot keeps talking, as a real one does, until the tracker has heard it.
            Await.until(() -> {
                if (tracker.state().hasPosition() && tracker.state().auto()) {
                    return true;
                }
                autopilot.send(FakeAutopilot.heartbeat(true, 3));
                autopilot.send(FakeAutopilot.position(34.06895, 114.40785, 12, 0.3));
                return false;
            }, Duration.ofSeconds(10));
            assertThat(tracker.state().mode()).isEqualTo("AUTO");
            assertThat(tracker.state().armed()).isTrue();
            assertThat(tracker.state().relativeAltitude()).isEqualTo(12.0);

            clock.advance(Duration.ofSeconds(1)); // our next HEARTBEAT, now that the peer's address is known
            Await.until(() -> heardByAutopilot.stream().anyMatch(m -> m.is(CommandLong.class))
                    && heardByAutopilot.stream().anyMatch(m -> m.is(Heartbeat.class)), Duration.ofSeconds(10));
            assertThat(heardByAutopilot).filteredOn(m -> m.is(Heartbeat.class)).first().satisfies(m -> {
                assertThat(m.systemId()).isEqualTo(1);
                assertThat(m.componentId()).isEqualTo(191);
                assertThat(m.as(Heartbeat.class).orElseThrow().type().entry()).isEqualTo(MavType.MAV_TYPE_ONBOARD_CONTROLLER);
            });
            assertThat(heardByAutopilot).filteredOn(m -> m.is(CommandLong.class))
                    .extracting(m -> Math.round(m.as(CommandLong.class).orElseThrow().param1())).contains(33);
            tracker.close();
        }
    }
}
