package org.lifeline.groundstation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A command the command line does not know is bad usage, never a silent success. */
class UnknownCommandTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cl = LifelineCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void anUnknownCommandWithHelpExitsTwoAndPrintsNoUsage() {
        Run r = run("nosuch", "--help");

        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("error: ").contains("'nosuch'").contains("lifeline --help");
    }

    @Test
    void anUnknownCommandWithoutHelpExitsTwo() {
        Run r = run("nosuch");

        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("'nosuch'");
    }

    @Test
    void aMisspeltCommandIsAnsweredWithTheNearestOne() {
        Run r = run("misison", "--help");

        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("Did you mean").contains("mission");
    }

    @Test
    void aMisspeltSubcommandIsAnsweredWithTheNearestOneOfItsGroup() {
        Run r = run("mission", "uplaod", "--help");

        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("'uplaod'").contains("lifeline mission --help")
                .contains("Did you mean").contains("upload");
    }

    @Test
    void aMisspeltSubcommandOfAnotherGroupIsAnErrorToo() {
        Run r = run("vehicle", "disarn");

        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("'disarn'").contains("vehicle disarm");
    }

    @Test
    void helpForAKnownCommandStillSucceeds() {
        Run r = run("mission", "--help");

        assertThat(r.exit()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("upload");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void theHelpCommandNamingAnUnknownCommandIsAnError() {
        Run r = run("help", "nosuch");

        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("nosuch");
    }
}
