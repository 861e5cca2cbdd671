package org.lifeline.groundstation.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.testing.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Replaying a filed sortie (the real SITL delivery, filed by the archive's filer) in headless
 * Chromium: the operator opens it from the list, sees the planned route, the track, the release
 * and the drop point, moves the slider with the keyboard and sees the drone marker and the
 * readout move, then plays it at ×50; at a laptop's width and a phone's. Screenshots go to
 * target/browser-artefacts/.
 */
class BrowserReplayTest {

    @TempDir
    Path data;

    @TempDir
    Path profile;

    @Test
    void anOperatorOpensAFiledSortieMovesTheSliderAndSeesTheDroneMoveOnALaptopAndAPhone() throws Exception {
        HeadlessChromium.requireAvailable();
        Path artefacts = Files.createDirectories(Path.of("target", "browser-artefacts"));
        try (ReplayFixture web = new ReplayFixture(data)) {
            ChromeDriver browser = HeadlessChromium.open(profile, 1366, 800, "en-GB,en");
            try {
                for (int width : new int[] {1366, 390}) {
                    browser.manage().window().setSize(new Dimension(width, width == 390 ? 844 : 800));
                    browser.get(web.base + "/dashboard");
                    if (browser.getCurrentUrl().endsWith("/login")) {
                        browser.findElement(By.id("operator")).sendKeys(DashboardFixture.OPERATOR);
                        browser.findElement(By.id("password")).sendKeys(DashboardFixture.PASSWORD);
                        browser.findElement(By.id("login")).click();
                    }
                    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
                    WebElement filed = wait.until(b -> b.findElements(By.cssSelector("button[data-sortie='" + web.filed.id() + "']"))
                            .stream().findFirst().orElse(null));
                    assertThat(filed.getText()).contains("drone-1", web.filed.outcome());
                    scrollTo(browser, filed);
                    filed.click();
                    wait.until(b -> "0".equals(b.findElement(By.id("replay")).getAttribute("data-cursor")));
                    assertThat(browser.findElements(By.cssSelector("path.replay-route"))).as("the planned route").hasSize(1);
                    WebElement marker = browser.findElement(By.cssSelector("path.replay-marker"));
                    String before = marker.getAttribute("d");
                    String readout = browser.findElement(By.id("replay-readout")).getText();
                    assertThat(readout).contains("alt", "m/s", "V");
                    assertThat(browser.findElement(By.id("replay-report")).getAttribute("href"))
                            .endsWith("/archive/" + web.filed.id() + "/report.html");

                    WebElement slider = browser.findElement(By.id("replay-slider"));
                    scrollTo(browser, slider);
                    // a click at three quarters of the slider's width, then the arrow keys, as a pilot would
                    int w = slider.getSize().getWidth();
                    new org.openqa.selenium.interactions.Actions(browser).moveToElement(slider, w / 4, 0).click()
                            .sendKeys(Keys.ARROW_LEFT, Keys.ARROW_LEFT).perform();
                    wait.until(b -> !"0".equals(b.findElement(By.id("replay")).getAttribute("data-cursor")));
                    long cursor = Long.parseLong(browser.findElement(By.id("replay")).getAttribute("data-cursor"));
                    long last = Long.parseLong(slider.getAttribute("max"));
                    assertThat(cursor).isBetween(last / 2, last - 2);
                    assertThat(Long.parseLong(slider.getAttribute("value"))).isEqualTo(cursor);
                    wait.until(b -> !b.findElement(By.cssSelector("path.replay-marker")).getAttribute("d").equals(before));
                    assertThat(browser.findElement(By.id("replay-readout")).getText()).isNotEqualTo(readout);
                    save(browser, artefacts.resolve("replay-" + width + ".png"));

                    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("replay-speed"))).selectByValue("50");
                    new org.openqa.selenium.interactions.Actions(browser).moveToElement(slider).click().sendKeys(Keys.HOME).perform();
                    wait.until(b -> "0".equals(b.findElement(By.id("replay")).getAttribute("data-cursor")));
                    browser.findElement(By.id("replay-play")).click();
                    wait.until(b -> Long.parseLong(b.findElement(By.id("replay")).getAttribute("data-cursor")) > 5);
                    browser.findElement(By.id("replay-play")).click();
                    assertThat((Boolean) browser.executeScript("return window.lifeline.replay.playing;")).isFalse();
                    assertThat((Boolean) browser.executeScript("return document.documentElement.scrollWidth > window.innerWidth;"))
                            .as("no sideways scrolling").isFalse();
                }
            } finally {
                browser.quit();
            }
        }
    }

    private static void scrollTo(ChromeDriver browser, WebElement e) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
    }

    private static void save(ChromeDriver browser, Path to) throws Exception {
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), to, StandardCopyOption.REPLACE_EXISTING);
    }
}
