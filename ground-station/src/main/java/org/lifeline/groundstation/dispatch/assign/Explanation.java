package org.lifeline.groundstation.dispatch.assign;

import java.util.Objects;

/**
 * Why a parcel is or is not in a sortie, or why a drone stays on the ground, in words a
 * dispatcher reads.
 *
 * @param subjectId the request id or drone id explained
 * @param kind      the kind of outcome, for callers that act on it
 * @param text      the explanation, e.g. "no drone can reach dp-x with the 25 % reserve: 31.2 Wh short"
 */
public record Explanation(String subjectId, Kind kind, String text) {

    /** The kinds of outcome. */
    public enum Kind {
        /** The parcel is in a sortie. */
        ASSIGNED,
        /** The parcel's drop point is not in the airspace in force. */
        UNKNOWN_DROP_POINT,
        /** No available drone can lift it. */
        TOO_HEAVY,
        /** No available drone can reach its drop point and come back with the reserve. */
        OUT_OF_REACH,
        /** It stays queued behind parcels that go first. */
        WAITING,
        /** The mission planner refused the sortie with it on board. */
        PLAN_REFUSED,
        /** The drone cannot fly this wave. */
        DRONE_UNAVAILABLE,
        /** The drone is available but has nothing to carry this wave. */
        DRONE_IDLE
    }

    public Explanation {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return subjectId + ": " + text;
    }
}
