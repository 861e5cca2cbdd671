package org.lifeline.groundstation.planning.altitude;

/** No altitude satisfies every rule along some segment of the route. */
public final class AltitudeConflictException extends Exception {

    public AltitudeConflictException(String message) {
        super(message);
    }
}
