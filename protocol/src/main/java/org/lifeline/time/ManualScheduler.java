package org.lifeline.time;

import java.time.Duration;
import java.util.PriorityQueue;

/**
 * Fake time for tests and for time-accelerated simulation: nothing happens until
 * {@link #advance(Duration)} moves the clock, which then runs every due task in time order on
 * the caller's thread. Tasks scheduled by tasks run too if they fall due within the advance.
 * Not thread-safe by design: one thread drives it.
 */
public final class ManualScheduler implements Scheduler {

    private final PriorityQueue<Task> queue = new PriorityQueue<>();
    private final long epochMicrosAtZero;
    private long now;
    private long order;

    public ManualScheduler() {
        this(1_700_000_000_000_000L);
    }

    /** @param epochMicrosAtZero the wall-clock time that fake time 0 stands for */
    public ManualScheduler(long epochMicrosAtZero) {
        this.epochMicrosAtZero = epochMicrosAtZero;
    }

    @Override
    public long nanoTime() {
        return now;
    }

    @Override
    public long epochMicros() {
        return epochMicrosAtZero + now / 1_000L;
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        Task t = new Task(now + Math.max(0, delay.toNanos()), order++, task);
        queue.add(t);
        return () -> t.cancelled = true;
    }

    /** Moves time forward by {@code step}, running every task that falls due, in order. */
    public void advance(Duration step) {
        long target = now + step.toNanos();
        while (true) {
            Task next = queue.peek();
            if (next == null || next.due > target) {
                break;
            }
            queue.poll();
            now = Math.max(now, next.due);
            if (!next.cancelled) {
                next.task.run();
            }
        }
        now = target;
    }

    /** Runs tasks that are due now (after a message arrived that scheduled zero-delay work). */
    public void runDue() {
        advance(Duration.ZERO);
    }

    /** Time of the next pending task, or -1 when none is pending. */
    public long nextDueNanos() {
        queue.removeIf(t -> t.cancelled);
        Task next = queue.peek();
        return next == null ? -1 : next.due;
    }

    /** Number of live (not cancelled) pending tasks. */
    public int pending() {
        return (int) queue.stream().filter(t -> !t.cancelled).count();
    }

    private static final class Task implements Comparable<Task> {
        final long due;
        final long seq;
        final Runnable task;
        boolean cancelled;

        Task(long due, long seq, Runnable task) {
            this.due = due;
            this.seq = seq;
            this.task = task;
        }

        @Override
        public int compareTo(Task o) {
            int c = Long.compare(due, o.due);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }
}
