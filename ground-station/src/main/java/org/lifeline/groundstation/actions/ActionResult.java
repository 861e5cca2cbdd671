package org.lifeline.groundstation.actions;

import java.util.List;
import java.util.Objects;

/**
 * How an action ended.
 *
 * @param success whether the drone did it (acknowledged and, where it can be seen, confirmed)
 * @param message one sentence for the operator
 * @param details further lines: the read-back verification of an upload, the steps of a start
 */
public record ActionResult(boolean success, String message, List<String> details) {

    public ActionResult {
        Objects.requireNonNull(message, "message");
        details = List.copyOf(details);
    }

    public static ActionResult succeeded(String message, List<String> details) {
        return new ActionResult(true, message, details);
    }

    public static ActionResult failed(String message) {
        return new ActionResult(false, message, List.of());
    }

    public static ActionResult failed(String message, List<String> details) {
        return new ActionResult(false, message, details);
    }

    /** The message and details as one text, for the log. */
    public String text() {
        return details.isEmpty() ? message : message + " — " + String.join("; ", details);
    }
}
