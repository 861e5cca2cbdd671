package org.lifeline.agent.fc;

import java.util.Objects;
import java.util.Optional;

import io.dronefleet.mavlink.common.CommandAck;
import io.dronefleet.mavlink.common.CommandLong;
import io.dronefleet.mavlink.common.MavCmd;
import io.dronefleet.mavlink.common.MavResult;
import org.lifeline.agent.release.ReleaseActuator;
import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.MessageChannel;

/**
 * The autopilot's own gripper as the release actuator, for airframes whose release belongs to
 * the autopilot ({@code release.owner = autopilot}). The agent stays the only one to decide:
 * {@link org.lifeline.agent.release.PayloadReleaser} calls {@link #open()} only after every
 * interlock held and the intent is journalled, and the mission marks drops with DO_GRIPPER
 * <em>grab</em>, which the autopilot executes without letting go.
 *
 * <pre>
 *   open():  COMMAND_LONG DO_GRIPPER(param1 = gripper, param2 = 0 release), once
 *            ──COMMAND_ACK(DO_GRIPPER)──▶ ACCEPTED: confirmed; IN_PROGRESS: keep waiting; other: refused
 *   close(): DO_GRIPPER(param2 = 1 grab), once
 * </pre>
 *
 * The release is never resent: the interlocks held when it was decided, and a resend some
 * hundred milliseconds later could open the gripper where the vehicle no longer is. A lost or
 * refused command leaves the parcel on board; {@link #lastOpenProblem()} says so, the releaser
 * reports PARCEL_STUCK, and the journal keeps the parcel from being tried again unseen.
 */
public final class AutopilotGripper implements ReleaseActuator {

    private static final int RELEASE = 0;
    private static final int GRAB = 1;

    private final MessageChannel channel;
    private final int targetSystem;
    private final int targetComponent;
    private final int gripper;
    private final MessageChannel.Subscription subscription;

    private boolean awaiting;
    private Optional<String> problem = Optional.empty();
    private MavResult lastResult;

    public AutopilotGripper(MessageChannel channel, int targetSystem, int targetComponent, int gripper) {
        this.channel = Objects.requireNonNull(channel);
        this.targetSystem = targetSystem;
        this.targetComponent = targetComponent;
        this.gripper = gripper;
        this.subscription = channel.subscribe(this::onMessage);
    }

    @Override
    public synchronized void open() {
        awaiting = true;
        lastResult = null;
        problem = Optional.of("no COMMAND_ACK from the autopilot for DO_GRIPPER release yet");
        send(RELEASE);
    }

    @Override
    public synchronized void close() {
        if (awaiting) {
            awaiting = false;
            problem = Optional.of(lastResult == MavResult.MAV_RESULT_IN_PROGRESS
                    ? "the autopilot answered IN_PROGRESS to DO_GRIPPER release and never ACCEPTED"
                    : "no COMMAND_ACK from the autopilot for DO_GRIPPER release (the command is never resent)");
        }
        send(GRAB);
    }

    @Override
    public synchronized Optional<String> lastOpenProblem() {
        return problem;
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
            problem = result == MavResult.MAV_RESULT_ACCEPTED ? Optional.empty()
                    : Optional.of("the autopilot answered " + (result == null ? "result " + ack.result().value() : result.name())
                            + " to DO_GRIPPER release (is its gripper enabled, GRIP_ENABLE 1?)");
        }
    }

    private void send(int action) {
        channel.send(CommandLong.builder()
                .targetSystem(targetSystem)
                .targetComponent(targetComponent)
                .command(MavCmd.MAV_CMD_DO_GRIPPER)
                .confirmation(0)
                .param1(gripper)
                .param2(action)
                .build());
    }

    /** Stops listening for acknowledgements (the agent is shutting down); no command is sent. */
    public synchronized void detach() {
        awaiting = false;
        subscription.close();
    }
}
