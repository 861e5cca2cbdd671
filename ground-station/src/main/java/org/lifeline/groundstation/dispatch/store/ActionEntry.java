package org.lifeline.groundstation.dispatch.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the operators' action log: an action asked (step 1, outcome {@code ASKED}),
 * then its result (step 2, {@code SUCCEEDED} or {@code FAILED}).
 *
 * @param actionId  the action's id, e.g. {@code A-7KX3M9QF}; both steps share it
 * @param step      1 when asked, 2 for the result
 * @param operator  who asked (the logged-in operator)
 * @param action    what was asked: {@code upload}, {@code start}, {@code rtl}, {@code land}, {@code pause}, {@code resume}
 * @param droneId   the drone it was for
 * @param sortieId  the sortie it was for, if any
 * @param outcome   {@code ASKED}, {@code SUCCEEDED} or {@code FAILED}
 * @param detail    one sentence: what was asked, or what happened
 * @param at        when
 */
public record ActionEntry(String actionId, int step, String operator, String action, String droneId, Optional<String> sortieId,
                          String outcome, String detail, Instant at) {

    public static final String ASKED = "ASKED";
    public static final String SUCCEEDED = "SUCCEEDED";
    public static final String FAILED = "FAILED";

    public ActionEntry {
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(droneId, "droneId");
        Objects.requireNonNull(sortieId, "sortieId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(at, "at");
    }
}
