package org.lifeline.mission.transfer;

import org.lifeline.mission.MissionPlan;

/**
 * Ground-station side of a mission upload.
 *
 * <pre>
 *            start: send COUNT(n)
 *                  │
 *                  ▼            timeout: resend COUNT (≤ maxRetries, then TIMEOUT)
 *           ┌─ SEND_COUNT ◄──┐
 *           │      │ REQUEST(_INT)(i), i &lt; n
 *           │      ▼
 *           │  SEND_ITEMS ── REQUEST(i) ──► send ITEM_INT(i)   (any i &lt; n: duplicates and
 *           │      │  ▲                        out-of-order requests are answered)
 *           │      │  └─ timeout: resend last item (item timeout; after item n-1 the
 *           │      │     command timeout, as the answer is then the ACK)
 *           │      │ ACK(ACCEPTED) after item n-1 was requested
 *           │      ▼
 *           │   SUCCESS
 *           └─ ACK(error) / REQUEST(i ≥ n) ──► that outcome / PROTOCOL_ERROR
 * </pre>
 *
 * <p>While items flow, the vehicle drives retransmission (it re-requests); we also resend the
 * last item after the item timeout, so a lost item or request is recovered by whichever side
 * notices first — this matters before either side has measured the link, when both still wait
 * the spec's full timeouts. n = 0 is a clear: the vehicle answers COUNT(0) with an ACK directly. A legacy
 * MISSION_REQUEST (ArduPilot Copter asks with message 40) is answered with MISSION_ITEM_INT,
 * which those vehicles accept. An ACCEPTED ack before the last item was requested cannot be
 * ours (a duplicate from an earlier transfer) and is ignored. A MAV_MISSION_INVALID_SEQUENCE
 * ack right after we resent an item is ArduPilot's answer to an item it already had, not a
 * failure. An OPERATION_CANCELLED ack before any item was requested means the vehicle gave up
 * waiting for item 0; the COUNT is sent again (within the retry budget). Uploads are not atomic on ArduPilot: a failure after the first item may leave a
 * partial plan, and the result's detail says so.
 */
final class Upload extends Transaction {

    enum Step { SEND_COUNT, SEND_ITEMS }

    private final MissionPlan plan;
    private Step step = Step.SEND_COUNT;
    private int lastSent = -1;
    private int highestRequested = -1;
    private boolean resentItem;
    private boolean legacySeen;

    Upload(TransactionHost host, MissionPlan plan, TransferProgress progress) {
        super(host, TransferOperation.UPLOAD, plan.type(), progress);
        this.plan = plan;
    }

    @Override
    void start() {
        if (plan.size() > 0xFFFF) {
            finish(TransferOutcome.INVALID_REQUEST, 0, plan.size(), -1, null,
                    "a plan holds at most 65535 items, this one has " + plan.size());
            return;
        }
        progress.onProgress(type, 0, plan.size());
        sendAndWait(count(), TimeoutKind.COMMAND);
    }

    @Override
    public void onRequest(int wireType, int seq, boolean legacy) {
        if (!mine(wireType) || isDone()) {
            return;
        }
        legacySeen |= legacy;
        if (seq < 0 || seq >= plan.size()) {
            host.send(MissionWire.ack(TransferOutcome.INVALID_SEQUENCE, type.wireValue(), target(), component()));
            finish(TransferOutcome.PROTOCOL_ERROR, Math.max(0, highestRequested), plan.size(), seq, null,
                    "the vehicle requested item " + seq + " of a " + plan.size() + "-item plan; "
                            + partialWarning(Math.max(0, highestRequested)));
            return;
        }
        if (step == Step.SEND_COUNT) {
            answered(TimeoutKind.ITEM);
            step = Step.SEND_ITEMS;
        } else if (seq == lastSent + 1 && seq > highestRequested) {
            answered(TimeoutKind.ITEM);
        }
        boolean fresh = seq > highestRequested;
        if (fresh) {
            highestRequested = seq;
            if (seq > 0) {
                progress.onProgress(type, seq, plan.size());
            }
        }
        resentItem = false;
        Object item = MissionWire.item(plan.item(seq), seq, type, target(), component());
        if (fresh) {
            sendAndWait(item, waitAfter(seq));
        } else if (!resend(item, waitAfter(seq))) {
            finish(TransferOutcome.PROTOCOL_ERROR, highestRequested, plan.size(), seq, null,
                    "the vehicle kept requesting item " + seq + " although it was sent again and again; "
                            + partialWarning(seq));
            return;
        }
        lastSent = seq;
    }

