package org.lifeline.groundstation.planning.mission;

/** No path between two stops keeps the required margins; the message says which leg and why. */
public final class NoRouteException extends Exception {

    public NoRouteException(String message) {
        super(message);
    }

    public NoRouteException(String message, Throwable cause) {
        super(message, cause);
    }
}
