package org.lifeline.mission.transfer;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;

/**
 * The single result a mission transaction reports. Protocol outcomes are results, never
 * exceptions: the caller decides what a TIMEOUT or NO_SPACE means for the flight.
 *
 * @param operation       what was attempted
 * @param type            which of the vehicle's plans it addressed
 * @param outcome         how it ended
 * @param itemsDone       items transferred before it ended
 * @param itemsTotal      items the transfer was about (0 when unknown, e.g. download before COUNT)
 * @param failedSeq       the item sequence where it failed, or -1
 * @param plan            the plan read from the vehicle (download and verified upload), or null
 * @param detail          one human-readable sentence: what happened and, on failure, what the
 *                        vehicle may now hold
 * @param retransmissions messages sent again because an answer did not come in time
 * @param elapsed         time from start to result on the scheduler's clock
 */
public record TransferResult(TransferOperation operation, MissionType type, TransferOutcome outcome,
                             int itemsDone, int itemsTotal, int failedSeq, MissionPlan plan,
                             String detail, int retransmissions, Duration elapsed) {

    public TransferResult {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(elapsed, "elapsed");
    }

    public boolean isSuccess() {
        return outcome == TransferOutcome.SUCCESS;
    }

    /** The plan read back from the vehicle, if this operation read one. */
    public Optional<MissionPlan> downloadedPlan() {
        return Optional.ofNullable(plan);
    }

    /** The same result reported as another operation with another detail (verified upload). */
    TransferResult as(TransferOperation op, TransferOutcome newOutcome, MissionPlan newPlan, String newDetail,
                      int extraRetransmissions, Duration newElapsed) {
        return new TransferResult(op, type, newOutcome, itemsDone, itemsTotal, failedSeq, newPlan, newDetail,
                retransmissions + extraRetransmissions, newElapsed);
    }

    @Override
    public String toString() {
        return operation + " " + type + " " + outcome + " (" + itemsDone + "/" + itemsTotal + "): " + detail;
    }
}
