package org.lifeline.fleet;

/**
 * The drone's presence (topic {@code .../status}, QoS 1, retained). The agent publishes
 * ONLINE after connecting; its Last Will publishes OFFLINE when the broker loses it.
 *
 * @param timeMillis when the status was set, or 0 in a Last Will (written before the fact)
 */
public record DroneStatus(String droneId, State state, long timeMillis, String agentVersion) {

    public enum State { ONLINE, OFFLINE }

    public DroneStatus {
        FleetTopics.requireDroneId(droneId);
        agentVersion = agentVersion == null ? "" : agentVersion;
    }
}
