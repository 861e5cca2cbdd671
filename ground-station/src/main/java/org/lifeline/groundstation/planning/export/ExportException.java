package org.lifeline.groundstation.planning.export;

/** A file could not be written; the message names it and says why. */
public final class ExportException extends Exception {

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }

    public ExportException(String message) {
        super(message);
    }
}
