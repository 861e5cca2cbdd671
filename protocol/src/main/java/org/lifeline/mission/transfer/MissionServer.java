package org.lifeline.mission.transfer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;
import org.lifeline.time.Scheduler;

/**
 * The vehicle side of the mission protocol, as a simulated flight controller needs it: holds one
 * {@link MissionPlan} per mission type and answers upload (requesting items itself, with its own
 * timeouts and retries; see {@link Receive}), download, clear and set-current. Downloads are
 * answered statelessly — every REQUEST_LIST gets the COUNT and every REQUEST(_INT) its item — so a
 * ground station may retry any of them at any time. {@link #faults()} lets a test make it stop
 * answering or reject chosen items; {@link #forgetTransactions()} models a reboot mid-transfer.
 */
public final class MissionServer implements AutoCloseable {

    private final MessageChannel channel;
    private final Scheduler scheduler;
    private final ServerOptions options;
    private final RetransmissionTimeout rto;
    private final ServerFaults faults = new ServerFaults();
    private final Object lock = new Object();
    private final Map<MissionType, MissionPlan> plans = new EnumMap<>(MissionType.class);
    private final Map<MissionType, Receive> receiving = new EnumMap<>(MissionType.class);
    private final Map<MissionType, Integer> lastCompletedCount = new EnumMap<>(MissionType.class);
    private final ServerChanges changes = new ServerChanges();
    private final MessageChannel.Subscription subscription;
    private final Host host = new Host();
    private int current;
    private MissionItem home;
    private int peerSystem;
    private int peerComponent;

    public MissionServer(MessageChannel channel, Scheduler scheduler, ServerOptions options) {
        this.channel = channel;
        this.scheduler = scheduler;
        this.options = options;
        this.rto = new RetransmissionTimeout(options.timing());
        for (MissionType t : MissionType.values()) {
            plans.put(t, MissionPlan.empty(t));
        }
        this.subscription = channel.subscribe(this::onMessage);
    }

    /** The plan of {@code type} the vehicle holds now. */
    public MissionPlan plan(MissionType type) {
        synchronized (lock) {
            return plans.get(type);
        }
    }

    /** Replaces a plan directly (a simulator preloading a mission); listeners are told. */
    public void setPlan(MissionPlan plan) {
        synchronized (lock) {
            store(plan);
        }
        changes.deliver();
    }

    /**
     * Makes the server keep {@code home} as MISSION item 0 as ArduPilot does: whatever item 0 an
     * upload carries, the stored plan (and so any download) has the vehicle's home there.
     * {@code null} stores item 0 as uploaded (PX4 behaviour, the default).
     */
    public void setHome(MissionItem home) {
        synchronized (lock) {
            this.home = home;
        }
    }

    /** The current mission item. */
    public int currentSeq() {
        synchronized (lock) {
            return current;
        }
    }

    /** Sets the current item as the vehicle itself would while flying (e.g. waypoint reached). */
    public void setCurrentSeq(int seq) {
        synchronized (lock) {
            changeCurrent(seq);
        }
        changes.deliver();
    }

    /** Called after a plan was replaced by a completed upload, a clear or {@link #setPlan}. */
    public void addPlanListener(Consumer<MissionPlan> listener) {
        changes.addPlanListener(listener);
    }

    /** Called after the current item changed. */
    public void addCurrentListener(IntConsumer listener) {
        changes.addCurrentListener(listener);
    }

    public ServerFaults faults() {
        return faults;
    }

    /** Models a reboot: every upload in progress is dropped silently; stored plans survive. */
    public void forgetTransactions() {
        synchronized (lock) {
            receiving.values().forEach(r -> r.cancel("forgotten"));
            receiving.clear();
            lastCompletedCount.clear();
        }
    }

    /**
     * The sequence number an upload of {@code type} waits for next, or -1 when none is being
     * received (lets a simulated autopilot answer other items its own way).
     */
    public int expectedItem(MissionType type) {
        synchronized (lock) {
            Receive r = receiving.get(type);
            return r == null || r.isDone() ? -1 : r.next();
        }
    }

    /** True while an upload of {@code type} is being received. */
    public boolean isReceiving(MissionType type) {
        synchronized (lock) {
            return receiving.containsKey(type);
        }
    }

    @Override
    public void close() {
        subscription.close();
        forgetTransactions();
    }

    private void onMessage(MavMessage message) {
        if (faults.silent()) {
            return;
        }
        synchronized (lock) {
            peerSystem = message.systemId();
            peerComponent = message.componentId();
            MissionMessages.dispatch(message, options.systemId(), handler);
            receiving.values().removeIf(Transaction::isDone);
        }
        changes.deliver();
    }

