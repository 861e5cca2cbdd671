package org.lifeline.groundstation.planning.fence;

/** No simplification of the fence fits the autopilot's fence storage without crowding the track. */
public final class FenceBudgetException extends Exception {

    public FenceBudgetException(String message) {
        super(message);
    }
}
