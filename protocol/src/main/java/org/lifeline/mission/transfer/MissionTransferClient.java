package org.lifeline.mission.transfer;

import io.dronefleet.mavlink.common.Timesync;
import io.dronefleet.mavlink.minimal.Heartbeat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;
import org.lifeline.time.Scheduler;

/**
 * The ground station's mission-transfer engine: upload, download, clear and set-current for
 * MISSION, FENCE and RALLY over one {@link MessageChannel}, one transaction per mission type at
 * a time (a second one for the same type ends at once as {@link TransferOutcome#BUSY}).
 *
 * <p>Every call returns a future that always completes normally with one
 * {@link TransferResult}; protocol failures are outcomes, not exceptions. Futures are completed
 * outside the engine's lock on the thread that delivered the deciding message or timer, so a
 * dependent stage may start the next transfer directly. One {@link RetransmissionTimeout} per
 * engine learns the link's round trip across transfers.
 */
public final class MissionTransferClient implements AutoCloseable {

    private final MessageChannel channel;
    private final Scheduler scheduler;
    private final TransferOptions options;
    private final RetransmissionTimeout rto;
    private final Object lock = new Object();
    private final Map<MissionType, Running> running = new EnumMap<>(MissionType.class);
    private final MessageChannel.Subscription subscription;
    private final Host host = new Host();
    private final MissionMessages router = new Router();
    private static final int MAV_STATE_UNINIT = 0;
    private static final int MAV_STATE_BOOT = 1;
    private volatile boolean vehicleStarting;
    private volatile boolean vehicleHeard;
    /** Outstanding TIMESYNC probes: our ts1 → when it was sent. */
    private final Map<Long, Long> probes = new java.util.HashMap<>();
    private static final Duration PROBE_INTERVAL = Duration.ofMillis(100);
    private static final int PROBES = 5;

    private record Running(Transaction tx, CompletableFuture<TransferResult> future) {
    }

    public MissionTransferClient(MessageChannel channel, Scheduler scheduler, TransferOptions options) {
        this.channel = channel;
        this.scheduler = scheduler;
        this.options = options;
        this.rto = new RetransmissionTimeout(options);
        this.subscription = channel.subscribe(this::onMessage);
    }

    public CompletableFuture<TransferResult> upload(MissionPlan plan) {
        return upload(plan, TransferProgress.NONE);
    }

    /** Uploads {@code plan} (replacing the vehicle's plan of that type on success). */
    public CompletableFuture<TransferResult> upload(MissionPlan plan, TransferProgress progress) {
        return begin(new Upload(host, plan, progress));
    }

    public CompletableFuture<TransferResult> download(MissionType type) {
        return download(type, TransferProgress.NONE);
    }

    /** Reads the vehicle's plan of {@code type}; on success the result carries it. */
    public CompletableFuture<TransferResult> download(MissionType type, TransferProgress progress) {
        return begin(new Download(host, type, progress));
    }

    /** Clears the vehicle's plan of {@code type}. */
    public CompletableFuture<TransferResult> clear(MissionType type) {
        return begin(new Clear(host, type));
    }

    /** Makes mission item {@code seq} current (occupies the MISSION slot while it runs). */
    public CompletableFuture<TransferResult> setCurrent(int seq) {
        return begin(new SetCurrent(host, seq));
    }

    public CompletableFuture<TransferResult> uploadVerified(MissionPlan plan) {
        return uploadVerified(plan, TransferProgress.NONE);
    }

    /**
     * Uploads, then downloads and compares item by item (see {@link PlanComparison}). Progress
     * counts the upload's items and then the read-back's.
     */
    public CompletableFuture<TransferResult> uploadVerified(MissionPlan plan, TransferProgress progress) {
        long started = scheduler.nanoTime();
        return upload(plan, progress).thenCompose(up -> {
            if (!up.isSuccess() && up.outcome() != TransferOutcome.UNCONFIRMED) {
                return CompletableFuture.completedFuture(up.as(TransferOperation.VERIFIED_UPLOAD, up.outcome(), null,
                        up.detail(), 0, elapsedSince(started)));
            }
            return download(plan.type(), progress).thenApply(down -> verify(plan, up, down, started));
        });
    }

