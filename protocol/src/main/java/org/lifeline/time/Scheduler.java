package org.lifeline.time;

import java.time.Duration;

/**
 * A monotonic clock plus one-shot timers. All protocol code takes time from here, never from
 * {@code System} directly, so the same code runs on real time and on fake time in tests.
 */
public interface Scheduler {

    /** Monotonic time in nanoseconds; only differences are meaningful. */
    long nanoTime();

    /** Wall-clock time in microseconds since the Unix epoch (for logs and signing). */
    long epochMicros();

    /** Runs {@code task} once after {@code delay}. The returned handle cancels it. */
    Cancellable schedule(Duration delay, Runnable task);

    /** Monotonic time in milliseconds, for convenience. */
    default long millis() {
        return nanoTime() / 1_000_000L;
    }

    /** A scheduled task that can be cancelled; cancelling twice or after it ran is harmless. */
    interface Cancellable {
        void cancel();
    }
}
