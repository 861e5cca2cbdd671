package org.lifeline.groundstation.cli;

import org.lifeline.groundstation.session.LinkSessionOpener;
import org.lifeline.groundstation.session.SessionOpener;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.time.Clock;

/** The {@code lifeline} command: the root of every pilot, planner and maintainer command. */
@Command(name = "lifeline",
        mixinStandardHelpOptions = true,
        version = "lifeline 0.1.0",
        description = "Lifeline ground station: plan, upload and fly delivery missions.",
        subcommands = {
                CommandLine.HelpCommand.class,
                LinkCommand.class,
                MissionCommand.class,
                PlanCommand.class,
                VehicleCommand.class,
                FleetCommand.class,
                BrokerCommand.class,
                AirspaceCommand.class,
                LogCommand.class,
                RequestCommand.class,
                DispatchCommand.class,
                ServeCommand.class,
                LabelsCommand.class,
                OperatorCommand.class,
                DemoCommand.class,
        })
public final class LifelineCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Builds the command line with the exit-code conventions of {@link ExitCodes}. */
    public static CommandLine commandLine() {
        return commandLine(new LinkSessionOpener(), Clock.systemUTC());
    }

    /**
     * The command line with another way of opening vehicle sessions (tests: an in-process
     * vehicle) and another wall clock (names of tlog files).
     */
    public static CommandLine commandLine(SessionOpener opener, Clock clock) {
        CommandLine cl = new CommandLine(new LifelineCommand(), new CliEnvironment(opener, clock).factory());
        cl.setExitCodeExceptionMapper(e -> ExitCodes.FAILED);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + SessionCommand.describe(ex));
            return ExitCodes.FAILED;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            // one line, as for every other error; the usage is one --help away
            CommandLine where = ex.getCommandLine();
            where.getErr().println("error: " + ex.getMessage() + " (see '"
                    + where.getCommandSpec().qualifiedName() + " --help')");
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, where.getErr());
            return ExitCodes.BAD_INPUT;
        });
        CommandLine.IExecutionStrategy runLast = new CommandLine.RunLast();
        cl.setExecutionStrategy(parseResult -> {
            rejectUnmatched(parseResult);
            return runLast.execute(parseResult);
        });
        return cl;
    }

    /**
     * picocli lets arguments it did not recognise pass silently when a help option is among them
     * ({@code lifeline nosuch --help} would print the top-level usage and succeed); a word the
     * command line does not know is bad usage wherever it stands.
     */
    private static void rejectUnmatched(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult level = parseResult; level != null; level = level.subcommand()) {
            if (!level.unmatched().isEmpty()) {
                throw new CommandLine.UnmatchedArgumentException(level.commandSpec().commandLine(), level.unmatched());
            }
        }
    }

    public static void main(String[] args) {
        // results go to stdout: keep library logging on stderr and quiet, unless configured otherwise
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "org/lifeline/groundstation/cli/logback-cli.xml");
        }
        System.exit(commandLine().execute(args));
    }
}
