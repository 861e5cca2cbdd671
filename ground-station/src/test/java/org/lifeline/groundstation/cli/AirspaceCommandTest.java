package org.lifeline.groundstation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.planning.mission.SampleAirspace;
import picocli.CommandLine;

class AirspaceCommandTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cl = LifelineCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static String county() {
        try {
            return Path.of(AirspaceCommandTest.class.getResource("/airspace/county.geojson").toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void checkListsEveryProblemAndExitsOneWhenTheFileIsUsableButNotClean() {
        Run r = run("airspace", "check", county());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out().lines()).hasSize(8);
        assertThat(r.out()).contains("features[11] (id \"dp-x\"): geometry: dp-x lies inside no-fly zone nf-hospital"
                + " (County People's Hospital)");
        assertThat(r.out().lines().reduce((a, b) -> b).orElseThrow()).isEqualTo("county.geojson: 7 problems;"
                + " launch sites and drop points left out: dp-dup, launch-far, dp-x, dp-yard, dp-listed-no;"
                + " usable: 4 no-fly zones, 2 quarantine zones, 2 launch sites, 4 drop points");
    }

    @Test
    void checkOfACleanFileSaysSoAndExitsZero() {
        Run r = run("airspace", "check", SampleAirspace.AIRSPACE.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("fugou-airspace.geojson: no problems (");
    }

    @Test
    void checkOfAFileThatIsNoAirspaceExitsTwo(@TempDir Path dir) throws Exception {
        Path notJson = Files.writeString(dir.resolve("area.geojson"), "{ not json");

        Run r = run("airspace", "check", notJson.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("area.geojson: line 1, column 3: not valid JSON")
                .endsWith("area.geojson: refused: it cannot be used as an airspace" + System.lineSeparator());
        assertThat(run("airspace", "check", dir.resolve("missing.geojson").toString()).exit()).isEqualTo(2);
    }

    @Test
    void planPrintsTheProblemsAsWarningsAndGoesOn(@TempDir Path dir) {
        Run r = run("plan", "--airspace", county(), "--from", "depot", "--to", "dp-east",
                "--vehicle", SampleAirspace.VEHICLE.toString(), "--out", dir.resolve("m.plan").toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err().lines()).hasSize(7).allSatisfy(l -> assertThat(l).startsWith("warning: county.geojson: features["));
        assertThat(dir.resolve("m.plan")).exists();
    }

    @Test
    void planNamingALeftOutDropPointIsRefusedWithItsReason(@TempDir Path dir) {
        Run r = run("plan", "--airspace", county(), "--from", "depot", "--to", "dp-x",
                "--vehicle", SampleAirspace.VEHICLE.toString(), "--out", dir.resolve("m.plan").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines().reduce((a, b) -> b).orElseThrow()).isEqualTo("drop point dp-x was left out of the airspace:"
                + " dp-x lies inside no-fly zone nf-hospital (County People's Hospital)");
        assertThat(dir.resolve("m.plan")).doesNotExist();
    }
}
