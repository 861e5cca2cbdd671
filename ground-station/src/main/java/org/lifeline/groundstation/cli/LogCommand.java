package org.lifeline.groundstation.cli;

import org.lifeline.groundstation.logs.export.CsvExport;
import org.lifeline.groundstation.logs.export.TrackExport;
import org.lifeline.groundstation.logs.report.Check;
import org.lifeline.groundstation.logs.report.FlightRecord;
import org.lifeline.groundstation.logs.report.HtmlReport;
import org.lifeline.groundstation.logs.report.JsonReport;
import org.lifeline.groundstation.logs.report.SortieAnalysis;
import org.lifeline.groundstation.logs.report.SortieInputs;
import org.lifeline.groundstation.logs.report.SortieReport;
import org.lifeline.groundstation.logs.report.SortieReports;
import org.lifeline.groundstation.logs.report.Thresholds;
import org.lifeline.plan.PlanFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Callable;

/** {@code lifeline log ...}: flight logs for maintainers (reports and exports of .tlog and .bin files). */
@Command(name = "log", description = "Flight logs (.tlog, DataFlash .bin): sortie reports, exports and the sortie archive.",
        mixinStandardHelpOptions = true, subcommands = {LogCommand.Report.class, LogCommand.Export.class, LogArchiveCommands.Import.class,
                LogArchiveCommands.ListSorties.class, LogArchiveCommands.Fleet.class, LogReplayCommand.class})
final class LogCommand {

