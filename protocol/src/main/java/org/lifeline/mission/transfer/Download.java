package org.lifeline.mission.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionPlan;

/**
 * Ground-station side of a mission download.
 *
 * <pre>
 *        start: send REQUEST_LIST
 *                 │
 *                 ▼             timeout: resend REQUEST_LIST (≤ maxRetries, then TIMEOUT)
 *          REQUEST_LIST ◄──┐
 *                 │ COUNT(n)
 *                 ├── n = 0 ──► send ACK(ACCEPTED), SUCCESS (empty plan)
 *                 ▼
 *          REQUEST_ITEMS ── ITEM_INT(i = next) ──► store, send REQUEST_INT(next+1)
 *             │   ▲                               (duplicates and other seqs are ignored)
 *             │   └─ timeout: resend REQUEST_INT(next) (≤ maxRetries, then TIMEOUT)
 *             │ ITEM_INT(n-1)
 *             ▼
 *     send ACK(ACCEPTED), SUCCESS
 *     any ACK(error) ──► that outcome
 * </pre>
 *
 * An error ACK is believed when the vehicle repeats it: the first one makes us ask again (it may
 * be a stray answer to an earlier upload's late item, see {@link Upload}).
 *
 * Items are always requested with MISSION_REQUEST_INT (ArduPilot and PX4 answer it with
 * MISSION_ITEM_INT). A download changes nothing on the vehicle, so every failure leaves the
 * vehicle's plan as it was.
 */
final class Download extends Transaction {

    enum Step { REQUEST_LIST, REQUEST_ITEMS }

    private Step step = Step.REQUEST_LIST;
    private MissionItem[] items;
    private int next;
    private boolean refusedOnce;

    Download(TransactionHost host, org.lifeline.mission.MissionType type, TransferProgress progress) {
        super(host, TransferOperation.DOWNLOAD, type, progress);
    }

    @Override
    void start() {
        sendAndWait(MissionWire.requestList(type, target(), component()), TimeoutKind.COMMAND);
    }

    @Override
    public void onCount(int wireType, int count) {
        if (!mine(wireType) || isDone() || step != Step.REQUEST_LIST) {
            return;
        }
        answered();
        if (count == 0) {
            complete();
            items = new MissionItem[0];
            finish(TransferOutcome.SUCCESS, 0, 0, -1, MissionPlan.empty(type), "the vehicle holds no " + noun());
            return;
        }
        items = new MissionItem[count];
        step = Step.REQUEST_ITEMS;
        progress.onProgress(type, 0, count);
        sendAndWait(request(0), TimeoutKind.ITEM);
    }

    @Override
    public void onItem(int wireType, int seq, MissionItem item) {
        if (!mine(wireType) || isDone() || step != Step.REQUEST_ITEMS || seq != next) {
            return;
        }
        refusedOnce = false;
        answered();
        items[next++] = item;
        progress.onProgress(type, next, items.length);
        if (next == items.length) {
            complete();
            finish(TransferOutcome.SUCCESS, next, items.length, -1,
                    new MissionPlan(type, new ArrayList<>(Arrays.asList(items))),
                    "downloaded " + items.length + " " + noun() + " item" + (items.length == 1 ? "" : "s"));
            return;
        }
        sendAndWait(request(next), TimeoutKind.ITEM);
    }

    @Override
    public void onAck(int wireType, int result) {
        if (!mine(wireType) || isDone()) {
            return;
        }
        TransferOutcome outcome = TransferOutcome.fromMavResult(result);
        if (outcome == TransferOutcome.SUCCESS) {
            return; // a stray ACK of an earlier upload; a download is ended by us, not the vehicle
        }
        if (!refusedOnce) {
            // ArduPilot answers a late copy of an upload's last item with ERROR, and that ack
            // may arrive after the upload ended — right here. Ask once more: a vehicle that
            // really refuses says so again.
            refusedOnce = true;
            boolean listing = step == Step.REQUEST_LIST;
            if (retransmit(listing ? MissionWire.requestList(type, target(), component()) : request(next),
                    listing ? TimeoutKind.COMMAND : TimeoutKind.ITEM)) {
                return;
            }
        }
        int total = items == null ? 0 : items.length;
        finish(outcome, next, total, step == Step.REQUEST_ITEMS ? next : -1, null,
                "the vehicle aborted the download" + (total > 0 ? " at item " + next + " of " + total : "")
                        + ": " + outcome.description() + "; its " + noun() + " is unchanged");
    }

    @Override
    void onTimeout() {
        boolean listing = step == Step.REQUEST_LIST;
        Object again = listing ? MissionWire.requestList(type, target(), component()) : request(next);
        if (!retransmit(again, listing ? TimeoutKind.COMMAND : TimeoutKind.ITEM)) {
            int total = items == null ? 0 : items.length;
            finish(TransferOutcome.TIMEOUT, next, total, listing ? -1 : next, null,
                    (listing ? "no answer to MISSION_REQUEST_LIST" : "item " + next + " of " + total + " never arrived")
                            + " after " + (attempt() + 1) + " tries; the vehicle's " + noun() + " is unchanged");
        }
    }

    private void complete() {
        host.send(MissionWire.ack(TransferOutcome.SUCCESS, type.wireValue(), target(), component()));
    }

    private Object request(int seq) {
        return MissionWire.requestInt(seq, type, target(), component());
    }

    private String noun() {
        return type.name().toLowerCase(Locale.ROOT);
    }

    private int target() {
        return host.options().targetSystem();
    }

    private int component() {
        return host.options().targetComponent();
    }
}
