package org.lifeline.mission.transfer;

import java.time.Duration;
import org.lifeline.time.Scheduler;

/**
 * What a {@link Transaction} needs from the engine that runs it: send a message, run a timer
 * under the engine's lock, the clock, the learned retransmission timeout and the options.
 */
interface TransactionHost {

    void send(Object message);

    /** Schedules {@code task} to run later under the engine's lock. */
    Scheduler.Cancellable schedule(Duration delay, Runnable task);

    long nanoTime();

    RetransmissionTimeout rto();

    TransferOptions options();
}
