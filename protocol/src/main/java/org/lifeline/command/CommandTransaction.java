package org.lifeline.command;

import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.time.Scheduler;

import java.time.Duration;

/**
 * One command in flight: sends it, resends it when the acknowledgement does not come (with
 * COMMAND_LONG's {@code confirmation} counting the resends, so the vehicle can tell a resend
 * from a new command), waits longer while the vehicle reports IN_PROGRESS, and ends exactly
 * once, in {@link #finish}.
 *
 * <pre>
 *            start: send #1
 *                 │
 *                 ▼      ack timeout, attempts left: send #n+1 (confirmation n)
 *          AWAITING_ACK ◀──────┐
 *           │   │   └──────────┘
 *           │   │ ack IN_PROGRESS
 *           │   ▼
 *           │  IN_PROGRESS ◀── ack IN_PROGRESS (progress reported, wait restarts; never resent)
 *           │   │
 *           ▼   ▼
 *   final ack │ ack timeout with no attempts left │ no update in time │ cancel
 *           ──▶ DONE (one CommandResult)
 * </pre>
 *
 * Not thread-safe: the owning {@link CommandClient} calls it under its lock.
 */
final class CommandTransaction {

    enum Step { AWAITING_ACK, IN_PROGRESS, DONE }

    /** What the transaction needs from the client that owns it. */
    interface Host {
        /** Runs {@code action} under the client's lock (for timer callbacks). */
        void runLocked(Runnable action);

        void progress(CommandTransaction tx, int progress);

        void finished(CommandTransaction tx, CommandResult result);
    }

    private final CommandRequest request;
    private final CommandSettings settings;
    private final MessageChannel channel;
    private final Scheduler scheduler;
    private final Host host;

    private Step step = Step.AWAITING_ACK;
    private int attempts;
    private int progress = 255;
    private int rawResult = -1;
    private int resultParam2;
    private final long startNanos;
    private long timerGeneration;
    private Scheduler.Cancellable timer = () -> { };

    CommandTransaction(CommandRequest request, CommandSettings settings, MessageChannel channel,
                       Scheduler scheduler, Host host) {
        this.request = request;
        this.settings = settings;
        this.channel = channel;
        this.scheduler = scheduler;
        this.host = host;
        this.startNanos = scheduler.nanoTime();
    }

    CommandRequest request() {
        return request;
    }

    Step step() {
        return step;
    }

    void start() {
        sendAttempt();
    }

    /** True when {@code message} is the acknowledgement of this command. */
    boolean matches(MavMessage message, DronefleetCommands.Ack ack) {
        if (ack.command() != request.command()) {
            return false;
        }
        if (request.targetSystem() != 0 && message.systemId() != request.targetSystem()) {
            return false;
        }
        if (request.targetComponent() != 0 && message.componentId() != request.targetComponent()) {
            return false;
        }
        // Older autopilots leave the ACK's target fields 0; newer ones name the sender of the command.
        return ack.targetSystem() == 0 || ack.targetSystem() == settings.ourSystemId();
    }

    void onAck(DronefleetCommands.Ack ack) {
        if (step == Step.DONE) {
            return;
        }
        rawResult = ack.result();
        resultParam2 = ack.resultParam2();
        CommandOutcome outcome = CommandOutcome.fromWire(ack.result());
        if (outcome == CommandOutcome.IN_PROGRESS) {
            step = Step.IN_PROGRESS;
            progress = ack.progress();
            host.progress(this, progress);
            armTimer(settings.inProgressTimeout());
            return;
        }
        if (outcome == CommandOutcome.ACCEPTED) {
            progress = 100;
        }
        finish(outcome);
    }

    /** Ends the transaction on our side; a later acknowledgement is ignored. */
    void cancel() {
        if (step != Step.DONE) {
            finish(CommandOutcome.CANCELLED);
        }
    }

    private void onTimeout(long generation) {
        if (step == Step.DONE || generation != timerGeneration) {
            return;
        }
        if (step == Step.AWAITING_ACK && attempts < settings.maxAttempts()) {
            sendAttempt();
        } else {
            finish(CommandOutcome.TIMEOUT);
        }
    }

    private void sendAttempt() {
        attempts++;
        channel.send(DronefleetCommands.encode(request, attempts));
        armTimer(settings.ackTimeout());
    }

    private void armTimer(Duration delay) {
        timer.cancel();
        long generation = ++timerGeneration;
        timer = scheduler.schedule(delay, () -> host.runLocked(() -> onTimeout(generation)));
    }

    /** The single exit. */
    private void finish(CommandOutcome outcome) {
        step = Step.DONE;
        timer.cancel();
        timerGeneration++;
        Duration elapsed = Duration.ofNanos(scheduler.nanoTime() - startNanos);
        host.finished(this, new CommandResult(request, outcome, rawResult, attempts, progress, resultParam2, elapsed));
    }
}