    private final MissionMessages handler = new MissionMessages() {
        @Override
        public void onCount(int wireType, int count) {
            MissionType type = MissionWire.typeOf(wireType);
            if (type == null) {
                ack(TransferOutcome.UNSUPPORTED, wireType);
                return;
            }
            TransferOutcome rejection = faults.uploadRejection();
            if (rejection != null) {
                ack(rejection, wireType);
                return;
            }
            if (count > options.capacity()) {
                ack(TransferOutcome.NO_SPACE, wireType);
                return;
            }
            Receive old = receiving.remove(type);
            if (old != null) {
                old.cancel("restarted by a new MISSION_COUNT");
            }
            lastCompletedCount.remove(type);
            if (count == 0) {
                store(MissionPlan.empty(type));
                ack(TransferOutcome.SUCCESS, wireType);
                return;
            }
            Receive r = new Receive(host, type, count, peerSystem, peerComponent, options.legacyRequests(), faults,
                    plan -> {
                        store(plan);
                        lastCompletedCount.put(type, plan.size());
                    });
            receiving.put(type, r);
            r.start();
        }

        @Override
        public void onItem(int wireType, int seq, MissionItem item) {
            MissionType type = MissionWire.typeOf(wireType);
            if (type == null) {
                return;
            }
            Receive r = receiving.get(type);
            if (r != null) {
                r.onItem(wireType, seq, item);
            } else if (lastCompletedCount.containsKey(type) && seq == lastCompletedCount.get(type) - 1) {
                ack(TransferOutcome.SUCCESS, wireType); // our final ACK was lost; the last item came again
            }
        }

        @Override
        public void onAck(int wireType, int result) {
            MissionType type = MissionWire.typeOf(wireType);
            Receive r = type == null ? null : receiving.get(type);
            if (r != null) {
                r.onAck(wireType, result);
            }
        }

        @Override
        public void onRequestList(int wireType) {
            MissionType type = MissionWire.typeOf(wireType);
            if (type == null) {
                ack(TransferOutcome.UNSUPPORTED, wireType);
                return;
            }
            TransferOutcome rejection = faults.downloadRejection();
            if (rejection != null) {
                ack(rejection, wireType);
                return;
            }
            channel.send(MissionWire.count(plans.get(type).size(), type, peerSystem, peerComponent));
        }

        @Override
        public void onRequest(int wireType, int seq, boolean legacy) {
            MissionType type = MissionWire.typeOf(wireType);
            if (type == null) {
                return;
            }
            MissionPlan plan = plans.get(type);
            TransferOutcome rejection = faults.downloadItemRejection(seq);
            if (rejection != null) {
                ack(rejection, wireType);
            } else if (seq < 0 || seq >= plan.size()) {
                ack(TransferOutcome.INVALID_SEQUENCE, wireType);
            } else {
                channel.send(MissionWire.item(plan.item(seq).withCurrent(type == MissionType.MISSION && seq == current),
                        seq, type, peerSystem, peerComponent));
            }
        }

        @Override
        public void onClearAll(int wireType) {
            TransferOutcome rejection = faults.clearRejection();
            if (rejection != null) {
                ack(rejection, wireType);
                return;
            }
            if (wireType == MissionWire.TYPE_ALL) {
                for (MissionType t : MissionType.values()) {
                    store(MissionPlan.empty(t));
                }
            } else if (MissionWire.typeOf(wireType) != null) {
                store(MissionPlan.empty(MissionWire.typeOf(wireType)));
            } else {
                ack(TransferOutcome.UNSUPPORTED, wireType);
                return;
            }
            ack(TransferOutcome.SUCCESS, wireType);
        }

        @Override
        public void onSetCurrent(int seq) {
            if (seq >= 0 && seq < plans.get(MissionType.MISSION).size()) {
                changeCurrent(seq);
            }
            channel.send(MissionWire.current(current, plans.get(MissionType.MISSION).size()));
        }
    };

    private void ack(TransferOutcome result, int wireType) {
        channel.send(MissionWire.ack(result, wireType, peerSystem, peerComponent));
    }

    private void store(MissionPlan uploaded) {
        MissionPlan plan = uploaded;
        if (home != null && plan.type() == MissionType.MISSION && plan.size() > 0) {
            List<MissionItem> items = new ArrayList<>(plan.items());
            items.set(0, home);
            plan = new MissionPlan(MissionType.MISSION, items);
        }
        plans.put(plan.type(), plan);
        changes.planChanged(plan);
        if (plan.type() == MissionType.MISSION && current >= Math.max(1, plan.size())) {
            changeCurrent(0);
        }
    }

    private void changeCurrent(int seq) {
        if (seq != current) {
            current = seq;
            changes.currentChanged(seq);
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
                if (faults.silent()) {
                    return;
                }
                synchronized (lock) {
                    task.run();
                    receiving.values().removeIf(Transaction::isDone);
                }
                changes.deliver();
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
            return options.timing();
        }

        @Override
        public Duration patience(TimeoutKind kind) {
            return options.patience();
        }
    }
}
