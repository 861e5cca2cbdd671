package org.lifeline.groundstation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.planning.mission.SampleAirspace;

/**
 * Upload and start read the autopilot's gripper parameters and refuse a flight in which the
 * autopilot would release the parcel by itself besides the onboard agent.
 */
class ReleasePathCliTest {

    private final CliHarness cli = new CliHarness();

    @TempDir
    Path dir;

    @AfterEach
    void close() throws Exception {
        cli.close();
    }

    private Path agentPlan() {
        Path planned = dir.resolve("delivery.plan");
        CliHarness.Run plan = cli.run("plan", "--airspace", SampleAirspace.AIRSPACE.toString(), "--from", "launch-fire",
                "--vehicle", SampleAirspace.VEHICLE.toString(), "--to", "dp-elderly-home", "--out", planned.toString());
        assertThat(plan.exitCode()).as(plan.err()).isEqualTo(ExitCodes.OK);
        return planned;
    }

    @Test
    void uploadingAnAgentMissionToAnAutopilotWithAnActiveGripperIsRefusedSayingHowToFixIt() {
        Path plan = agentPlan();
        cli.setup = c -> {
            c.params.put("GRIP_ENABLE", 1f);
            c.params.put("GRIP_TYPE", 1f);
            c.params.put("SERVO8_FUNCTION", 28f);
        };

        CliHarness.Run r = cli.run("mission", "upload", "--connect", "udp://h:1", plan.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err()).contains("error: refusing to upload: mission items [").contains("SERVO8_FUNCTION = 28")
                .contains("set GRIP_ENABLE = 0 on the autopilot");
        assertThat(r.out()).doesNotContain("uploaded");
    }

    @Test
    void anAutopilotThatNeverAnswersGripEnableIsRefusedToo() {
        Path plan = agentPlan();
        cli.setup = c -> c.params.clear();

        CliHarness.Run r = cli.run("mission", "upload", "--connect", "udp://h:1", plan.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err()).contains("did not answer GRIP_ENABLE");
    }

    @Test
    void startingWithAnActiveGripperReadsTheMissionBackAndRefusesWhenItCannot() {
        cli.setup = c -> {
            c.params.put("GRIP_ENABLE", 1f);
            c.params.put("GRIP_TYPE", 2f);
        };

        CliHarness.Run r = cli.run("vehicle", "start", "--connect", "udp://h:1");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err()).contains("refusing to start: the autopilot's gripper is active (GRIP_ENABLE = 1, GRIP_TYPE = 2)");
        assertThat(cli.copter.armed).isFalse();
    }
}
