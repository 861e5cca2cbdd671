package org.lifeline.agent.release;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The outcome of checking the interlocks for one parcel at one instant.
 *
 * @param parcelId the parcel
 * @param failed   the interlocks that did not hold (empty when the release is allowed)
 * @param reasons  one sentence per failed interlock, in {@link Interlock} order
 */
public record ReleaseDecision(String parcelId, Set<Interlock> failed, List<String> reasons) {

    public ReleaseDecision {
        failed = Set.copyOf(failed);
        reasons = List.copyOf(reasons);
    }

    public boolean allowed() {
        return failed.isEmpty();
    }

    /** One line for logs and refusal events, e.g. "refused: ARMED (vehicle is disarmed); ...". */
    public String summary() {
        if (allowed()) {
            return "release of " + parcelId + " allowed: every interlock holds";
        }
        return "release of " + parcelId + " refused: " + reasons.stream().collect(Collectors.joining("; "));
    }
}
