package org.lifeline.mission.transfer;

import java.util.Locale;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;

/**
 * Clears one of the vehicle's plans.
 *
 * <pre>
 *   start: send CLEAR_ALL ──► WAIT_ACK ── ACK(ACCEPTED) ──► SUCCESS
 *                              │   ▲  └── ACK(error) ────► that outcome
 *                              └───┘ timeout: resend CLEAR_ALL (≤ maxRetries, then TIMEOUT)
 * </pre>
 * Clearing is idempotent on the vehicle, so resending after a lost ACK is safe.
 */
final class Clear extends Transaction {

    enum Step { WAIT_ACK }

    private final Step step = Step.WAIT_ACK;

    Clear(TransactionHost host, MissionType type) {
        super(host, TransferOperation.CLEAR, type, TransferProgress.NONE);
    }

    @Override
    void start() {
        sendAndWait(message(), TimeoutKind.COMMAND);
    }

    @Override
    public void onAck(int wireType, int result) {
        if (!mine(wireType) || isDone() || step != Step.WAIT_ACK) {
            return;
        }
        answered();
        TransferOutcome outcome = TransferOutcome.fromMavResult(result);
        String noun = type.name().toLowerCase(Locale.ROOT);
        finish(outcome, 0, 0, -1, outcome == TransferOutcome.SUCCESS ? MissionPlan.empty(type) : null,
                outcome == TransferOutcome.SUCCESS ? "cleared the vehicle's " + noun
                        : "the vehicle refused to clear its " + noun + ": " + outcome.description());
    }

    @Override
    void onTimeout() {
        if (!retransmit(message(), TimeoutKind.COMMAND)) {
            finish(TransferOutcome.TIMEOUT, 0, 0, -1, null, "no answer to MISSION_CLEAR_ALL after "
                    + (attempt() + 1) + " tries; the vehicle may or may not have cleared its "
                    + type.name().toLowerCase(Locale.ROOT));
        }
    }

    private Object message() {
        return MissionWire.clearAll(type, host.options().targetSystem(), host.options().targetComponent());
    }
}
