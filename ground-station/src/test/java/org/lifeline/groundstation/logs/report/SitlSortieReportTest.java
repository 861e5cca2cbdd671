package org.lifeline.groundstation.logs.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.logs.SharedLogs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The report of the SITL delivery flight that pymavlink recorded (shared/data/README.md). */
class SitlSortieReportTest {

    @TempDir
    Path tmp;

    @Test
    void theSitlDeliveryReleasedOverTheDropPointAt12MetresAndFollowedThePlannedLegs() throws Exception {
        Path log = SharedLogs.require("sitl-delivery.tlog");
        Path plan = SharedLogs.require("sitl-delivery.waypoints");
        SortieReport r = SortieReports.report(log, plan, Thresholds.defaults(), OptionalLong.empty());

        SortieReport.Drop drop = r.drop().orElseThrow();
        assertThat(drop.releaseSource()).contains("Gripper load released");
        assertThat(drop.dropPoint().latitude()).isEqualTo(34.06895);
        assertThat(drop.errorMetres()).isLessThan(2.0);
        assertThat(drop.release().altitude()).isBetween(11.0, 13.0);
        assertThat(drop.speed()).isLessThan(1.0);
        assertThat(r.crossTrack().samples()).isGreaterThan(100);
        assertThat(r.crossTrack().p95Metres()).isLessThan(5.0);
        assertThat(r.flight().modes()).extracting(FlightRecord.ModeChange::mode).containsExactly("GUIDED", "AUTO");
        assertThat(r.flight().links()).isNotEmpty();
        assertThat(r.checks()).extracting(Check::name).contains("Drop accuracy", "Cross-track error (95th percentile)");

        Path html = tmp.resolve("report.html");
        Files.writeString(html, HtmlReport.render(r));
        Files.writeString(tmp.resolve("report.json"), JsonReport.render(r));
        assertThat(Files.readString(html)).contains("<svg").doesNotContain("<script").doesNotContain("http://", "https://");
        if (System.getenv("LIFELINE_KEEP_REPORT") != null) {
            Files.copy(html, Path.of(System.getenv("LIFELINE_KEEP_REPORT")), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