    @Override
    public void onAck(int wireType, int result) {
        if (!mine(wireType) || isDone()) {
            return;
        }
        TransferOutcome outcome = TransferOutcome.fromMavResult(result);
        if (outcome == TransferOutcome.SUCCESS) {
            boolean complete = plan.size() == 0 ? step == Step.SEND_COUNT : highestRequested == plan.size() - 1;
            if (complete) {
                answered(TimeoutKind.ITEM);
                progress.onProgress(type, plan.size(), plan.size());
                finish(TransferOutcome.SUCCESS, plan.size(), plan.size(), -1, null,
                        "uploaded " + plan.size() + " " + noun() + (legacySeen ? " (vehicle used legacy MISSION_REQUEST)" : ""));
            }
            return;
        }
        if (outcome == TransferOutcome.INVALID_SEQUENCE && resentItem) {
            resentItem = false;
            return;
        }
        if (outcome == TransferOutcome.OPERATION_CANCELLED && step == Step.SEND_COUNT) {
            // the vehicle gave up waiting for item 0 (its requests were lost): nothing was
            // transferred yet, so starting over is safe and costs one COUNT
            if (retransmit(count(), TimeoutKind.COMMAND)) {
                return;
            }
        }
        int failedAt = step == Step.SEND_COUNT ? -1 : Math.max(0, highestRequested);
        String where = step == Step.SEND_COUNT
                ? "the vehicle refused the upload of " + plan.size() + " " + noun() + ": " + outcome.description()
                + "; it still holds its previous " + type.name().toLowerCase(java.util.Locale.ROOT)
                : outcome.description() + "; " + partialWarning(failedAt);
        finish(outcome, Math.max(0, highestRequested), plan.size(), failedAt, null, where);
    }

    @Override
    void onTimeout() {
        if (step == Step.SEND_COUNT) {
            if (!retransmit(count(), TimeoutKind.COMMAND)) {
                finish(TransferOutcome.TIMEOUT, 0, plan.size(), -1, null,
                        "no answer to MISSION_COUNT after " + (attempt() + 1) + " tries; the vehicle still holds its previous "
                                + type.name().toLowerCase(java.util.Locale.ROOT));
            }
            return;
        }
        resentItem = true;
        Object item = MissionWire.item(plan.item(lastSent), lastSent, type, target(), component());
        if (!retransmit(item, waitAfter(lastSent))) {
            finish(TransferOutcome.TIMEOUT, highestRequested, plan.size(), highestRequested, null,
                    "the vehicle stopped requesting items; " + partialWarning(highestRequested));
        }
    }

    /** After the last item the answer is the vehicle's MISSION_ACK: a command timeout; else an item timeout. */
    private TimeoutKind waitAfter(int seq) {
        return seq == plan.size() - 1 ? TimeoutKind.COMMAND : TimeoutKind.ITEM;
    }

    private String partialWarning(int at) {
        return "upload failed at item " + at + " of " + plan.size() + " (ArduPilot uploads are not atomic): "
                + "the vehicle may hold a partial or the previous " + type.name().toLowerCase(java.util.Locale.ROOT)
                + " — re-upload or clear before flight";
    }

    private String noun() {
        return plan.size() == 1 ? "item" : "items";
    }

    private Object count() {
        return MissionWire.count(plan.size(), type, target(), component());
    }

    private int target() {
        return host.options().targetSystem();
    }

    private int component() {
        return host.options().targetComponent();
    }
}
