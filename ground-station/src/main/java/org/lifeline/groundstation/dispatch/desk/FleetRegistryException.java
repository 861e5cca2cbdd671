package org.lifeline.groundstation.dispatch.desk;

/** A fleet registry file that cannot be used; the message names the file, the field and what was expected. */
public final class FleetRegistryException extends Exception {

    public FleetRegistryException(String message) {
        super(message);
    }
}
