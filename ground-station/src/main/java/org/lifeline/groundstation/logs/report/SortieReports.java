package org.lifeline.groundstation.logs.report;

import org.lifeline.plan.FlightPlan;
import org.lifeline.plan.PlanFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/** One entry point: a log file (and optionally its plan) to a report. */
public final class SortieReports {

    private SortieReports() {
    }

    /** Reads a log by its extension: {@code .bin} (any case) as DataFlash, anything else as a tlog. */
    public static FlightRecord readLog(Path log) throws IOException {
        String name = log.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".bin") ? DataflashFlight.read(log) : TlogFlight.read(log);
    }

    /**
     * @param plan a {@code .plan} or {@code .waypoints} file, or null to use the log's own mission
     * @throws org.lifeline.plan.PlanFileException when the plan cannot be read
     */
    public static SortieReport report(Path log, Path plan, Thresholds limits, OptionalLong agentRelease) throws IOException {
        Optional<FlightPlan> p = plan == null ? Optional.empty() : Optional.of(PlanFiles.read(plan));
        return new SortieAnalysis(limits).analyse(readLog(log), p, plan == null ? "" : plan.getFileName().toString(), agentRelease);
    }
}
