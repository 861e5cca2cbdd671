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

    /**
     * True while the target vehicle's last HEARTBEAT reported MAV_STATE_UNINIT or MAV_STATE_BOOT:
     * ArduPilot sends MAV_STATE_BOOT until its initialisation is done, and answers MISSION_COUNT
     * with NO_SPACE ("Only 0 items are supported") until its mission storage is ready.
     */
    default boolean vehicleStarting() {
        return false;
    }

    /**
     * True once a HEARTBEAT from the target vehicle was heard. ArduPilot answers mission messages
     * about half a second before its first heartbeat, so a refusal from a vehicle not yet heard
     * may come from one that is still booting.
     */
    default boolean vehicleHeard() {
        return true;
    }

    /**
     * How long one exchange may go unanswered before the transaction gives up (together with at
     * least {@code maxRetries} retransmissions). With fixed spec timeouts,
     * {@code (maxRetries + 1) ×} the timeout — the spec's bounded retries. With adaptive
     * timeouts retransmissions come sooner, and the budget is that of the spec's longest wait,
     * {@code (maxRetries + 1) ×} the command timeout, for every exchange: on a noisy radio a peer
     * whose answers are being lost must not be given up on sooner than a fixed-timeout engine
     * would.
     */
    default Duration patience(TimeoutKind kind) {
        TransferOptions o = options();
        return (o.adaptive() ? o.commandTimeout() : o.ceiling(kind)).multipliedBy(o.maxRetries() + 1L);
    }
}
