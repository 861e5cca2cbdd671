package org.lifeline.agent.fc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import io.dronefleet.mavlink.common.CommandAck;
import io.dronefleet.mavlink.common.CommandLong;
import io.dronefleet.mavlink.common.MavCmd;
import io.dronefleet.mavlink.common.MavResult;
import org.junit.jupiter.api.Test;
import org.lifeline.time.ManualScheduler;

class AutopilotGripperTest {

    private final ManualScheduler clock = new ManualScheduler();
    private final FakeAutopilot fc = new FakeAutopilot();
    private final AutopilotGripper gripper = new AutopilotGripper(fc, 1, 1, 1);

    private List<CommandLong> gripperCommands() {
        return fc.sent(CommandLong.class).stream().filter(c -> c.command().entry() == MavCmd.MAV_CMD_DO_GRIPPER).toList();
    }

    private void ack(MavResult result) {
        fc.deliver(CommandAck.builder().command(MavCmd.MAV_CMD_DO_GRIPPER).result(result).build());
    }

    @Test
    void openSendsOneReleaseToTheAutopilotAndAnAcceptedAckConfirmsIt() {
        gripper.open();
        ack(MavResult.MAV_RESULT_ACCEPTED);
        clock.advance(Duration.ofSeconds(2));
        gripper.close();

        List<CommandLong> sent = gripperCommands();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).param1()).isEqualTo(1f);
        assertThat(sent.get(0).param2()).as("release").isEqualTo(0f);
        assertThat(sent.get(0).targetSystem()).isEqualTo(1);
        assertThat(sent.get(0).targetComponent()).isEqualTo(1);
        assertThat(sent.get(1).param2()).as("grab once the open time is over").isEqualTo(1f);
        assertThat(gripper.lastOpenProblem()).isEmpty();
    }

    @Test
    void anUnansweredReleaseIsNeverResentAndIsReportedAsUnconfirmed() {
        gripper.open();
        clock.advance(Duration.ofSeconds(5));
        gripper.close();

        assertThat(gripperCommands()).extracting(CommandLong::param2).containsExactly(0f, 1f);
        assertThat(gripper.lastOpenProblem()).hasValueSatisfying(p -> assertThat(p).contains("no COMMAND_ACK").contains("never resent"));
    }

    @Test
    void aRefusedReleaseIsReportedWithTheAutopilotsAnswer() {
        gripper.open();
        ack(MavResult.MAV_RESULT_FAILED);
        clock.advance(Duration.ofSeconds(2));
        gripper.close();

        assertThat(gripperCommands().stream().filter(c -> c.param2() == 0f)).hasSize(1);
        assertThat(gripper.lastOpenProblem()).hasValueSatisfying(p -> assertThat(p).contains("MAV_RESULT_FAILED").contains("GRIP_ENABLE"));
    }

    @Test
    void inProgressKeepsWaitingWithoutResendingAndIsAProblemIfNothingFollows() {
        gripper.open();
        ack(MavResult.MAV_RESULT_IN_PROGRESS);
        clock.advance(Duration.ofMillis(350));
        gripper.close();

        assertThat(gripperCommands().stream().filter(c -> c.param2() == 0f)).hasSize(1);
        assertThat(gripper.lastOpenProblem()).hasValueSatisfying(p -> assertThat(p).contains("IN_PROGRESS"));
    }

    @Test
    void acksFromAnotherComponentOrForAnotherCommandAreIgnored() {
        gripper.open();
        fc.deliverFrom(1, 191, CommandAck.builder().command(MavCmd.MAV_CMD_DO_GRIPPER).result(MavResult.MAV_RESULT_ACCEPTED).build());
        fc.deliver(CommandAck.builder().command(MavCmd.MAV_CMD_SET_MESSAGE_INTERVAL).result(MavResult.MAV_RESULT_ACCEPTED).build());
        clock.advance(Duration.ofSeconds(2));
        gripper.close();

        assertThat(gripper.lastOpenProblem()).isPresent();
    }
}
