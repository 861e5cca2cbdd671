package org.lifeline.groundstation.logs.report;

import org.lifeline.groundstation.testing.HeadlessChromium;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML report opens in headless Chromium (Debian's chromium + chromium-driver, driven directly,
 * never a downloaded driver) with a clean console, and its screenshot is not blank. Skipped where
 * Chromium is missing, failed then when {@code LIFELINE_REQUIRE_INTEGRATION=1}.
 */
class HtmlReportBrowserTest {


    @TempDir
    Path tmp;

    @Test
    void theReportOpensOfflineWithACleanConsoleAndAVisibleScreenshot() throws Exception {
        HeadlessChromium.requireAvailable();
        Path bin = tmp.resolve("00000042.BIN");
        java.time.Instant start = java.time.Instant.parse("2026-12-01T10:00:00Z");
        long[] gps = DeliveryFixture.gpsTime(start);
        Files.write(bin, DeliveryFixture.bin(gps[0], gps[1]));
        // everything the report can show: plan with fence, energy prediction, airspace, agent events
        SortieInputs in = SortieInputs.of(Optional.of(FixturePlan.plan()), "fixture.plan")
                .withVehicle(Optional.of(FixturePlan.vehicle(200, 50, 20)))
                .withAirspace(Optional.of(new AirspaceLayer(java.util.List.of(
                        new AirspaceLayer.Area(AirspaceLayer.Kind.NO_FLY, "school", java.util.List.of(square(60, 100, 30))),
                        new AirspaceLayer.Area(AirspaceLayer.Kind.QUARANTINE, "ward", java.util.List.of(square(-60, 150, 20)))),
                        java.util.List.of(new AirspaceLayer.Marker("dp-1", new org.lifeline.plan.GeoPoint(
                                DeliveryFixture.lat(DeliveryFixture.LEG_NORTH), DeliveryFixture.lon(0), 0), 5)), 30)))
                .withAgentEvents(new AgentEvents(java.util.List.of(new org.lifeline.fleet.FleetEvent("e1", "drone-1", 1,
                        start.toEpochMilli() + DeliveryFixture.RELEASE_US / 1000, org.lifeline.fleet.EventType.RELEASED,
                        Optional.of("P-1"), "released <b>P-1</b>")), java.util.List.of(), java.util.List.of()));
        SortieReport r = new SortieAnalysis(Thresholds.defaults()).analyse(SortieReports.readLog(bin), in);
        Path html = tmp.resolve("report.html");
        String page = HtmlReport.render(r);
        Files.writeString(html, page);
        // one self-contained file: nothing to fetch, nothing to run
        assertThat(page).doesNotContain("<script").doesNotContain("src=").doesNotContain("href=").doesNotContain("url(")
                .contains("released &lt;b&gt;P-1&lt;/b&gt;");

        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        ChromeDriver driver = HeadlessChromium.open(Files.createDirectory(tmp.resolve("profile")), 1100, 1800, "en-GB,en",
                options -> options.setCapability("goog:loggingPrefs", logs));
        try {
            driver.get(html.toUri().toString());
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Sortie report");
            assertThat(driver.findElements(By.tagName("svg"))).hasSizeGreaterThan(5);
            // no-fly zone, its margin, quarantine zone and the plan's fence on the route map
            assertThat(driver.findElements(By.tagName("polygon"))).hasSizeGreaterThanOrEqualTo(4);
            assertThat(driver.findElement(By.xpath("//h2[text()='Onboard agent']/following-sibling::table[1]")).getText())
                    .contains("RELEASED").contains("P-1");
            List<LogEntry> console = driver.manage().logs().get(LogType.BROWSER).getAll();
            assertThat(console).as("browser console").isEmpty();
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < image.getHeight(); y += 4) {
                for (int x = 0; x < image.getWidth(); x += 4) {
                    colours.add(image.getRGB(x, y));
                }
            }
            assertThat(colours).as("distinct colours in the screenshot").hasSizeGreaterThan(20);
            String keep = System.getenv("LIFELINE_REPORT_SCREENSHOT");
            if (keep != null) {
                Files.write(new File(keep).toPath(), png);
            }
        } finally {
            driver.quit();
        }
    }

    /** A square {@code side} metres wide centred {@code east}, {@code north} of the fixture's home, closed. */
    private static java.util.List<org.lifeline.plan.GeoPoint> square(double east, double north, double side) {
        double h = side / 2;
        double[][] corners = {{-h, -h}, {h, -h}, {h, h}, {-h, h}, {-h, -h}};
        java.util.List<org.lifeline.plan.GeoPoint> ring = new java.util.ArrayList<>();
        for (double[] c : corners) {
            ring.add(new org.lifeline.plan.GeoPoint(DeliveryFixture.lat(north + c[1]), DeliveryFixture.lon(east + c[0]), 0));
        }
        return ring;
    }
}
