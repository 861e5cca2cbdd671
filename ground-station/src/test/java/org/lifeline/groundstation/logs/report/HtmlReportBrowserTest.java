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
import java.util.OptionalLong;
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
        Files.write(bin, DeliveryFixture.bin());
        SortieReport r = new SortieAnalysis(Thresholds.defaults()).analyse(SortieReports.readLog(bin), Optional.empty(), "", OptionalLong.empty());
        Path html = tmp.resolve("report.html");
        Files.writeString(html, HtmlReport.render(r));

        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        ChromeDriver driver = HeadlessChromium.open(Files.createDirectory(tmp.resolve("profile")), 1100, 1800, "en-GB,en",
                options -> options.setCapability("goog:loggingPrefs", logs));
        try {
            driver.get(html.toUri().toString());
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Sortie report");
            assertThat(driver.findElements(By.tagName("svg"))).hasSizeGreaterThan(5);
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
}
