package org.lifeline.groundstation.dispatch.flight;

import java.util.List;
import java.util.Objects;

/**
 * How one step of a sortie's flight ended. Refusals and failures are results, never
 * exceptions, and always say why.
 *
 * @param sortieId the sortie
 * @param step     the step that ended it (the last one, when done)
 * @param kind     what happened
 * @param message  one sentence for the dispatcher
 * @param requeued the parcels put back in the queue because of it (empty unless FAILED or NO_LINK)
 */
public record FlightResult(String sortieId, Step step, Kind kind, String message, List<String> requeued) {

    /** The steps, in order. */
    public enum Step {
        /** Reading the sortie from the store and its {@code .plan}, finding the drops. */
        PREPARE,
        /** Sending the agent the drop plans and waiting for their acks. */
        DROP_PLANS,
        /** Opening the MAVLink link and hearing the vehicle. */
        LINK,
        /** Uploading mission, fence and rally, verified by read-back; parcels PLANNED → UPLOADED. */
        UPLOAD,
        /** GUIDED, arm, MISSION_START. */
        START
    }

    public enum Kind {
        /** The step did what was asked. */
        DONE,
        /** Not attempted: the sortie is not in the state the step needs, or the order is wrong. Nothing changed. */
        REFUSED,
        /** Tried and failed before take-off; the parcels named in {@code requeued} are back in the queue. */
        FAILED,
        /** The link, the vehicle or the fleet bus could not be reached; as FAILED for the parcels. */
        NO_LINK
    }

    public FlightResult {
        Objects.requireNonNull(sortieId, "sortieId");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        requeued = List.copyOf(requeued);
    }

    public boolean ok() {
        return kind == Kind.DONE;
    }

    static FlightResult done(String sortieId, Step step, String message) {
        return new FlightResult(sortieId, step, Kind.DONE, message, List.of());
    }

    static FlightResult refused(String sortieId, Step step, String message) {
        return new FlightResult(sortieId, step, Kind.REFUSED, message, List.of());
    }
}
