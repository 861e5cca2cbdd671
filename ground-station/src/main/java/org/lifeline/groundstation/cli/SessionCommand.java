package org.lifeline.groundstation.cli;

import org.lifeline.groundstation.session.SessionException;
import org.lifeline.groundstation.session.SessionOptions;
import org.lifeline.groundstation.session.VehicleSession;
import org.lifeline.plan.PlanFileException;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.ZonedDateTime;
import java.util.concurrent.Callable;

/**
 * The shape of every command that talks to a vehicle: check the arguments and input files
 * (exit 2 before anything is sent), open a session (exit 3 when the link or the vehicle is not
 * there), run, and report one line. No stack trace reaches the pilot: anything unexpected is
 * one "error:" line and exit 1.
 */
abstract class SessionCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Spec
    CommandLine.Model.CommandSpec spec;

    final CliEnvironment env;

    SessionCommand(CliEnvironment env) {
        this.env = env;
    }

    /**
     * Checks arguments and reads input files before connecting; refuses with an
     * IllegalArgumentException or a PlanFileException whose message names the file and line.
     */
    void prepare() {
    }

    /** Does the work on an open session; returns an {@link ExitCodes} value. */
    abstract int run(VehicleSession session) throws Exception;

    @Override
    public final Integer call() {
        SessionOptions options;
        try {
            prepare();
            options = connection.toSessionOptions(ZonedDateTime.now(env.clock()));
        } catch (IllegalArgumentException | PlanFileException e) {
            return error(ExitCodes.BAD_INPUT, e.getMessage());
        }
        int code;
        try (VehicleSession session = env.opener().open(options, err()::println)) {
            session.tlog().ifPresent(p -> err().println("recording the link to " + p));
            code = run(session);
        } catch (SessionException e) {
            return error(e.noLink() ? ExitCodes.NO_LINK : ExitCodes.BAD_INPUT, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error(ExitCodes.FAILED, "interrupted");
        } catch (Exception e) {
            return error(ExitCodes.FAILED, describe(e));
        }
        return afterSession(code);
    }

    /** Runs once the session (and its tlog) is closed, with {@link #run}'s exit code; returns the command's. */
    int afterSession(int code) {
        return code;
    }

    int error(int code, String message) {
        err().println("error: " + message);
        err().flush();
        return code;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
