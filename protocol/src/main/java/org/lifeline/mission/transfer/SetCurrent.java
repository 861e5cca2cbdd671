package org.lifeline.mission.transfer;

import org.lifeline.mission.MissionType;

/**
 * Makes mission item {@code seq} the current one.
 *
 * <pre>
 *   start: send SET_CURRENT(seq) ──► WAIT_CURRENT ── MISSION_CURRENT(seq) ──► SUCCESS
 *                                      │   ▲   └─ MISSION_CURRENT(other): ignored (periodic report)
 *                                      └───┘ timeout: resend (≤ maxRetries, then TIMEOUT)
 * </pre>
 * Vehicles broadcast MISSION_CURRENT periodically, so only a report of the requested item
 * counts as the answer. A vehicle that rejects the sequence simply keeps reporting the old one,
 * which ends here as TIMEOUT.
 */
final class SetCurrent extends Transaction {

    enum Step { WAIT_CURRENT }

    private final int seq;
    private final Step step = Step.WAIT_CURRENT;

    SetCurrent(TransactionHost host, int seq) {
        super(host, TransferOperation.SET_CURRENT, MissionType.MISSION, TransferProgress.NONE);
        this.seq = seq;
    }

    @Override
    void start() {
        if (seq < 0 || seq > 0xFFFF) {
            finish(TransferOutcome.INVALID_REQUEST, 0, 0, seq, null, "mission item " + seq + " does not exist");
            return;
        }
        sendAndWait(message(), TimeoutKind.COMMAND);
    }

    @Override
    public void onCurrent(int reported) {
        if (isDone() || step != Step.WAIT_CURRENT || reported != seq) {
            return;
        }
        answered();
        finish(TransferOutcome.SUCCESS, 0, 0, -1, null, "current mission item is now " + seq);
    }

    @Override
    void onTimeout() {
        if (!retransmit(message(), TimeoutKind.COMMAND)) {
            finish(TransferOutcome.TIMEOUT, 0, 0, seq, null, "the vehicle did not report item " + seq
                    + " as current after " + (attempt() + 1) + " tries (out of range or not answering)");
        }
    }

    private Object message() {
        return MissionWire.setCurrent(seq, host.options().targetSystem(), host.options().targetComponent());
    }
}
