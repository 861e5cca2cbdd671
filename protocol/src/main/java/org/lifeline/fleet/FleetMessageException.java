package org.lifeline.fleet;

/**
 * A fleet payload that cannot be accepted: not JSON, a schema version we do not speak, or a
 * missing or malformed required field. The message names the field and what was expected, and
 * is what gets logged; the message itself is dropped, never half-applied.
 */
public final class FleetMessageException extends Exception {

    public FleetMessageException(String message) {
        super(message);
    }
}
