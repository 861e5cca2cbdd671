package org.lifeline.groundstation.planning.vehicle;

/**
 * A vehicle file that cannot be used. The message names the file, the field and what was
 * expected, in one line a pilot can act on.
 */
public final class VehicleFileException extends Exception {

    public VehicleFileException(String message) {
        super(message);
    }

    public VehicleFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
