package org.lifeline.agent.fc;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import io.dronefleet.mavlink.common.CommandAck;
import io.dronefleet.mavlink.common.CommandLong;
import io.dronefleet.mavlink.common.MavCmd;
import io.dronefleet.mavlink.common.MavResult;
import org.lifeline.agent.release.ReleaseActuator;
import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.time.Scheduler;

/**
 * The autopilot's own gripper as the release actuator, for airframes whose release belongs to
 * the autopilot ({@code release.owner = autopilot}). The agent stays the only one to decide:
 * {@link org.lifeline.agent.release.PayloadReleaser} calls {@link #open()} only after every
 * interlock held and the intent is journalled, and the mission marks drops with DO_GRIPPER
 * <em>grab</em>, which the autopilot executes without letting go.
 *
 * <pre>
 *   open():  COMMAND_LONG DO_GRIPPER(param1 = gripper, param2 = 0 release), confirmation 0
 *            ──no COMMAND_ACK within retryAfter──▶ the same again, confirmation 1, 2 … up to maxSends
 *            ──COMMAND_ACK(DO_GRIPPER)──▶ ACCEPTED: confirmed; IN_PROGRESS: keep waiting; other: refused
 *   close(): stops resending; DO_GRIPPER(param2 = 1 grab), once
 * </pre>
 *
 * A resent release cannot release twice: the gripper holds one parcel and a release while it is
 * already open changes nothing. Resending stops at {@link #close()}, so no release command
 * follows the grab. What the autopilot answered is {@link #lastOpenProblem()}, which the releaser
 * turns into a PARCEL_STUCK event when the release was refused or never acknowledged.
 */
public final class AutopilotGripper implements ReleaseActuator {

    private static final int RELEASE = 0;
    private static final int GRAB = 1;

    private final MessageChannel channel;
    private final Scheduler scheduler;
    private final int targetSystem;
    private final int targetComponent;
    private final int gripper;
    private final Duration retryAfter;
    private final int maxSends;
    private final MessageChannel.Subscription subscription;

    private boolean awaiting;
    private int sends;
    private Optional<String> problem = Optional.empty();
    private MavResult lastResult;
    private Scheduler.Cancellable retry;

    public AutopilotGripper(MessageChannel channel, Scheduler scheduler, int targetSystem, int targetComponent,
                            int gripper, Duration retryAfter, int maxSends) {
        this.channel = Objects.requireNonNull(channel);
        this.scheduler = Objects.requireNonNull(scheduler);
        this.targetSystem = targetSystem;
        this.targetComponent = targetComponent;
        this.gripper = gripper;
        this.retryAfter = Objects.requireNonNull(retryAfter);
        if (maxSends < 1) {
            throw new IllegalArgumentException("maxSends " + maxSends + ": expected at least 1");
        }
        this.maxSends = maxSends;
        this.subscription = channel.subscribe(this::onMessage);
    }

    /** Gripper 1 of the autopilot (1, 1), resent every 400 ms, at most 3 times. */
    public static AutopilotGripper of(MessageChannel channel, Scheduler scheduler, int targetSystem, int targetComponent) {
        return new AutopilotGripper(channel, scheduler, targetSystem, targetComponent, 1, Duration.ofMillis(400), 3);
    }

    @Override
    public synchronized void open() {
        cancelRetry();
        awaiting = true;
        sends = 0;
        lastResult = null;
        problem = Optional.of("no COMMAND_ACK from the autopilot for DO_GRIPPER release yet");
        sendRelease();
    }

    @Override
    public synchronized void close() {
        cancelRetry();
        if (awaiting) {
            awaiting = false;
            problem = Optional.of(lastResult == MavResult.MAV_RESULT_IN_PROGRESS
                    ? "the autopilot answered IN_PROGRESS to DO_GRIPPER release and never ACCEPTED"
                    : "no COMMAND_ACK from the autopilot for DO_GRIPPER release after " + sends + " sends");
        }
        send(GRAB, 0);
    }

    @Override
    public synchronized Optional<String> lastOpenProblem() {
        return problem;
    }

    /** How many release commands the last {@link #open()} sent. */
    public synchronized int releaseSends() {
        return sends;
    }

    private void sendRelease() {
        send(RELEASE, sends);
        sends++;
        if (sends < maxSends) {
            retry = scheduler.schedule(retryAfter, this::resend);
        }
    }

    private synchronized void resend() {
        if (awaiting) {
            sendRelease();
        }
    }

    private void onMessage(MavMessage m) {
        if (m.systemId() != targetSystem || m.componentId() != targetComponent || !(m.payload() instanceof CommandAck ack)) {
            return;
        }
        if (ack.command() == null || ack.command().entry() != MavCmd.MAV_CMD_DO_GRIPPER) {
            return;
        }
        synchronized (this) {
            if (!awaiting) {
                return;
            }
            MavResult result = ack.result() == null ? null : ack.result().entry();
            lastResult = result;
            if (result == MavResult.MAV_RESULT_IN_PROGRESS) {
                return;
            }
            awaiting = false;
            cancelRetry();
            problem = result == MavResult.MAV_RESULT_ACCEPTED ? Optional.empty()
                    : Optional.of("the autopilot answered " + (result == null ? "result " + ack.result().value() : result.name())
                            + " to DO_GRIPPER release (is its gripper enabled, GRIP_ENABLE 1?)");
        }
    }

    private void send(int action, int confirmation) {
        channel.send(CommandLong.builder()
                .targetSystem(targetSystem)
                .targetComponent(targetComponent)
                .command(MavCmd.MAV_CMD_DO_GRIPPER)
                .confirmation(confirmation)
                .param1(gripper)
                .param2(action)
                .build());
    }

    private void cancelRetry() {
        if (retry != null) {
            retry.cancel();
            retry = null;
        }
    }

    /** Stops listening for acknowledgements (the agent is shutting down); no command is sent. */
    public synchronized void detach() {
        cancelRetry();
        awaiting = false;
        subscription.close();
    }
}
