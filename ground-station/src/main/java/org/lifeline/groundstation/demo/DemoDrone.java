package org.lifeline.groundstation.demo;

import java.util.Objects;

import org.lifeline.plan.GeoPoint;

/**
 * One simulated drone of the demo: its fleet id, the launch site it stands on, and the two TCP
 * ports of its simulated flight controller on the loopback interface.
 *
 * @param id            the fleet id (the agent's {@code drone.id} and the registry's {@code id})
 * @param launchSiteId  the airspace launch site it flies from
 * @param home          where the simulator puts it at boot (the launch site)
 * @param gcsPort       the ground station's MAVLink port ({@code tcp://127.0.0.1:gcsPort})
 * @param companionPort the onboard agent's MAVLink port
 */
public record DemoDrone(String id, String launchSiteId, GeoPoint home, int gcsPort, int companionPort) {

    public DemoDrone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(launchSiteId, "launchSiteId");
        Objects.requireNonNull(home, "home");
    }

    /** The link the ground station flies it over. */
    public String link() {
        return "tcp://127.0.0.1:" + gcsPort;
    }
}
