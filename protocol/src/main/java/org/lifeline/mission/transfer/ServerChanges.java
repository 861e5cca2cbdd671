package org.lifeline.mission.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.lifeline.mission.MissionPlan;

/**
 * The {@link MissionServer}'s change listeners. Changes are queued while the server holds its
 * lock and delivered after it let go ({@link #deliver()}), so a listener may call back into the
 * server (e.g. read another plan) without deadlocking. Thread-safe.
 */
final class ServerChanges {

    private final List<Consumer<MissionPlan>> planListeners = new CopyOnWriteArrayList<>();
    private final List<IntConsumer> currentListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> pending = new ArrayList<>();

    void addPlanListener(Consumer<MissionPlan> listener) {
        planListeners.add(listener);
    }

    void addCurrentListener(IntConsumer listener) {
        currentListeners.add(listener);
    }

    void planChanged(MissionPlan plan) {
        queue(() -> planListeners.forEach(l -> l.accept(plan)));
    }

    void currentChanged(int seq) {
        queue(() -> currentListeners.forEach(l -> l.accept(seq)));
    }

    /** Tells the listeners about every queued change, in order. Call without holding the server's lock. */
    void deliver() {
        List<Runnable> now;
        synchronized (pending) {
            if (pending.isEmpty()) {
                return;
            }
            now = new ArrayList<>(pending);
            pending.clear();
        }
        now.forEach(Runnable::run);
    }

    private void queue(Runnable change) {
        synchronized (pending) {
            pending.add(change);
        }
    }
}
