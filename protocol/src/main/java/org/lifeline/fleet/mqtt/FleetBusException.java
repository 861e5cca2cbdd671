package org.lifeline.fleet.mqtt;

/** The broker could not be reached or refused an operation; the message says which and why. */
public final class FleetBusException extends Exception {

    public FleetBusException(String message, Throwable cause) {
        super(message, cause);
    }
}