    /** Cancels the running transaction of {@code type}; returns false when none was running. */
    public boolean cancel(MissionType type) {
        synchronized (lock) {
            Running r = running.get(type);
            if (r == null) {
                return false;
            }
            r.tx.cancel("cancelled while " + r.tx.operation.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + (r.tx.operation == TransferOperation.UPLOAD
                    ? "; the vehicle may hold a partial or the previous plan — re-upload or clear before flight" : ""));
        }
        completeFinished();
        return true;
    }

    /** The round-trip estimator this engine learns (for display and tests). */
    public RetransmissionTimeout retransmissionTimeout() {
        synchronized (lock) {
            return rto;
        }
    }

    /** Stops listening and cancels every running transaction. */
    @Override
    public void close() {
        subscription.close();
        synchronized (lock) {
            for (Running r : running.values()) {
                r.tx.cancel("the mission-transfer engine was closed");
            }
        }
        completeFinished();
    }

    private TransferResult verify(MissionPlan sent, TransferResult up, TransferResult down, long started) {
        Duration elapsed = elapsedSince(started);
        if (!down.isSuccess()) {
            return up.as(TransferOperation.VERIFIED_UPLOAD, down.outcome(), null,
                    "uploaded " + sent.size() + " items but could not read them back (" + down.detail()
                            + "); the upload is unverified — retry the verification before flight",
                    down.retransmissions(), elapsed);
        }
        MissionPlan got = down.plan();
        boolean home = options.homeAtSeqZero() && sent.type() == MissionType.MISSION;
        String mismatch = PlanComparison.firstDifference(sent, got, home);
        if (mismatch != null) {
            return up.as(TransferOperation.VERIFIED_UPLOAD, TransferOutcome.VERIFY_MISMATCH, got,
                    "read-back differs from the upload: " + mismatch
                            + "; the vehicle holds a plan other than the one intended — re-upload or clear before flight",
                    down.retransmissions(), elapsed);
        }
        String how = up.outcome() == TransferOutcome.UNCONFIRMED
                ? "uploaded and verified " + sent.size() + " items (the vehicle's final acknowledgement was lost)"
                : up.detail().replaceFirst("^uploaded", "uploaded and verified");
        return up.as(TransferOperation.VERIFIED_UPLOAD, TransferOutcome.SUCCESS, got, how, down.retransmissions(), elapsed);
    }

    private Duration elapsedSince(long started) {
        return Duration.ofNanos(scheduler.nanoTime() - started);
    }

    private CompletableFuture<TransferResult> begin(Transaction tx) {
        CompletableFuture<TransferResult> future = new CompletableFuture<>();
        synchronized (lock) {
            Running busy = running.get(tx.type);
            if (busy != null) {
                future.complete(new TransferResult(tx.operation, tx.type, TransferOutcome.BUSY, 0, 0, -1, null,
                        "a " + busy.tx.operation.name().toLowerCase(java.util.Locale.ROOT) + " of the "
                                + tx.type.name().toLowerCase(java.util.Locale.ROOT) + " is still running",
                        0, Duration.ZERO));
                return future;
            }
            running.put(tx.type, new Running(tx, future));
            probeRoundTrip();
            tx.start();
        }
        completeFinished();
        return future;
    }

    private void onMessage(MavMessage message) {
        if (options.targetSystem() != 0 && message.systemId() != options.targetSystem()) {
            return;
        }
        if (message.payload() instanceof Timesync t) {
            onTimesync(t);
            return;
        }
        if (message.payload() instanceof Heartbeat hb) {
            if (options.targetComponent() == 0 || message.componentId() == options.targetComponent()) {
                int state = MissionWire.raw(hb.systemStatus());
                vehicleStarting = state == MAV_STATE_UNINIT || state == MAV_STATE_BOOT;
                vehicleHeard = true;
            }
            return;
        }
        synchronized (lock) {
            if (running.isEmpty()) {
                return;
            }
            MissionMessages.dispatch(message, options.ownSystemId(), router);
        }
        completeFinished();
    }

