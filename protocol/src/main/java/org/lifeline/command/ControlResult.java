package org.lifeline.command;

/**
 * How a pilot action (arm, set mode, start mission, ...) ended.
 *
 * @param action  what was asked, e.g. {@code arm} or {@code set mode GUIDED}
 * @param success whether the vehicle did it (acknowledged and, where we can see it, confirmed)
 * @param outcome the last command outcome (ACCEPTED on success)
 * @param message one line for the pilot: what happened and, on failure, what the vehicle said
 */
public record ControlResult(String action, boolean success, CommandOutcome outcome, String message) {

    public static ControlResult succeeded(String action, String message) {
        return new ControlResult(action, true, CommandOutcome.ACCEPTED, message);
    }

    public static ControlResult failed(String action, CommandOutcome outcome, String message) {
        return new ControlResult(action, false, outcome, message);
    }
}
