package org.lifeline.groundstation.cli;

import org.lifeline.groundstation.logs.archive.DeliverySource;
import org.lifeline.groundstation.logs.archive.FleetSummary;
import org.lifeline.groundstation.logs.archive.SortieArchive;
import org.lifeline.groundstation.logs.archive.SortieEntry;
import org.lifeline.plan.PlanFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code lifeline log import | list | fleet}: the sortie archive. */
final class LogArchiveCommands {

    private LogArchiveCommands() {
    }

    /** {@code lifeline log import LOG... --archive DIR [--plan FILE] [--events FILE] [--vehicle NAME]}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "File logs into the sortie archive, matched to a sortie by vehicle and time.")
    static final class Import implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "LOG", description = ".tlog or .bin files")
        List<Path> logs;

        @Option(names = "--archive", required = true, paramLabel = "DIR", description = "the archive folder (created if absent)")
        Path archive;

        @Option(names = "--plan", paramLabel = "FILE", description = "the plan flown, filed with the sortie")
        Path plan;

        @Option(names = "--events", paramLabel = "FILE", description = "the onboard agent's MQTT events of the sortie, filed with it")
        Path events;

        @Option(names = "--vehicle", paramLabel = "NAME", description = "the vehicle's name (default: sys<N> from the log)")
        String vehicle;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            for (Path p : logs) {
                if (!Files.isRegularFile(p)) {
                    return LogCommand.error(spec, ExitCodes.BAD_INPUT, p + ": no such log file");
                }
            }
            for (Path p : new Path[] {plan, events}) {
                if (p != null && !Files.isRegularFile(p)) {
                    return LogCommand.error(spec, ExitCodes.BAD_INPUT, p + ": no such file");
                }
            }
            SortieArchive a = new SortieArchive(archive, DeliverySource.none());
            PrintWriter out = spec.commandLine().getOut();
            try {
                for (Path log : logs) {
                    SortieEntry e = a.importLog(log, plan, events, vehicle);
                    out.println(log.getFileName() + " → sortie " + e.id() + " (" + e.vehicle() + ", " + e.outcome() + ")");
                }
                return ExitCodes.OK;
            } catch (PlanFileException e) {
                return LogCommand.error(spec, ExitCodes.BAD_INPUT, e.getMessage());
            } catch (IOException e) {
                return LogCommand.error(spec, ExitCodes.FAILED, e.getMessage());
            }
        }
    }

    /** {@code lifeline log list --archive DIR [--day D] [--vehicle V] [--outcome O]}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the archive's sorties per day, vehicle and outcome.")
    static final class ListSorties implements Callable<Integer> {

        @Option(names = "--archive", required = true, paramLabel = "DIR", description = "the archive folder")
        Path archive;

        @Option(names = "--day", paramLabel = "YYYY-MM-DD", description = "only this day")
        String day;

        @Option(names = "--vehicle", paramLabel = "NAME", description = "only this vehicle")
        String vehicle;

        @Option(names = "--outcome", paramLabel = "OUTCOME", description = "only PASS, WARN or FAIL")
        String outcome;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (outcome != null && !List.of("PASS", "WARN", "FAIL").contains(outcome.toUpperCase(Locale.ROOT))) {
                return LogCommand.error(spec, ExitCodes.BAD_INPUT, "--outcome: \"" + outcome + "\" is not one of PASS, WARN, FAIL");
            }
            try {
                PrintWriter out = spec.commandLine().getOut();
                out.printf("%-10s  %-12s  %-32s  %8s  %7s  %-5s  %s%n", "day", "vehicle", "sortie", "minutes", "km", "outcome", "drop error");
                for (SortieEntry e : new SortieArchive(archive, DeliverySource.none()).list()) {
                    if ((day != null && !e.day().equals(day)) || (vehicle != null && !e.vehicle().equals(vehicle))
                            || (outcome != null && !e.outcome().equalsIgnoreCase(outcome))) {
                        continue;
                    }
                    double minutes = java.time.Duration.between(java.time.Instant.parse(e.start()), java.time.Instant.parse(e.end())).toMillis() / 60_000.0;
                    out.printf(Locale.ROOT, "%-10s  %-12s  %-32s  %8.1f  %7.2f  %-7s  %s%n", e.day(), e.vehicle(), e.id(), minutes,
                            e.distanceMetres() / 1000, e.outcome(), e.dropErrorMetres() < 0 ? "—" : String.format(Locale.ROOT, "%.1f m", e.dropErrorMetres()));
                }
                return ExitCodes.OK;
            } catch (IOException e) {
                return LogCommand.error(spec, ExitCodes.FAILED, e.getMessage());
            }
        }
    }

    /** {@code lifeline log fleet --archive DIR --out DIR}: fleet-summary.html and fleet-summary.csv. */
    @Command(name = "fleet", mixinStandardHelpOptions = true, description = "Summarise the archive per day and vehicle (HTML and CSV).")
    static final class Fleet implements Callable<Integer> {

        @Option(names = "--archive", required = true, paramLabel = "DIR", description = "the archive folder")
        Path archive;

        @Option(names = "--out", defaultValue = ".", paramLabel = "DIR", description = "where to write fleet-summary.html and .csv")
        Path out;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try {
                List<FleetSummary.Row> rows = FleetSummary.rows(new SortieArchive(archive, DeliverySource.none()).list());
                Files.createDirectories(out);
                LogCommand.writeAtomically(out.resolve("fleet-summary.csv"), FleetSummary.csv(rows));
                LogCommand.writeAtomically(out.resolve("fleet-summary.html"), FleetSummary.html(rows));
                spec.commandLine().getOut().println(rows.size() + " rows (day × vehicle); wrote " + out.resolve("fleet-summary.html")
                        + " and " + out.resolve("fleet-summary.csv"));
                return ExitCodes.OK;
            } catch (IOException e) {
                return LogCommand.error(spec, ExitCodes.FAILED, e.getMessage());
            }
        }
    }
}