    /** {@code lifeline log report LOG [--plan FILE] [--out DIR]}. */
    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "Write a sortie report (NAME.html, self-contained, and NAME.json) and print its checks.")
    static final class Report implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "LOG", description = "a .tlog or DataFlash .bin file")
        Path log;

        @Option(names = "--plan", paramLabel = "FILE", description = "the .plan or .waypoints flown (default: the mission recorded in the log)")
        Path plan;

        @Option(names = "--out", paramLabel = "DIR", defaultValue = ".", description = "where to write the report (default: current folder)")
        Path out;

        @Option(names = "--agent-release-us", paramLabel = "MICROS",
                description = "when the onboard agent reported the release, in the log's microseconds (overrides the log's own evidence)")
        Long agentRelease;

        @Option(names = "--events", paramLabel = "FILE",
                description = "the onboard agent's events during the sortie (JSON lines, as the sortie archive files them)")
        Path events;

        @Option(names = "--vehicle", paramLabel = "FILE", description = "the vehicle JSON the plan was made for: energy against the planner's prediction")
        Path vehicle;

        @Option(names = "--airspace", paramLabel = "FILE", description = "the airspace GeoJSON, drawn on the route map")
        Path airspace;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter o = spec.commandLine().getOut();
            if (!Files.isRegularFile(log)) {
                return error(spec, ExitCodes.BAD_INPUT, log + ": no such log file");
            }
            if (plan != null && !Files.isRegularFile(plan)) {
                return error(spec, ExitCodes.BAD_INPUT, "--plan " + plan + ": no such file");
            }
            for (var named : List.of(java.util.Map.entry("--events", java.util.Optional.ofNullable(events)),
                    java.util.Map.entry("--vehicle", java.util.Optional.ofNullable(vehicle)),
                    java.util.Map.entry("--airspace", java.util.Optional.ofNullable(airspace)))) {
                if (named.getValue().isPresent() && !Files.isRegularFile(named.getValue().get())) {
                    return error(spec, ExitCodes.BAD_INPUT, named.getKey() + " " + named.getValue().get() + ": no such file");
                }
            }
            SortieReport r;
            try {
                SortieInputs in = ReportInputs.read(plan, events, vehicle, airspace)
                        .withAgentRelease(agentRelease == null ? OptionalLong.empty() : OptionalLong.of(agentRelease));
                in.agentEvents().problems().forEach(p -> spec.commandLine().getErr().println("warning: " + p + " (line skipped)"));
                r = new SortieAnalysis(Thresholds.defaults()).analyse(SortieReports.readLog(log), in);
            } catch (PlanFileException | ReportInputs.BadInput e) {
                return error(spec, ExitCodes.BAD_INPUT, e.getMessage());
            } catch (IOException e) {
                return error(spec, ExitCodes.FAILED, log + ": cannot read: " + e.getMessage());
            }
            String base = stem(log);
            try {
                Files.createDirectories(out);
                Path html = out.resolve(base + ".html");
                Path json = out.resolve(base + ".json");
                writeAtomically(html, HtmlReport.render(r));
                writeAtomically(json, JsonReport.render(r));
                o.println("overall: " + r.overall());
                for (Check c : r.checks()) {
                    o.printf(Locale.ROOT, "%-15s %s: %s%n", c.status(), c.name(), c.value());
                }
                o.println("wrote " + html + " and " + json);
                return ExitCodes.OK;
            } catch (IOException e) {
                return error(spec, ExitCodes.FAILED, "cannot write the report in " + out + ": " + e.getMessage());
            }
        }
    }

    /** {@code lifeline log export LOG --format geojson|kml|gpx|csv [--type T,...] [--out FILE]}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Export the flown track (GeoJSON, KML, GPX) or message types as CSV (mavlogdump's columns).")
    static final class Export implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "LOG", description = "a .tlog or DataFlash .bin file")
        Path log;

        @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "geojson, kml, gpx or csv")
        String format;

        @Option(names = "--type", split = ",", paramLabel = "TYPE", description = "message types for csv (a .bin takes exactly one), e.g. GLOBAL_POSITION_INT")
        List<String> types;

        @Option(names = "--out", paramLabel = "FILE", description = "output file (default: standard output)")
        Path out;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            String f = format.toLowerCase(Locale.ROOT);
            if (!List.of("geojson", "kml", "gpx", "csv").contains(f)) {
                return error(spec, ExitCodes.BAD_INPUT, "--format: \"" + format + "\" is not one of geojson, kml, gpx, csv");
            }
            if (!Files.isRegularFile(log)) {
                return error(spec, ExitCodes.BAD_INPUT, log + ": no such log file");
            }
            boolean bin = log.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".bin");
            if (f.equals("csv") && (types == null || types.isEmpty() || (bin && types.size() != 1))) {
                return error(spec, ExitCodes.BAD_INPUT, "--type: csv needs " + (bin ? "exactly one message type for a .bin" : "one or more message types"));
            }
            try {
                String text;
                if (f.equals("csv")) {
                    java.io.StringWriter buffer = new java.io.StringWriter();
                    try (PrintWriter w = new PrintWriter(buffer)) {
                        if (bin) {
                            CsvExport.dataflash(log, types.get(0), w);
                        } else {
                            CsvExport.tlog(log, types, w);
                        }
                    }
                    text = buffer.toString();
                } else {
                    FlightRecord record = SortieReports.readLog(log);
                    text = switch (f) {
                        case "geojson" -> TrackExport.geoJson(record);
                        case "kml" -> TrackExport.kml(record);
                        default -> TrackExport.gpx(record);
                    };
                }
                if (out == null) {
                    spec.commandLine().getOut().print(text);
                    spec.commandLine().getOut().flush();
                } else {
                    writeAtomically(out, text);
                    spec.commandLine().getOut().println("wrote " + out);
                }
                return ExitCodes.OK;
            } catch (CsvExport.UnknownTypeException e) {
                return error(spec, ExitCodes.BAD_INPUT, "--type: " + e.getMessage());
            } catch (IOException e) {
                return error(spec, ExitCodes.FAILED, log + ": " + e.getMessage());
            }
        }
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Writes {@code text} to a temporary file beside {@code target} and moves it in place: never a half-written file. */
    static void writeAtomically(Path target, String text) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(text);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static int error(CommandLine.Model.CommandSpec spec, int code, String message) {
        spec.commandLine().getErr().println("error: " + message);
        return code;
    }

    private LogCommand() {
    }
}
