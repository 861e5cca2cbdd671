package org.lifeline.groundstation.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.lifeline.groundstation.operator.OperatorFile;
import org.lifeline.groundstation.operator.OperatorFileException;
import org.lifeline.groundstation.operator.PasswordHash;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lifeline operator add NAME} and {@code lifeline operator list}: who may log in to the
 * dashboard. The password is typed at the console (twice) or read as the first line of standard
 * input; it is never an argument, so it stays out of shell histories and process lists.
 */
@Command(name = "operator", mixinStandardHelpOptions = true,
        description = "Manage the dashboard's operators (DIR/operators).",
        subcommands = {OperatorCommand.Add.class, OperatorCommand.ListOperators.class})
final class OperatorCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add an operator; the password is read from the console, or from the first line of standard input.")
    static final class Add implements Callable<Integer> {

        @Parameters(paramLabel = "NAME", description = "letters, digits, '.', '_' or '-' (at most 64)")
        String name;

        @Option(names = "--data", defaultValue = "lifeline-data", paramLabel = "DIR", description = "The ground station's data folder (default: ${DEFAULT-VALUE})")
        Path data;

        @Option(names = "--replace", description = "Set a new password for an existing operator")
        boolean replace;

        @Option(names = "--iterations", defaultValue = "" + PasswordHash.DEFAULT_ITERATIONS, paramLabel = "N", hidden = true,
                description = "PBKDF2 rounds (default: ${DEFAULT-VALUE})")
        int iterations;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (!OperatorFile.validName(name)) {
                err.println("error: operator name \"" + name + "\": expected 1 to 64 letters, digits, '.', '_' or '-'");
                return ExitCodes.BAD_INPUT;
            }
            if (iterations < PasswordHash.MIN_ITERATIONS) {
                err.println("error: --iterations: expected at least " + PasswordHash.MIN_ITERATIONS + ", got " + iterations);
                return ExitCodes.BAD_INPUT;
            }
            char[] password = null;
            try {
                password = readPassword(err);
                if (password == null) {
                    return ExitCodes.BAD_INPUT;
                }
                OperatorFile file = OperatorFile.in(data);
                file.add(name, password, iterations, replace);
                spec.commandLine().getOut().println((replace ? "set the password of operator " : "added operator ") + name + " to " + file.path());
                return ExitCodes.OK;
            } catch (OperatorFileException e) {
                err.println("error: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            } catch (IOException e) {
                err.println("error: " + data.resolve(OperatorFile.FILE_NAME) + ": " + e.getMessage());
                return ExitCodes.FAILED;
            } finally {
                if (password != null) {
                    Arrays.fill(password, '\0');
                }
            }
        }

        private char[] readPassword(PrintWriter err) throws IOException {
            Console console = System.console();
            if (console != null) {
                char[] first = console.readPassword("password for %s: ", name);
                char[] again = console.readPassword("again: ");
                if (first == null || again == null || !Arrays.equals(first, again)) {
                    err.println("error: the two passwords differ; nothing was changed");
                    return null;
                }
                Arrays.fill(again, '\0');
                return first;
            }
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                err.println("error: no password: type it at the console, or give it as the first line of standard input");
                return null;
            }
            return line.toCharArray();
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the operators' names.")
    static final class ListOperators implements Callable<Integer> {

        @Option(names = "--data", defaultValue = "lifeline-data", paramLabel = "DIR", description = "The ground station's data folder (default: ${DEFAULT-VALUE})")
        Path data;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try {
                OperatorFile.in(data).names().forEach(spec.commandLine().getOut()::println);
                return ExitCodes.OK;
            } catch (OperatorFileException e) {
                spec.commandLine().getErr().println("error: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            } catch (IOException e) {
                spec.commandLine().getErr().println("error: " + data.resolve(OperatorFile.FILE_NAME) + ": " + e.getMessage());
                return ExitCodes.FAILED;
            }
        }
    }
}
