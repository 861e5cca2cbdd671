package org.lifeline.groundstation.web;

import org.lifeline.groundstation.testing.HeadlessChromium;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.confirm.LabelContent;
import org.lifeline.groundstation.confirm.LabelDecoding;
import org.lifeline.groundstation.confirm.LabelFont;
import org.lifeline.groundstation.confirm.LabelImage;
import org.lifeline.groundstation.confirm.Labels;
import org.lifeline.groundstation.confirm.ParcelView;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The recipient's path with a real browser: the label PNG is decoded as a phone's camera would,
 * headless Chromium opens the URL with a Chinese phone's language, taps the button, and the
 * directory reads CONFIRMED. Screenshots go to target/browser-artefacts/.
 */
class BrowserConfirmationTest {

    @TempDir
    Path profile;

    @Test
    void aPhoneBrowserOpensTheUrlFromTheLabelTapsConfirmAndTheParcelIsConfirmed() throws Exception {
        HeadlessChromium.requireAvailable();
        Path artefacts = Path.of("target", "browser-artefacts");
        Files.createDirectories(artefacts);
        try (WebFixture web = new WebFixture(ClientRateLimiter.unlimited())) {
            ParcelView parcel = web.addReleased("P-0042", "dp-5");
            LabelContent label = new Labels(web.tokens, web.codes, web.base, Duration.ofDays(1), web.clock).forParcel(parcel);
            Path png = artefacts.resolve("label-P-0042.png");
            LabelImage.writePng(label, LabelFont.find(), png);
            String url = LabelDecoding.decode(png);

            ChromeDriver browser = HeadlessChromium.open(profile, 390, 844, "zh-CN,zh");
            try {
                browser.get(url);
                assertThat(browser.findElement(By.id("drop-point")).getText()).isEqualTo("5号楼东门");
                assertThat(browser.findElement(By.id("confirm")).getText()).isEqualTo("我已收到");
                save(browser.getScreenshotAs(OutputType.FILE), artefacts.resolve("confirm-page.png"));
                browser.findElement(By.id("confirm")).click();
                new WebDriverWait(browser, Duration.ofSeconds(15))
                        .until(ExpectedConditions.attributeToBe(By.id("result"), "data-outcome", "confirmed"));
                save(browser.getScreenshotAs(OutputType.FILE), artefacts.resolve("confirmed-page.png"));
                assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("谢谢，已确认收货");
            } finally {
                browser.quit();
            }
            assertThat(web.directory.find("P-0042").orElseThrow().confirmed()).isTrue();
            assertThat(web.directory.confirmations()).isEqualTo(1);
        }
    }

    private static void save(File shot, Path to) throws Exception {
        Files.copy(shot.toPath(), to, StandardCopyOption.REPLACE_EXISTING);
    }
}
