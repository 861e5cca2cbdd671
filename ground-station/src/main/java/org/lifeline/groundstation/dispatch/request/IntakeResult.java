package org.lifeline.groundstation.dispatch.request;

import java.util.List;
import java.util.Objects;

/**
 * The answer to one request, shaped for a JSON response: plain fields, {@code null} where
 * there is nothing to say.
 *
 * @param status      {@code accepted}, {@code already-stored} (its ref was stored before) or {@code refused}
 * @param deliveryId  the delivery (= parcel) id; {@code null} when refused
 * @param duplicateOf a likely earlier duplicate, flagged not merged; {@code null} when none
 * @param problems    why it was refused; empty otherwise
 * @param message     one sentence for a person
 */
public record IntakeResult(String status, String deliveryId, String duplicateOf, List<FieldProblem> problems, String message) {

    public static final String ACCEPTED = "accepted";
    public static final String ALREADY_STORED = "already-stored";
    public static final String REFUSED = "refused";

    public IntakeResult {
        Objects.requireNonNull(status, "status");
        problems = List.copyOf(problems);
        Objects.requireNonNull(message, "message");
    }

    public boolean accepted() {
        return !REFUSED.equals(status);
    }
}
