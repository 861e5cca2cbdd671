package org.lifeline.groundstation.web.dashboard;

import org.lifeline.groundstation.testing.HeadlessChromium;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.fleet.Channel;
import org.lifeline.fleet.DroneStatus;
import org.lifeline.fleet.FleetJson;
import org.lifeline.fleet.FleetTopics;
import org.lifeline.fleet.Telemetry;
import org.lifeline.fleet.mqtt.FleetConnection;
import org.lifeline.fleet.mqtt.MqttSettings;
import org.lifeline.groundstation.broker.EmbeddedBroker;
import org.lifeline.groundstation.fleet.FleetBus;
import org.lifeline.time.SystemScheduler;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The operator's path with a real browser: headless Chromium logs in, sees the airspace layers
 * drawn from our own GeoJSON (no tiles, no internet), sees a drone appear and move when its
 * telemetry arrives through an MQTT broker exactly as an onboard agent sends it, and sees the
 * delivery on the board with its history; at a laptop's width and a phone's. Screenshots go to
 * target/browser-artefacts/.
 */
class BrowserDashboardTest {


    @TempDir
    Path data;

    @TempDir
    Path profile;

    @Test
    void anOperatorLogsInSeesTheAirspaceADroneMovingAndTheBoardOnALaptopAndAPhone() throws Exception {
        HeadlessChromium.requireAvailable();
        Path artefacts = Path.of("target", "browser-artefacts");
        Files.createDirectories(artefacts);
        try (EmbeddedBroker broker = EmbeddedBroker.startOnLoopback();
             SystemScheduler clock = new SystemScheduler("test-fleet-clock");
             FleetBus fleet = new FleetBus(MqttSettings.plain(broker.uri(), "test-ground", true), clock, 5_000);
             FleetConnection agent = new FleetConnection(MqttSettings.plain(broker.uri(), "test-agent-d1", true))) {
            fleet.start();
            agent.connect();
            try (DashboardFixture web = new DashboardFixture(data, fleet, 500)) {
                ChromeDriver browser = browser(profile);
                try {
                    browser.manage().window().setSize(new Dimension(1366, 800));
                    browser.get(web.base + "/dashboard");
                    assertThat(browser.getCurrentUrl()).endsWith("/login");
                    browser.findElement(By.id("operator")).sendKeys(DashboardFixture.OPERATOR);
                    browser.findElement(By.id("password")).sendKeys(DashboardFixture.PASSWORD);
                    browser.findElement(By.id("login")).click();
                    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
                    wait.until(b -> "drawn".equals(b.findElement(By.tagName("body")).getAttribute("data-airspace")));
                    @SuppressWarnings("unchecked")
                    Map<String, Object> layers = (Map<String, Object>) browser.executeScript("return window.lifeline.layers;");
                    assertThat(layers).containsKeys("operating-area", "no-fly", "no-fly-margin", "launch-site", "drop-point")
                            .anySatisfy((k, v) -> assertThat(k).startsWith("quarantine-"));
                    assertThat(browser.findElements(By.cssSelector("path.leaflet-interactive"))).hasSizeGreaterThan(4);

                    publish(agent, "d1", 34.0600, 114.3900, 90);
                    WebElement marker = wait.until(b -> b.findElements(By.cssSelector("[data-drone='d1']")).stream().findFirst().orElse(null));
                    String before = marker.getCssValue("transform");
                    assertThat(browser.findElement(By.id("drone-d1")).getText()).contains("AUTO", "battery 81%");
                    publish(agent, "d1", 34.0700, 114.4100, 180);
                    wait.until(b -> !b.findElement(By.cssSelector("[data-drone='d1']")).getCssValue("transform").equals(before));
                    assertThat((Double) browser.executeScript("return window.lifeline.drones.d1.lat;")).isEqualTo(34.07);

                    WebElement delivery = wait.until(b -> b.findElements(By.cssSelector("[data-delivery='" + web.deliveryId + "']"))
                            .stream().findFirst().orElse(null));
                    assertThat(delivery.findElement(By.xpath("ancestor::section")).getAttribute("data-state")).isEqualTo("REQUESTED");
                    delivery.click();
                    wait.until(b -> b.findElement(By.id("history")).isDisplayed());
                    assertThat(browser.findElement(By.id("history-list")).getText()).contains("Requested");
                    assertThat(browser.findElement(By.id("alarms")).isDisplayed()).as("no alarm while all is well").isFalse();
                    publish(agent, "d1", 34.0710, 114.4110, 180, 19);
                    wait.until(b -> !b.findElements(By.cssSelector("#alarm-list li[data-kind='BATTERY_LOW'][data-subject='d1']")).isEmpty());
                    assertThat(browser.findElement(By.id("alarms")).getText()).contains("Battery below reserve", "19 %");
                    assertThat(browser.getTitle()).startsWith("(1)");
                    save(browser, artefacts.resolve("dashboard-1366.png"));
                    assertThat(horizontalOverflow(browser)).isFalse();

                    browser.manage().window().setSize(new Dimension(390, 844));
                    wait.until(b -> b.findElement(By.id("map")).getSize().getWidth() <= 390);
                    assertThat(horizontalOverflow(browser)).as("no sideways scrolling on a phone").isFalse();
                    assertThat(browser.findElement(By.id("map")).getSize().getHeight()).isGreaterThan(300);
                    assertThat(browser.findElement(By.cssSelector("[data-delivery='" + web.deliveryId + "']")).getLocation().getY())
                            .as("the board comes below the map").isGreaterThan(browser.findElement(By.id("map")).getSize().getHeight());
                    save(browser, artefacts.resolve("dashboard-390.png"));
                } finally {
                    browser.quit();
                }
            }
        }
    }

    private static void publish(FleetConnection agent, String drone, double lat, double lon, double heading) throws Exception {
        publish(agent, drone, lat, lon, heading, 81);
    }

    private static void publish(FleetConnection agent, String drone, double lat, double lon, double heading, double battery) throws Exception {
        agent.publish(FleetTopics.topic(drone, Channel.STATUS),
                FleetJson.encode(new DroneStatus(drone, DroneStatus.State.ONLINE, System.currentTimeMillis(), "test")), 1, true);
        agent.publish(FleetTopics.topic(drone, Channel.TELEMETRY), FleetJson.encode(new Telemetry(drone, System.currentTimeMillis(),
                lat, lon, 60, 120, 12.5, heading, battery, 15.9, 3, 14, "AUTO", true, 4)), 0, false);
    }

    private static boolean horizontalOverflow(ChromeDriver browser) {
        return (Boolean) browser.executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
    }

    static ChromeDriver browser(Path profile) {
        return HeadlessChromium.open(profile, 1366, 800, "en-GB,en");
    }

    private static void save(ChromeDriver browser, Path to) throws Exception {
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), to, StandardCopyOption.REPLACE_EXISTING);
    }
}
