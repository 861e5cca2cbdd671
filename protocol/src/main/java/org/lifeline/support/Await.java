package org.lifeline.support;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Waiting on real time for something another process or thread does (a broker listening, a pty
 * appearing, a message arriving): poll a condition until it holds or a deadline passes. Always
 * bounded; never a bare sleep. Protocol logic does not wait at all — it runs on a
 * {@link org.lifeline.time.Scheduler}.
 */
public final class Await {

    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private Await() {
    }

    /**
     * Polls {@code condition} until it holds or {@code limit} has passed.
     *
     * @return true when the condition held, false when the deadline passed first
     */
    public static boolean until(BooleanSupplier condition, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                return condition.getAsBoolean();
            }
            LockSupport.parkNanos(POLL_NANOS);
            if (Thread.currentThread().isInterrupted()) {
                return condition.getAsBoolean();
            }
        }
        return true;
    }
}
