package org.lifeline.groundstation.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.airspace.AirspaceException;
import org.lifeline.groundstation.airspace.AirspaceProblem;
import org.lifeline.groundstation.airspace.AirspaceReader;
import org.lifeline.groundstation.airspace.LeftOut;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lifeline airspace check FILE}: the strict view of an airspace file. Planning goes on
 * past a bad feature (leaving it out, or keeping a bad zone closed); this lists every problem,
 * one per line, and exits non-zero if there is any, for operators who want a clean file.
 */
@Command(name = "airspace", mixinStandardHelpOptions = true,
        description = "Check airspace files.",
        subcommands = AirspaceCommand.Check.class)
public final class AirspaceCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Exit code of {@code airspace check} when the file is usable but has problems. */
    public static final int PROBLEMS = ExitCodes.FAILED;

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"List every problem of an airspace file, one per line.",
                    "Exit 0: no problem; 1: problems (planning would leave out or close the features named);"
                            + " 2: the file cannot be used at all (unreadable, not JSON, no usable operating area)."})
    static final class Check implements java.util.concurrent.Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "airspace GeoJSON file")
        Path file;

        @Option(names = "--repair", description = "repair invalid polygons (as the reader's repair option) instead of reporting them")
        boolean repair;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                Airspace a = AirspaceReader.read(file, new AirspaceReader.Options(repair));
                a.problems().forEach(p -> out.println(p));
                out.println(summary(a));
                return a.problems().isEmpty() ? ExitCodes.OK : PROBLEMS;
            } catch (AirspaceException e) {
                e.problems().forEach(p -> out.println(p));
                out.println(file.getFileName() + ": refused: it cannot be used as an airspace");
                return ExitCodes.BAD_INPUT;
            } catch (NoSuchFileException e) {
                err.println(file + ": no such airspace file");
                return ExitCodes.BAD_INPUT;
            } catch (IOException e) {
                err.println(file + ": cannot read: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            } finally {
                out.flush();
                err.flush();
            }
        }

        private String summary(Airspace a) {
            String counts = String.format(Locale.ROOT, "%d no-fly zones, %d quarantine zones, %d launch sites, %d drop points",
                    a.noFlyZones().size(), a.quarantineZones().size(), a.launchSites().size(), a.dropPoints().size());
            if (a.problems().isEmpty()) {
                return file.getFileName() + ": no problems (" + counts + ")";
            }
            List<String> ids = new ArrayList<>();
            a.leftOut().stream().map(LeftOut::id).distinct().forEach(ids::add);
            long n = a.problems().stream().map(AirspaceProblem::toString).count();
            return file.getFileName() + ": " + n + (n == 1 ? " problem" : " problems")
                    + (ids.isEmpty() ? "" : "; launch sites and drop points left out: " + String.join(", ", ids))
                    + "; usable: " + counts;
        }
    }
}
