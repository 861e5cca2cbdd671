package org.lifeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lifeline.groundstation.testing.SimulatorOnTcp;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.cli.LifelineCommand;

import picocli.CommandLine;

/**
 * The pilot's command line against the simulated ArduCopter over real TCP, as in the demo:
 * plan a delivery over the sample airspace, upload mission + fence + rally (verified), start,
 * and follow the flight until it lands — the parcel released on the way.
 */
class PilotFliesTheSimulatorTest {

    private SimulatorOnTcp simulator;

    @AfterEach
    void stopSimulator() {
        if (simulator != null) {
            simulator.close();
        }
    }


    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run lifeline(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = LifelineCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void thePilotPlansUploadsStartsAndFollowsADeliveryToItsLanding() throws Exception {
        Path examples = Path.of("..", "docs", "examples");
        Path plan = dir.resolve("delivery.plan");
        Run planned = lifeline("plan", "--airspace", examples.resolve("fugou-airspace.geojson").toString(),
                "--from", "launch-west", "--to", "dp-elderly-home",
                "--vehicle", examples.resolve("sim-quad.vehicle.json").toString(), "--out", plan.toString());
        assertThat(planned.exit()).as(planned.err()).isZero();

        simulator = SimulatorOnTcp.withOptions("--home", "34.056,114.3745,50", "--speedup", "25", "--duration", "1500",
                "--param", "GRIP_ENABLE=0", "--airframe", "delivery");
        String link = simulator.link();
        String tlog = dir.resolve("flight.tlog").toString();

        Run upload = lifeline("mission", "upload", "--connect", link, "--wait", "20", "--type", "all",
                "--tlog", dir.resolve("upload.tlog").toString(), "--data", dir.resolve("data").toString(), plan.toString());
        assertThat(upload.exit()).as(upload.err() + simulator.log()).isZero();
        assertThat(upload.out()).contains("mission uploaded and verified: 8 items")
                .contains("fence uploaded and verified").contains("rally uploaded and verified");

        Run start = lifeline("vehicle", "start", "--connect", link, "--tlog", dir.resolve("start.tlog").toString());
        assertThat(start.exit()).as(start.err()).isZero();
        assertThat(start.out()).contains("mission started");

        Run watch = lifeline("vehicle", "watch", "--connect", link, "--every", "10", "--seconds", "240", "--tlog", tlog,
                "--data", dir.resolve("data").toString());
        assertThat(watch.exit()).as(watch.err()).isZero();
        // the release belongs to the onboard agent (not running here): the autopilot has no gripper and lets nothing go
        assertThat(watch.out()).contains("took off")
                // the mission's DO_GRIPPER is announced ("Gripper Released", as ArduPilot says it with no
                // gripper fitted), but no gripper moves: its own "Gripper load released" never comes
                .doesNotContain("Gripper load")
                // the delivery quad flies the planned energy budget: no battery failsafe on the way
                .doesNotContain("is critical")
                .contains("disarmed: landed").contains(System.lineSeparator() + "landed" + System.lineSeparator())
                // the sortie is filed in the data folder by itself
                .contains("filed sortie ");
        assertThat(dir.resolve("flight.tlog")).isNotEmptyFile();
    }
}
