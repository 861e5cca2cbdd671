package org.lifeline.agent.cli;

import java.io.IOException;

import org.lifeline.agent.config.AgentConfig;
import org.lifeline.agent.drops.MissionSource;
import org.lifeline.agent.drops.TransferClientMissionSource;
import org.lifeline.link.Link;
import org.lifeline.link.Links;
import org.lifeline.mavlink.EndpointOptions;
import org.lifeline.mavlink.MavlinkEndpoint;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.mission.transfer.MissionTransferClient;
import org.lifeline.mission.transfer.TransferOptions;
import org.lifeline.time.Scheduler;

/**
 * The field connection: the configured link ({@code serial:}, {@code udpin://}, …) carrying a
 * MAVLink endpoint that presents itself as the vehicle's onboard computer (same system id,
 * component 191). The endpoint's own HEARTBEAT is off: the flight-controller tracker sends ours.
 */
public final class EndpointConnector implements FcConnector {

    @Override
    public FcConnection connect(AgentConfig c, Scheduler scheduler) throws IOException {
        Link link = Links.open(c.fcUri());
        MavlinkEndpoint endpoint = new MavlinkEndpoint(link, scheduler, EndpointOptions.companion(c.systemId()).withoutHeartbeat());
        MissionTransferClient client = new MissionTransferClient(endpoint, scheduler, TransferOptions.defaults()
                .withTarget(c.systemId(), c.autopilotComponent()).withOwnSystemId(c.systemId()));
        MissionSource missions = new TransferClientMissionSource(client);
        return new FcConnection() {
            @Override
            public MessageChannel channel() {
                return endpoint;
            }

            @Override
            public MissionSource missions() {
                return missions;
            }

            @Override
            public void start() {
                endpoint.start();
            }

            @Override
            public void close() {
                client.close();
                endpoint.close();
            }
        };
    }
}
