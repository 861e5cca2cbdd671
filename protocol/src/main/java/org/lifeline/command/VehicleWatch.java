package org.lifeline.command;

import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.time.Scheduler;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * Follows one vehicle's HEARTBEAT and STATUSTEXT so actions can be confirmed by what the
 * vehicle does, not only by what it acknowledges: a mode change counts when the heartbeat's
 * {@code custom_mode} shows it, and a refused arming is explained by the "PreArm: ..." lines
 * the vehicle sent meanwhile.
 *
 * <p>Only heartbeats from the target's own component count: a camera or gimbal on the same
 * system id sends heartbeats too, with a different mode.
 */
public final class VehicleWatch implements AutoCloseable {

    private static final int MAX_TEXTS = 64;

    private record Waiter(Predicate<VehicleHeartbeat> condition, CompletableFuture<Optional<VehicleHeartbeat>> future,
                          Scheduler.Cancellable[] timer) {
    }

    private final Scheduler scheduler;
    private final int targetSystem;
    private final int targetComponent;
    private final MessageChannel.Subscription subscription;
    private final Deque<StatusText> texts = new ArrayDeque<>();
    private final List<Waiter> waiters = new ArrayList<>();
    private VehicleHeartbeat latest;

    public VehicleWatch(MessageChannel channel, Scheduler scheduler, int targetSystem, int targetComponent) {
        this.scheduler = scheduler;
        this.targetSystem = targetSystem;
        this.targetComponent = targetComponent;
        this.subscription = channel.subscribe(this::onMessage);
    }

    /** The last heartbeat from the vehicle, if any arrived. */
    public synchronized Optional<VehicleHeartbeat> latest() {
        return Optional.ofNullable(latest);
    }

    /**
     * Completes with the first heartbeat received from now on that satisfies {@code condition},
     * or with empty when none did within {@code timeout}.
     */
    public CompletableFuture<Optional<VehicleHeartbeat>> awaitHeartbeat(Predicate<VehicleHeartbeat> condition,
                                                                       Duration timeout) {
        CompletableFuture<Optional<VehicleHeartbeat>> future = new CompletableFuture<>();
        Waiter waiter = new Waiter(condition, future, new Scheduler.Cancellable[1]);
        synchronized (this) {
            waiters.add(waiter);
            waiter.timer()[0] = scheduler.schedule(timeout, () -> {
                synchronized (this) {
                    waiters.remove(waiter);
                }
                future.complete(Optional.empty());
            });
        }
        return future;
    }

    /** Status texts received at or after {@code sinceNanos} (scheduler clock), oldest first. */
    public synchronized List<StatusText> textsSince(long sinceNanos) {
        return texts.stream().filter(t -> t.receivedNanos() >= sinceNanos).toList();
    }

    @Override
    public void close() {
        subscription.close();
        List<Waiter> left;
        synchronized (this) {
            left = List.copyOf(waiters);
            waiters.clear();
        }
        for (Waiter w : left) {
            w.timer()[0].cancel();
            w.future().complete(Optional.empty());
        }
    }

    private void onMessage(MavMessage message) {
        if (message.systemId() != targetSystem) {
            return;
        }
        long now = scheduler.nanoTime();
        DronefleetCommands.statusText(message.payload(), now).ifPresent(this::addText);
        if (targetComponent != 0 && message.componentId() != targetComponent) {
            return;
        }
        DronefleetCommands.heartbeat(message.payload(), now).ifPresent(this::onHeartbeat);
    }

    private synchronized void addText(StatusText text) {
        texts.addLast(text);
        while (texts.size() > MAX_TEXTS) {
            texts.removeFirst();
        }
    }

    private void onHeartbeat(VehicleHeartbeat heartbeat) {
        List<Waiter> satisfied = new ArrayList<>();
        synchronized (this) {
            latest = heartbeat;
            for (Waiter w : List.copyOf(waiters)) {
                if (w.condition().test(heartbeat)) {
                    waiters.remove(w);
                    satisfied.add(w);
                }
            }
        }
        for (Waiter w : satisfied) {
            w.timer()[0].cancel();
            w.future().complete(Optional.of(heartbeat));
        }
    }
}
