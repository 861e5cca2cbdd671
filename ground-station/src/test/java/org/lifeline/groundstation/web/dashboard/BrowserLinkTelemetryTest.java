package org.lifeline.groundstation.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.actions.LinkCommands;
import org.lifeline.groundstation.linkwatch.LinkSample;
import org.lifeline.groundstation.linkwatch.LinkWatch;
import org.lifeline.groundstation.linkwatch.WatchSettings;
import org.lifeline.groundstation.session.LinkSessionOpener;
import org.lifeline.groundstation.session.SharedLinks;
import org.lifeline.groundstation.testing.HeadlessChromium;
import org.lifeline.groundstation.testing.SimulatorOnTcp;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A drone seen through its MAVLink link alone (no agent, no broker), with headless Chromium: the
 * map shows it from its link with the link's quality; an operator pauses it through the
 * confirmation dialog over the same link the map watches (our simulator, like SITL, serves one
 * TCP client at a time: an action that opened its own would take the port from the map), the
 * mode the link then reports is GUIDED (the pause hold); when the vehicle falls silent the page raises the
 * link-lost alarm. Screenshots in target/browser-artefacts/.
 */
class BrowserLinkTelemetryTest {

    @TempDir
    Path data;

    @TempDir
    Path profile;

    @Test
    void aDroneOnlyItsLinkReportsShowsOnTheMapKeepsItsLinkThroughAPauseAndRaisesTheAlarmWhenItFallsSilent() throws Exception {
        HeadlessChromium.requireAvailable();
        Path artefacts = Path.of("target", "browser-artefacts");
        Files.createDirectories(artefacts);
        LinkWatch[] watch = new LinkWatch[1];
        try (SimulatorOnTcp simulator = SimulatorOnTcp.start();
             SharedLinks links = new SharedLinks(new LinkSessionOpener());
             OperationsFixture web = new OperationsFixture(data, null,
                     store -> new LinkCommands(links, id -> Optional.of(simulator.link()), Duration.ofSeconds(10)), 250,
                     clock -> watch[0] = new LinkWatch(Map.of(OperationsFixture.DRONE, simulator.link()), links, clock,
                             new WatchSettings(Duration.ofSeconds(5), Duration.ofSeconds(3), Duration.ofMillis(500), Duration.ofMillis(250),
                                     Duration.ofMillis(100), 2)))) {
            watch[0].start();
            ChromeDriver browser = HeadlessChromium.open(profile, 1366, 900, "en-GB,en");
            try {
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
                browser.get(web.base + "/login");
                browser.findElement(By.id("operator")).sendKeys(DashboardFixture.OPERATOR);
                browser.findElement(By.id("password")).sendKeys(DashboardFixture.PASSWORD);
                browser.findElement(By.id("login")).click();
                By item = By.cssSelector("#drone-" + OperationsFixture.DRONE + "[data-source='link'][data-link='LIVE']");
                wait.until(b -> !b.findElements(item).isEmpty());
                wait.until(b -> b.findElement(item).getText().contains("link 100%"));
                assertThat(browser.findElement(item).getText()).contains("via link", "no agent heard", "alt ");
                assertThat(browser.findElements(By.cssSelector(".leaflet-marker-pane [data-drone='" + OperationsFixture.DRONE + "']")))
                        .as("its marker is on the map").hasSize(1);

                new Select(browser.findElement(By.id("control-drone"))).selectByValue(OperationsFixture.DRONE);
                browser.executeScript("document.getElementById('action-result').dataset.outcome = '';");
                browser.findElement(By.id("act-pause")).click();
                wait.until(b -> b.findElement(By.id("confirm")).isDisplayed());
                browser.findElement(By.id("confirm-yes")).click();
                WebElement result = browser.findElement(By.id("action-result"));
                new WebDriverWait(browser, Duration.ofSeconds(60)).withMessage(() -> result.getText() + "\n" + simulator.log())
                        .until(b -> "success".equals(result.getAttribute("data-outcome")) || "failure".equals(result.getAttribute("data-outcome")));
                assertThat(result.getText()).startsWith("✔").contains("GUIDED");
                wait.until(b -> b.findElement(item).getText().startsWith(OperationsFixture.DRONE + " — GUIDED"));
                assertThat(watch[0].sample(OperationsFixture.DRONE).orElseThrow().state())
                        .as("the action borrowed the map's link and gave it back").isEqualTo(LinkSample.State.LIVE);
                assertThat(links.open()).containsExactly(simulator.link());
                save(browser, artefacts.resolve("link-telemetry-1366.png"));
                browser.manage().window().setSize(new Dimension(390, 844));
                browser.executeScript("document.getElementById('drones').scrollIntoView()");
                save(browser, artefacts.resolve("link-telemetry-390.png"));

                simulator.close();
                web.clock.advance(Duration.ofSeconds(10));
                By alarm = By.cssSelector("#alarm-list li[data-kind='LINK_LOST'][data-subject='" + OperationsFixture.DRONE + "']");
                wait.until(b -> !b.findElements(alarm).isEmpty());
                assertThat(browser.findElement(alarm).getText()).startsWith("Link lost — drone-1: MAVLink link lost (no heartbeat for ");
                wait.until(b -> !b.findElements(By.cssSelector("#drone-" + OperationsFixture.DRONE + "[data-link='LOST']")).isEmpty());
                assertThat(browser.findElement(By.id("drone-" + OperationsFixture.DRONE)).getText()).contains("link lost (no heartbeat for");
            } finally {
                browser.quit();
                watch[0].close();
            }
        }
    }

    private static void save(ChromeDriver browser, Path to) throws Exception {
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), to, StandardCopyOption.REPLACE_EXISTING);
    }
}
