package org.lifeline.groundstation.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.OptionalLong;

import org.lifeline.groundstation.logs.report.Check;
import org.lifeline.groundstation.logs.report.HtmlReport;
import org.lifeline.groundstation.logs.report.JsonReport;
import org.lifeline.groundstation.logs.report.SortieReport;
import org.lifeline.groundstation.logs.report.SortieReports;
import org.lifeline.groundstation.logs.report.Thresholds;
import org.lifeline.plan.PlanFileException;

/** {@code lifeline log report}'s machinery for one sortie: its tlog and its plan to an HTML and a JSON report. */
final class SortieReportWriter {

    /** The report written, and its overall verdict with the checks that did not pass. */
    record Written(Path html, Path json, String overall) {
    }

    private SortieReportWriter() {
    }

    /**
     * Writes {@code DIR/SORTIE.html} and {@code DIR/SORTIE.json}.
     *
     * @param agentReleaseMicros when the agent reported the (first) release, in the log's microseconds
     *
     * @throws IOException when the log cannot be read or the report cannot be written
     */
    static Written write(String sortieId, Path tlog, Path plan, OptionalLong agentReleaseMicros, Path dir) throws IOException {
        SortieReport r;
        try {
            r = SortieReports.report(tlog, plan, Thresholds.defaults(), agentReleaseMicros);
        } catch (PlanFileException e) {
            throw new IOException(plan + ": " + e.getMessage(), e);
        }
        Files.createDirectories(dir);
        Path html = dir.resolve(sortieId + ".html");
        Path json = dir.resolve(sortieId + ".json");
        writeAtomically(html, HtmlReport.render(r));
        writeAtomically(json, JsonReport.render(r));
        List<String> flagged = r.checks().stream().filter(c -> c.status() != Check.Status.PASS && c.status() != Check.Status.NOT_APPLICABLE)
                .map(c -> c.name() + " " + c.status()).toList();
        return new Written(html, json, r.overall() + (flagged.isEmpty() ? "" : " (" + String.join("; ", flagged) + ")"));
    }

    private static void writeAtomically(Path target, String text) throws IOException {
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
