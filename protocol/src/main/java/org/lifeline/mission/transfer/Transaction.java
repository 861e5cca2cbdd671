package org.lifeline.mission.transfer;

import java.time.Duration;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;
import org.lifeline.time.Scheduler;

/**
 * The common shape of every mission transaction (after MAVSDK's work items): one outstanding
 * exchange at a time, a timer per exchange, bounded retransmission, and a single exit
 * ({@link #finish}) that fixes the result once. Subclasses hold a tiny {@code Step} enum and one
 * handler per incoming message. All methods run under the owning engine's lock.
 */
abstract class Transaction implements MissionMessages {

    protected final TransactionHost host;
    protected final TransferOperation operation;
    protected final MissionType type;
    protected final TransferProgress progress;
    private final long startedNanos;

    private Scheduler.Cancellable timer;
    private Object timerToken;
    private long sentAtNanos = -1;
    private long exchangeStartNanos;
    private TimeoutKind kind = TimeoutKind.COMMAND;
    private boolean ambiguous;
    private int attempt;
    private int resends;
    private int retransmissions;
    private TransferResult result;

    Transaction(TransactionHost host, TransferOperation operation, MissionType type, TransferProgress progress) {
        this.host = host;
        this.operation = operation;
        this.type = type;
        this.progress = progress == null ? TransferProgress.NONE : progress;
        this.startedNanos = host.nanoTime();
    }

    /** Sends the first message. */
    abstract void start();

    /** The outstanding exchange got no answer in time. */
    abstract void onTimeout();

    /** Cancelled by the caller (or the engine closing). */
    void cancel(String why) {
        finish(TransferOutcome.CANCELLED, 0, 0, -1, null, why);
    }

    final TransferResult result() {
        return result;
    }

    final boolean isDone() {
        return result != null;
    }

    /** True when {@code wireType} is this transaction's mission type. */
    final boolean mine(int wireType) {
        return wireType == type.wireValue();
    }

    /** Starts a new exchange: sends {@code message} and waits for its answer. */
    protected final void sendAndWait(Object message, TimeoutKind kind) {
        attempt = 0;
        resends = 0;
        exchangeStartNanos = host.nanoTime();
        ambiguous = false;
        transmit(message, kind);
    }

    /**
     * Sends the outstanding message again after a timeout. Returns false (and sends nothing)
     * when the exchange has used its patience: {@code maxRetries} retransmissions <em>and</em>
     * {@link TransactionHost#patience} since it began.
     */
    protected final boolean retransmit(Object message, TimeoutKind kind) {
        TransferOptions o = host.options();
        long patience = host.patience(kind).toNanos();
        if (attempt >= o.maxRetries() && host.nanoTime() - exchangeStartNanos >= patience) {
            return false;
        }
        attempt++;
        retransmissions++;
        transmit(message, kind);
        return true;
    }

    /**
     * Sends {@code message} again because the peer asked twice; the answer that follows can no
     * longer be matched to one send, so it gives no round-trip sample (Karn's rule). The peer
     * asking is a sign of life, so the exchange's patience starts over — up to
     * {@code 4 × (maxRetries + 1)} times; returns false (and sends nothing) beyond that.
     */
    protected final boolean resend(Object message, TimeoutKind kind) {
        if (resends >= 4 * (host.options().maxRetries() + 1)) {
            return false;
        }
        resends++;
        ambiguous = true;
        attempt = 0;
        exchangeStartNanos = host.nanoTime();
        transmit(message, kind);
        return true;
    }

    /**
     * The outstanding exchange was answered: stop its timer and learn its round trip — unless we
     * sent more than once (Karn's rule) or the answer took longer than the spec timeout for its
     * kind: the peer's own timer has then most likely expired and it asked again, so the sample
     * would measure the peer's timer, not the link. (A link that slow keeps the spec timeouts.)
     */
    protected final void answered() {
        answered(kind);
    }

    /**
     * As {@link #answered()}, judging the sample against the spec timeout of {@code answerKind}:
     * when the answer is something the peer re-sends on its own item timer (an upload's
     * MISSION_REQUEST), anything slower than that timer is the peer's retransmission.
     */
    protected final void answered(TimeoutKind answerKind) {
        cancelTimer();
        long rtt = host.nanoTime() - sentAtNanos;
        if (sentAtNanos >= 0 && attempt == 0 && !ambiguous && rtt <= host.options().ceiling(answerKind).toNanos()) {
            host.rto().sample(Duration.ofNanos(rtt));
        }
        sentAtNanos = -1;
    }

    protected final int attempt() {
        return attempt;
    }

    /** The single exit: fixes the result (first call wins) and stops the timer. */
    protected final void finish(TransferOutcome outcome, int done, int total, int failedSeq, MissionPlan plan,
                                String detail) {
        if (result != null) {
            return;
        }
        cancelTimer();
        result = new TransferResult(operation, type, outcome, done, total, failedSeq, plan, detail,
                retransmissions, Duration.ofNanos(host.nanoTime() - startedNanos));
    }

    /**
     * Sends nothing and calls {@link #onTimeout} after {@code delay}: for waits on the vehicle
     * rather than on an answer (a vehicle still booting, or one that holds the item we would
     * resend and will ask for the next one itself).
     */
    protected final void pause(Duration delay) {
        cancelTimer();
        sentAtNanos = -1;
        arm(delay);
    }

    private void transmit(Object message, TimeoutKind waitKind) {
        cancelTimer();
        kind = waitKind;
        host.send(message);
        sentAtNanos = host.nanoTime();
        arm(host.rto().timeout(waitKind, attempt));
    }

    private void arm(Duration delay) {
        Object token = new Object();
        timerToken = token;
        timer = host.schedule(delay, () -> {
            if (timerToken == token && result == null) {
                timerToken = null;
                onTimeout();
            }
        });
    }

    private void cancelTimer() {
        timerToken = null;
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }
}
