package org.lifeline.groundstation.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lifeline} command: the root of every pilot, planner and maintainer command. */
@Command(name = "lifeline",
        mixinStandardHelpOptions = true,
        version = "lifeline 0.1.0",
        description = "Lifeline ground station: plan, upload and fly delivery missions.",
        subcommands = {
                CommandLine.HelpCommand.class,
                PlanCommand.class,
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
        CommandLine cl = new CommandLine(new LifelineCommand());
        cl.setExitCodeExceptionMapper(e -> ExitCodes.FAILED);
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println(ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return ExitCodes.BAD_INPUT;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
