package org.lifeline.link;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition in integration tests, always with a deadline; fails the test otherwise. */
final class Await {

    private Await() {
    }

    static void until(BooleanSupplier condition, Duration timeout, String what) {
        if (!org.lifeline.support.Await.until(condition, timeout)) {
            throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting until " + what);
        }
    }
}
