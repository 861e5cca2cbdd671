package org.lifeline.mission.transfer;

import java.time.Duration;
import java.util.Locale;
import org.lifeline.mission.MissionPlan;

/**
 * Ground-station side of a mission upload.
 *
 * <pre>
 *            start: send COUNT(n)
 *                  │
 *                  ▼            timeout: resend COUNT (≤ maxRetries, then TIMEOUT)
 *           ┌─ SEND_COUNT ◄──┐  refusal while the vehicle boots: resend COUNT every 250 ms
 *           │      │          (≤ startupWait, then VEHICLE_STARTING)
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
 * <p>What ArduPilot does, and how the upload answers it (GCS_MAVLink/MissionItemProtocol.cpp):
 * <ul>
 * <li>It asks for items with the legacy MISSION_REQUEST (message 40); it accepts MISSION_ITEM_INT
 *     in reply.</li>
 * <li>An item whose seq is not the one it waits for ({@code cmd.seq != request_i}, a duplicate
 *     from a second radio or our own resend) is answered with MISSION_ACK INVALID_SEQUENCE and it
 *     keeps waiting ({@code handle_mission_item}). Such an ack is never fatal here. When it
 *     follows our resend of item i, the vehicle already holds i: its request for i+1 was lost, so
 *     i+1 is sent at once, once per item, instead of waiting for the vehicle to ask again.</li>
 * <li>It re-requests the item it waits for every 1000 ms ({@code update()}, {@code
 *     wp_recv_timeout_ms = 1000 + stream slow-down}) and gives up after 8 s without an item
 *     ({@code upload_timeout_ms}, OPERATION_CANCELLED). We resend the last item after our own
 *     learned timeout, far sooner, so a lost item costs one round trip, not a second; when the
 *     vehicle says it holds the item we would resend and there is nothing new to send, we wait
 *     for its own re-request ({@link RetransmissionTimeout#vehicleRerequest}) instead of flooding.</li>
 * <li>Once it has the last item it acknowledges ACCEPTED and stops receiving; any item arriving
 *     later is answered with MAV_MISSION_ERROR ({@code GCS_MAVLINK::handle_mission_item}, "not
 *     receiving"). An ERROR after we sent the last item therefore usually means its ACCEPTED was
 *     lost: the result is {@link TransferOutcome#UNCONFIRMED}, which a verified upload settles by
 *     reading the plan back.</li>
 * <li>For about 1.5 s after power-on (SITL, speed-up 1) it answers MISSION_COUNT with NO_SPACE
 *     ("Only 0 items are supported": {@code max_items()} is 0 until AP_Mission is initialised)
 *     while its HEARTBEAT says MAV_STATE_BOOT (the first refusals even come before its first
 *     heartbeat). A refusal from a booting vehicle, or from one not heard yet, is waited out
 *     within {@link TransferOptions#startupWait()}; from a vehicle that is up it is final.</li>
 * </ul>
 * An OPERATION_CANCELLED ack before any item was requested means the vehicle gave up waiting
 * for item 0; the COUNT is sent again (within the retry budget). Uploads are not atomic on
 * ArduPilot: a failure after the first item may leave a partial plan, and the result says so.
 */
final class Upload extends Transaction {

    enum Step { SEND_COUNT, SEND_ITEMS }

    /** How often a COUNT is offered again to a vehicle that refused it while booting. */
    static final Duration STARTUP_POLL = Duration.ofMillis(250);

