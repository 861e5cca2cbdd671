package org.lifeline.groundstation.logs.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The report's figures against a .bin fixture whose flight is known exactly ({@link DeliveryFixture}). */
class DropAccuracyTest {

    @TempDir
    Path tmp;

    private SortieReport report(OptionalLong agentRelease) throws Exception {
        Path bin = tmp.resolve("00000042.BIN");
        Files.write(bin, DeliveryFixture.bin());
        FlightRecord f = SortieReports.readLog(bin);
        return new SortieAnalysis(Thresholds.defaults()).analyse(f, Optional.empty(), "", agentRelease);
    }

    @Test
    void dropErrorHeightAndSpeedAreTheFixturesKnownValues() throws Exception {
        SortieReport r = report(OptionalLong.empty());
        assertThat(r.routeSource()).isEqualTo("mission recorded in the log");
        SortieReport.Drop d = r.drop().orElseThrow();
        assertThat(d.dropPoint().latitude()).isCloseTo(DeliveryFixture.lat(DeliveryFixture.LEG_NORTH), within(1e-7));
        assertThat(d.releaseMicros()).isEqualTo(DeliveryFixture.RELEASE_US);
        assertThat(d.errorMetres()).isCloseTo(3.0, within(0.05));
        assertThat(d.eastMetres()).isCloseTo(3.0, within(0.05));
        assertThat(d.northMetres()).isCloseTo(0.0, within(0.05));
        assertThat(d.release().altitude()).isCloseTo(12.0, within(0.01));
        assertThat(d.speed()).isCloseTo(0.4, within(0.001));
        assertThat(check(r, "Drop accuracy").status()).isEqualTo(Check.Status.PASS);
        assertThat(check(r, "Release height").status()).isEqualTo(Check.Status.PASS);
    }

    @Test
    void crossTrackErrorIsTheFixturesConstantOffset() throws Exception {
        SortieReport r = report(OptionalLong.empty());
        assertThat(r.crossTrack().samples()).isGreaterThan(200);
        assertThat(r.crossTrack().meanMetres()).isCloseTo(3.0, within(0.05));
        assertThat(r.crossTrack().p95Metres()).isCloseTo(3.0, within(0.05));
        assertThat(r.crossTrack().maxMetres()).isCloseTo(3.0, within(0.05));
    }

    @Test
    void anAgentReleaseEventTakesPrecedenceOverTheAutopilotsMessage() throws Exception {
        long earlier = DeliveryFixture.RELEASE_US - 30_000_000L; // still flying the leg
        SortieReport r = report(OptionalLong.of(earlier));
        SortieReport.Drop d = r.drop().orElseThrow();
        assertThat(d.releaseSource()).isEqualTo("onboard agent event");
        assertThat(d.errorMetres()).isGreaterThan(10);
        assertThat(check(r, "Drop accuracy").status()).isEqualTo(Check.Status.FAIL);
    }

    @Test
    void binHealthFiguresReachTheChecks() throws Exception {
        SortieReport r = report(OptionalLong.empty());
        assertThat(check(r, "Vibration (highest axis)").value()).isEqualTo("22.0 m/s²");
        assertThat(check(r, "EKF variance (highest)").value()).isEqualTo("0.12");
        assertThat(check(r, "GPS HDOP (worst with a 3-D fix)").value()).isEqualTo("0.80");
        assertThat(check(r, "Telemetry loss (worst component)").status()).isEqualTo(Check.Status.NOT_APPLICABLE);
        assertThat(r.flight().modes()).extracting(FlightRecord.ModeChange::mode).containsExactly("AUTO", "RTL");
    }

    private static Check check(SortieReport r, String name) {
        return r.checks().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