    /**
     * Before anything was learned, a first message lost would cost the spec's full 1500 ms (or
     * ArduPilot's 1 s re-request): ask the vehicle for a TIMESYNC alongside it (ArduPilot answers
     * at once, echoing our ts1) and take its round trip as the first sample. The probe goes out
     * again every 100 ms, up to 5 times, until one is answered, so one lost probe does not leave
     * the first exchange unlearned. Unanswered, nothing changes. Called under the lock.
     */
    private void probeRoundTrip() {
        if (!options.adaptive() || rto.samples() > 0 || !probes.isEmpty()) {
            return;
        }
        sendProbe(PROBES);
    }

    private void sendProbe(int left) {
        if (rto.samples() > 0 || running.isEmpty() || left == 0) {
            return;
        }
        long sent = scheduler.nanoTime();
        long ts1 = sent | 1L;
        probes.put(ts1, sent);
        channel.send(Timesync.builder().tc1(0).ts1(ts1).targetSystem(options.targetSystem())
                .targetComponent(options.targetComponent()).build());
        scheduler.schedule(PROBE_INTERVAL, () -> {
            synchronized (lock) {
                sendProbe(left - 1);
            }
        });
    }

    private void onTimesync(Timesync t) {
        synchronized (lock) {
            Long sent = t.tc1() == 0 ? null : probes.get(t.ts1());
            if (sent == null) {
                return;
            }
            probes.clear();
            if (rto.samples() == 0) {
                rto.sample(Duration.ofNanos(scheduler.nanoTime() - sent));
            }
            for (Running r : running.values()) {
                r.tx.relearn();
            }
        }
        completeFinished();
    }

    private void completeFinished() {
        List<Running> done = new ArrayList<>();
        synchronized (lock) {
            running.values().removeIf(r -> {
                if (r.tx.isDone()) {
                    done.add(r);
                    return true;
                }
                return false;
            });
        }
        for (Running r : done) {
            r.future.complete(r.tx.result());
        }
    }

    private Transaction runningFor(int wireType) {
        MissionType type = MissionWire.typeOf(wireType);
        Running r = type == null ? null : running.get(type);
        return r == null ? null : r.tx;
    }

    /** Routes each decoded message to the transaction running for its mission type. */
    private final class Router implements MissionMessages {
        @Override
        public void onCount(int type, int count) {
            Transaction tx = runningFor(type);
            if (tx != null) {
                tx.onCount(type, count);
            }
        }

        @Override
        public void onRequest(int type, int seq, boolean legacy) {
            Transaction tx = runningFor(type);
            if (tx != null) {
                tx.onRequest(type, seq, legacy);
            }
        }

        @Override
        public void onItem(int type, int seq, MissionItem item) {
            Transaction tx = runningFor(type);
            if (tx != null) {
                tx.onItem(type, seq, item);
            }
        }

        @Override
        public void onAck(int type, int result) {
            Transaction tx = runningFor(type);
            if (tx != null) {
                tx.onAck(type, result);
            }
        }

        @Override
        public void onCurrent(int seq) {
            Transaction tx = runningFor(MissionType.MISSION.wireValue());
            if (tx != null) {
                tx.onCurrent(seq);
            }
        }
    }

    private final class Host implements TransactionHost {
        @Override
        public void send(Object message) {
            channel.send(message);
        }

        @Override
        public Scheduler.Cancellable schedule(Duration delay, Runnable task) {
            return scheduler.schedule(delay, () -> {
                synchronized (lock) {
                    task.run();
                }
                completeFinished();
            });
        }

        @Override
        public long nanoTime() {
            return scheduler.nanoTime();
        }

        @Override
        public RetransmissionTimeout rto() {
            return rto;
        }

        @Override
        public TransferOptions options() {
            return options;
        }

        @Override
        public boolean vehicleStarting() {
            return vehicleStarting;
        }

        @Override
        public boolean vehicleHeard() {
            return vehicleHeard;
        }
    }
}