    private final MissionPlan plan;
    private Step step = Step.SEND_COUNT;
    private int lastSent = -1;
    private int highestRequested = -1;
    private int speculated = -1;
    private boolean resentItem;
    private boolean legacySeen;
    private long startupSince = -1;
    private boolean startupPause;
    private boolean countRefusedOnce;
    private long highestRequestedAt;

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
        startupPause = false;
        if (step == Step.SEND_COUNT) {
            answered(TimeoutKind.ITEM);
            step = Step.SEND_ITEMS;
        } else if (seq == lastSent + 1 && seq > highestRequested) {
            answered(TimeoutKind.ITEM);
        } else if (seq == highestRequested && lastSent == seq) {
            // the vehicle asked again on its own timer: our item was lost on the way (a gap far
            // from the current estimate is a duplicated request, not the vehicle's timer)
            long gap = host.nanoTime() - highestRequestedAt;
            long expected = host.rto().vehicleRerequest().toNanos();
            if (gap >= expected / 2 && gap <= expected * 2) {
                host.rto().sampleVehicleRerequest(Duration.ofNanos(gap));
            }
        }
        boolean fresh = seq > highestRequested;
        if (fresh) {
            highestRequested = seq;
            if (seq > 0) {
                progress.onProgress(type, seq, plan.size());
            }
        }
        highestRequestedAt = seq == highestRequested ? host.nanoTime() : highestRequestedAt;
        resentItem = false;
        Object item = item(seq);
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
            boolean complete = plan.size() == 0 ? step == Step.SEND_COUNT : sentLast();
            if (complete) {
                answered(TimeoutKind.ITEM);
                progress.onProgress(type, plan.size(), plan.size());
                finish(TransferOutcome.SUCCESS, plan.size(), plan.size(), -1, null,
                        "uploaded " + plan.size() + " " + noun() + startupNote()
                                + (legacySeen ? " (vehicle used legacy MISSION_REQUEST)" : ""));
            }
            return;
        }
        if (outcome == TransferOutcome.INVALID_SEQUENCE) {
            onDuplicateAck();
            return;
        }
        if (step == Step.SEND_COUNT && (host.vehicleStarting() || !host.vehicleHeard()) && waitForStartup(outcome)) {
            return;
        }
        if (step == Step.SEND_COUNT && !countRefusedOnce && outcome != TransferOutcome.OPERATION_CANCELLED) {
            // a stray ack (an earlier transfer's late item answered ERROR or INVALID_SEQUENCE)
            // can land right after our COUNT: believe a refusal when the vehicle repeats it
            countRefusedOnce = true;
            if (retransmit(count(), TimeoutKind.COMMAND)) {
                return;
            }
        }
        if (outcome == TransferOutcome.OPERATION_CANCELLED && step == Step.SEND_COUNT) {
            // the vehicle gave up waiting for item 0 (its requests were lost): nothing was
            // transferred yet, so starting over is safe and costs one COUNT
            if (retransmit(count(), TimeoutKind.COMMAND)) {
                return;
            }
        }
        if (outcome == TransferOutcome.ERROR && step == Step.SEND_ITEMS && plan.size() > 0 && sentLast()) {
            finish(TransferOutcome.UNCONFIRMED, plan.size(), plan.size(), -1, null,
                    "sent all " + plan.size() + " " + noun() + "; the vehicle's ACCEPTED was lost and it answered a late"
                            + " copy of the last item with MAV_MISSION_ERROR (ArduPilot does so once it has finished"
                            + " receiving) — read the " + typeName() + " back to confirm it before flight");
            return;
        }
        int failedAt = step == Step.SEND_COUNT ? -1 : Math.max(0, highestRequested);
        String where = step == Step.SEND_COUNT
                ? "the vehicle refused the upload of " + plan.size() + " " + noun() + ": " + outcome.description()
                + "; it still holds its previous " + typeName()
                : outcome.description() + "; " + partialWarning(failedAt);
        finish(outcome, Math.max(0, highestRequested), plan.size(), failedAt, null, where);
    }

    /**
     * INVALID_SEQUENCE: the vehicle got an item it did not ask for and keeps waiting. After our
     * resend of item i it holds i and its request for i+1 was lost: send i+1 now. A wrong guess
     * is harmless (ArduPilot stores only {@code seq == request_i} and acks anything else
     * INVALID_SEQUENCE) but costs a frame, so each item is guessed at most once. When there is
     * nothing left to guess, resending is useless: wait for the vehicle's own re-request.
     */
    private void onDuplicateAck() {
        if (step != Step.SEND_ITEMS) {
            return;
        }
        int next = lastSent + 1;
        if (resentItem && next < plan.size() && speculated < next) {
            speculated = next;
            resentItem = false;
            sendAndWait(item(next), waitAfter(next));
            lastSent = next;
            return;
        }
        if (resentItem) {
            pause(host.rto().vehicleRerequest().plus(host.rto().timeout(TimeoutKind.ITEM, 0)));
        }
    }

    /** A COUNT refused while the vehicle boots: offer it again shortly, within the startup wait. */
    private boolean waitForStartup(TransferOutcome refusal) {
        answered();
        long now = host.nanoTime();
        if (startupSince < 0) {
            startupSince = now;
        }
        Duration waited = Duration.ofNanos(now - startupSince);
        if (waited.compareTo(host.options().startupWait()) >= 0) {
            if (host.vehicleStarting()) {
                finish(TransferOutcome.VEHICLE_STARTING, 0, plan.size(), -1, null,
                        "the vehicle is still starting: it refused the upload (" + refusal.name()
                                + ") for " + seconds(waited) + " s while reporting MAV_STATE_BOOT; wait until it is ready,"
                                + " then upload again; it still holds its previous " + typeName());
            } else {
                finish(refusal, 0, plan.size(), -1, null,
                        "the vehicle refused the upload of " + plan.size() + " " + noun() + " for " + seconds(waited)
                                + " s: " + refusal.description() + " (it sent no heartbeat, so it may also be still"
                                + " starting); it still holds its previous " + typeName());
            }
            return true;
        }
        startupPause = true;
        pause(STARTUP_POLL);
        return true;
    }

    @Override
    void onTimeout() {
        if (step == Step.SEND_COUNT) {
            if (startupPause) {
                startupPause = false;
                sendAndWait(count(), TimeoutKind.COMMAND);
                return;
            }
            if (!retransmit(count(), TimeoutKind.COMMAND)) {
                finish(TransferOutcome.TIMEOUT, 0, plan.size(), -1, null,
                        "no answer to MISSION_COUNT after " + (attempt() + 1) + " tries; the vehicle still holds its previous "
                                + typeName());
            }
            return;
        }
        resentItem = true;
        if (!retransmit(item(lastSent), waitAfter(lastSent))) {
            finish(TransferOutcome.TIMEOUT, highestRequested, plan.size(), highestRequested, null,
                    "the vehicle stopped requesting items; " + partialWarning(highestRequested));
        }
    }

    /**
     * True once the last item went out because the vehicle asked for it, or because its request
     * was lost and we guessed it: only then can an ACCEPTED (or, for a late copy, an ERROR) be
     * the vehicle's answer to this upload rather than a stray ack of an earlier one.
     */
    private boolean sentLast() {
        int last = plan.size() - 1;
        return highestRequested == last || speculated == last;
    }

    /** After the last item the answer is the vehicle's MISSION_ACK: a command timeout; else an item timeout. */
    private TimeoutKind waitAfter(int seq) {
        return seq == plan.size() - 1 ? TimeoutKind.COMMAND : TimeoutKind.ITEM;
    }

    private String startupNote() {
        return startupSince < 0 ? "" : " after waiting " + seconds(Duration.ofNanos(host.nanoTime() - startupSince))
                + " s for the vehicle to finish starting";
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f", d.toMillis() / 1000.0);
    }

    private String partialWarning(int at) {
        return "upload failed at item " + at + " of " + plan.size() + " (ArduPilot uploads are not atomic): "
                + "the vehicle may hold a partial or the previous " + typeName()
                + " — re-upload or clear before flight";
    }

    private String typeName() {
        return type.name().toLowerCase(Locale.ROOT);
    }

    private String noun() {
        return plan.size() == 1 ? "item" : "items";
    }

    private Object item(int seq) {
        return MissionWire.item(plan.item(seq), seq, type, target(), component());
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
