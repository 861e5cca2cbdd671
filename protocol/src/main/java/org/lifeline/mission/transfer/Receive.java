package org.lifeline.mission.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;

/**
 * Vehicle side of an upload: the server asks for each item in turn.
 *
 * <pre>
 *   COUNT(n) ──► send REQUEST(0) ──► RECEIVING ── ITEM(next) ──► store, REQUEST(next+1)
 *                                     │  ▲  ▲
 *                                     │  │  └─ ITEM(next-1) (duplicate): REQUEST(next) again
 *                                     │  └──── timeout: REQUEST(next) again (≤ maxRetries,
 *                                     │         then ACK(OPERATION_CANCELLED), TIMEOUT)
 *                                     ├─ ITEM(n-1) ──► commit plan, ACK(ACCEPTED), SUCCESS
 *                                     ├─ injected item fault ──► ACK(fault), that outcome
 *                                     └─ ACK(any) from the ground station ──► CANCELLED
 * </pre>
 *
 * The stored plan is replaced only when the last item arrives, so a failed upload leaves the
 * previous plan intact (stricter than ArduPilot, which writes items as they come).
 */
final class Receive extends Transaction {

    enum Step { RECEIVING }

    private final int count;
    private final int peerSystem;
    private final int peerComponent;
    private final boolean legacy;
    private final ServerFaults faults;
    private final Consumer<MissionPlan> commit;
    private final List<MissionItem> items = new ArrayList<>();
    private final Step step = Step.RECEIVING;

    Receive(TransactionHost host, MissionType type, int count, int peerSystem, int peerComponent, boolean legacy,
            ServerFaults faults, Consumer<MissionPlan> commit) {
        super(host, TransferOperation.UPLOAD, type, TransferProgress.NONE);
        this.count = count;
        this.peerSystem = peerSystem;
        this.peerComponent = peerComponent;
        this.legacy = legacy;
        this.faults = faults;
        this.commit = commit;
    }

    int count() {
        return count;
    }

    /** The sequence number requested now. */
    int next() {
        return items.size();
    }

    @Override
    void start() {
        sendAndWait(request(0), TimeoutKind.ITEM);
    }

    @Override
    public void onItem(int wireType, int seq, MissionItem item) {
        if (!mine(wireType) || isDone() || step != Step.RECEIVING) {
            return;
        }
        int next = items.size();
        if (seq == next - 1) {
            if (!resend(request(next), TimeoutKind.ITEM)) {
                host.send(MissionWire.ack(TransferOutcome.OPERATION_CANCELLED, type.wireValue(), peerSystem, peerComponent));
                finish(TransferOutcome.PROTOCOL_ERROR, next, count, next, null,
                        "the ground station kept resending item " + seq + "; kept the previous plan");
            }
            return;
        }
        if (seq != next) {
            return;
        }
        answered();
        TransferOutcome fault = faults.itemRejection(seq);
        if (fault != null) {
            host.send(MissionWire.ack(fault, type.wireValue(), peerSystem, peerComponent));
            finish(fault, next, count, seq, null, "rejected item " + seq + " (injected fault)");
            return;
        }
        items.add(item);
        if (items.size() == count) {
            MissionPlan plan = new MissionPlan(type, items);
            commit.accept(plan);
            host.send(MissionWire.ack(TransferOutcome.SUCCESS, type.wireValue(), peerSystem, peerComponent));
            finish(TransferOutcome.SUCCESS, count, count, -1, plan, "received " + count + " items");
            return;
        }
        sendAndWait(request(items.size()), TimeoutKind.ITEM);
    }

    @Override
    public void onAck(int wireType, int result) {
        if (mine(wireType) && !isDone()) {
            finish(TransferOutcome.CANCELLED, items.size(), count, items.size(), null,
                    "the ground station ended the upload with " + TransferOutcome.fromMavResult(result));
        }
    }

    @Override
    void onTimeout() {
        if (!retransmit(request(items.size()), TimeoutKind.ITEM)) {
            host.send(MissionWire.ack(TransferOutcome.OPERATION_CANCELLED, type.wireValue(), peerSystem, peerComponent));
            finish(TransferOutcome.TIMEOUT, items.size(), count, items.size(), null,
                    "item " + items.size() + " never arrived; kept the previous plan");
        }
    }

    private Object request(int seq) {
        return legacy ? MissionWire.request(seq, type, peerSystem, peerComponent)
                : MissionWire.requestInt(seq, type, peerSystem, peerComponent);
    }
}
