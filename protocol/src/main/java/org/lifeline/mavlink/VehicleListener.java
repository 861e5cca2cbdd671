package org.lifeline.mavlink;

/**
 * Hears about vehicles coming and going on an endpoint. {@code discovered}, {@code restored} and
 * {@code changed} run on the endpoint's reader thread, {@code linkLost} on the scheduler's thread;
 * keep them short and synchronize shared state.
 */
public interface VehicleListener {

    /** First HEARTBEAT from a vehicle. */
    default void discovered(VehicleInfo vehicle) {
    }

    /** No HEARTBEAT from the vehicle for the link-lost timeout. */
    default void linkLost(VehicleInfo vehicle) {
    }

    /** A HEARTBEAT arrived again after {@link #linkLost}. */
    default void linkRestored(VehicleInfo vehicle) {
    }

    /** The vehicle's mode, armed state, status or type changed between heartbeats. */
    default void changed(VehicleInfo previous, VehicleInfo current) {
    }
}
