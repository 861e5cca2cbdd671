package org.lifeline.simulator.fault;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.time.Scheduler;

/**
 * Frame-level faults at the message level, for a vehicle port that is an in-process channel
 * (no bytes). It wraps the <em>vehicle's</em> end: {@link #send} is OUT, messages heard from
 * the inner channel are IN. Drop, duplicate, reorder (hold a message back until the next one
 * has passed) and latency behave as on the wire; a corrupted frame would fail its CRC and be
 * discarded by the receiver, so CORRUPT_* is a drop here. BANDWIDTH needs frame sizes and is
 * only applied by {@link FaultyLink}. Latency runs on the given scheduler, so it costs no wall
 * time in tests.
 */
public final class FaultyChannel implements MessageChannel {

    private final MessageChannel inner;
    private final Scheduler scheduler;
    private final FrameFaults out;
    private final FrameFaults in;
    private final Duration latency;
    private final List<Consumer<MavMessage>> listeners = new CopyOnWriteArrayList<>();
    private Object heldOut;
    private MavMessage heldIn;

    public FaultyChannel(MessageChannel inner, Scheduler scheduler, FaultPlan plan, long seed) {
        this.inner = inner;
        this.scheduler = scheduler;
        this.out = new FrameFaults(plan, Direction.OUT, seed);
        this.in = new FrameFaults(plan, Direction.IN, seed);
        this.latency = Duration.ofNanos((long) (plan.value(FaultMode.LATENCY).orElse(0) * 1_000_000));
        inner.subscribe(this::received);
    }

    @Override
    public synchronized void send(Object payload) {
        FrameFaults.Verdict v = out.next();
        if (v.drop() || v.corrupt()) {
            return;
        }
        if (v.holdBack() && heldOut == null) {
            heldOut = payload;
            return;
        }
        later(() -> inner.send(payload));
        if (v.duplicate()) {
            later(() -> inner.send(payload));
        }
        if (heldOut != null) {
            Object held = heldOut;
            heldOut = null;
            later(() -> inner.send(held));
        }
    }

    private synchronized void received(MavMessage msg) {
        FrameFaults.Verdict v = in.next();
        if (v.drop() || v.corrupt()) {
            return;
        }
        if (v.holdBack() && heldIn == null) {
            heldIn = msg;
            return;
        }
        later(() -> deliver(msg));
        if (v.duplicate()) {
            later(() -> deliver(msg));
        }
        if (heldIn != null) {
            MavMessage held = heldIn;
            heldIn = null;
            later(() -> deliver(held));
        }
    }

    private void later(Runnable r) {
        if (latency.isZero()) {
            r.run();
        } else {
            scheduler.schedule(latency, r);
        }
    }

    private void deliver(MavMessage msg) {
        for (Consumer<MavMessage> l : listeners) {
            l.accept(msg);
        }
    }

    @Override
    public Subscription subscribe(Consumer<MavMessage> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
