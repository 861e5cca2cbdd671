package org.lifeline.groundstation.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;

import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.dispatch.store.StoreException;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/**
 * A command that works on the dispatch store: opens it, runs, closes it, and turns the
 * store's and the input files' failures into one line and an exit code.
 */
abstract class StoreCommand implements Callable<Integer> {

    @Mixin
    DispatchOptions where;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    final Clock clock;

    StoreCommand(CliEnvironment env) {
        this.clock = env.clock();
    }

    /** The command's work on an open store; returns the exit code. */
    abstract int run(DeliveryStore store, PrintWriter out, PrintWriter err) throws IntakeOptions.BadFile;

    /** Checked before the store is opened (input files): nothing is written when it fails. */
    void prepare() throws IntakeOptions.BadFile {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            prepare();
            try (DeliveryStore store = where.open(clock)) {
                return run(store, out, err);
            }
        } catch (IntakeOptions.BadFile e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (StoreException e) {
            err.println("error: dispatch store " + where.where() + ": " + e.getMessage());
            return ExitCodes.NO_LINK;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
