package org.lifeline.groundstation.planning.mission;

/**
 * A delivery that cannot be planned. {@link #reason()} tells a caller whether the request was
 * wrong (bad input) or the request was fine but the flight is not possible.
 */
public final class PlanningException extends Exception {

    /** Why planning stopped. */
    public enum Reason {
        /** Unknown id, payload too heavy, drop altitude outside the vehicle's window. */
        BAD_INPUT,
        /** No path keeps the margins. */
        NO_ROUTE,
        /** No altitude satisfies every zone along a segment. */
        ALTITUDE,
        /** The flight would land below the reserve. */
        ENERGY,
        /** The fence cannot be fitted to the autopilot's budget. */
        FENCE,
        /** A check of the finished route failed (it would enter a closed zone). */
        UNSAFE_ROUTE
    }

    private final Reason reason;

    public PlanningException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public PlanningException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
