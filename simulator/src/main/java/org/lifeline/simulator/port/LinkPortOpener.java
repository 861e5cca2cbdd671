package org.lifeline.simulator.port;

import java.io.IOException;
import java.time.Duration;
import org.lifeline.link.Link;
import org.lifeline.link.Links;
import org.lifeline.mavlink.EndpointOptions;
import org.lifeline.mavlink.MavlinkEndpoint;
import org.lifeline.simulator.fault.FaultPlan;
import org.lifeline.simulator.fault.FaultyLink;
import org.lifeline.time.Scheduler;

/**
 * Opens a vehicle port on a real link: {@link Links#open} for the URI, wrapped in a
 * {@link FaultyLink} when frame-level faults are configured, under a {@link MavlinkEndpoint}
 * that stamps the vehicle's system id and component 1 (the autopilot) on every frame. The
 * endpoint sends no heartbeat of its own: the simulated autopilot sends ArduCopter's.
 */
public final class LinkPortOpener implements PortOpener {

    private final Scheduler wallClock;

    /** @param wallClock real time for the endpoint's own timers (the links are real) */
    public LinkPortOpener(Scheduler wallClock) {
        this.wallClock = wallClock;
    }

    @Override
    public OpenPort open(String uri, int systemId, FaultPlan faults, long seed) throws IOException {
        Link link = Links.open(uri);
        Link effective = faults.affectsFrames() ? new FaultyLink(link, faults, seed) : link;
        EndpointOptions options = EndpointOptions.groundStation().withIds(systemId, 1).withoutHeartbeat();
        MavlinkEndpoint endpoint = new MavlinkEndpoint(effective, wallClock, options);
        endpoint.start();
        return new OpenPort(endpoint, endpoint::close);
    }
}
