package org.lifeline.groundstation.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.fleet.CommandAck;
import org.lifeline.groundstation.actions.LinkCommands;
import org.lifeline.groundstation.actions.SortieFlightActions;
import org.lifeline.groundstation.dispatch.assign.RegisteredDrone;
import org.lifeline.groundstation.dispatch.flight.DropPlanChannel;
import org.lifeline.groundstation.dispatch.flight.FlightSettings;
import org.lifeline.groundstation.dispatch.flight.SortieFlight;
import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.groundstation.dispatch.store.ActionEntry;
import org.lifeline.groundstation.session.LinkSessionOpener;
import org.lifeline.groundstation.testing.HeadlessChromium;
import org.lifeline.simulator.cli.SimulatorCommand;
import org.lifeline.simulator.port.LinkPortOpener;
import org.lifeline.time.SystemScheduler;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pilot's actions with a real browser against the simulator: headless Chromium logs in,
 * sees the sortie's planned route, opens its preview (energy against the reserve, altitude
 * profile), cancels an upload in the confirmation dialog (nothing is sent), then confirms the
 * upload (the simulated ArduCopter on a TCP link takes mission, fence and rally, read back and
 * verified) and the start (armed, AUTO), then pauses it (GUIDED: no mission item is reached while it
 * holds), resumes it (AUTO: the mission goes on and reaches its next item), returns it to launch
 * and lands it, each confirmed over the drone's link; each result shows on the page and in
 * the action log, which the store keeps with the operator. The drop plans go to a channel that
 * answers as the agent would: the agent is another module. The intake form is filled wrongly
 * and rightly at 1366 and 390 px. Screenshots in target/browser-artefacts/.
 */
class BrowserActionsTest {

    @TempDir
    Path data;

    @TempDir
    Path profile;

    @Test
    void anOperatorPreviewsUploadsStartsPausesResumesReturnsAndLandsASortieThroughTheConfirmationDialog() throws Exception {
        HeadlessChromium.requireAvailable();
        Path artefacts = Path.of("target", "browser-artefacts");
        Files.createDirectories(artefacts);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        StringWriter simulatorLog = new StringWriter();
        int simPort = port;
        Thread simulator = new Thread(() -> {
            try (SystemScheduler wall = new SystemScheduler("simulator-links")) {
                SimulatorCommand.run(new LinkPortOpener(wall), new PrintWriter(simulatorLog, true), new PrintWriter(simulatorLog, true),
                        "--gcs", "tcpin://127.0.0.1:" + simPort, "--home", "34.0655,114.401,50", "--speedup", "5",
                        "--param", "GRIP_ENABLE=0", "--airframe", "delivery");
            }
        }, "simulator");
        simulator.setDaemon(true);
        simulator.start();
        try {
            awaitListening(port);
            String link = "tcp://127.0.0.1:" + port;
            DropPlanChannel agent = c -> CompletableFuture.completedFuture(
                    new CommandAck(c.commandId(), c.droneId(), System.currentTimeMillis(), CommandAck.Result.ACCEPTED, "")); // stored, in agreement with the mission
            var vehicle = vehicle();
            try (OperationsFixture web = new OperationsFixture(data, null, store -> {
                var drone = new RegisteredDrone(OperationsFixture.DRONE, vehicle, "launch-fire", Optional.of(link));
                var flight = new SortieFlight(store, agent, new LinkSessionOpener(), FlightSettings.DEFAULTS, store.clock());
                return LinkCommands.routing(new SortieFlightActions(flight, Map.of(drone.droneId(), drone), l -> l),
                        new LinkCommands(new LinkSessionOpener(), id -> Optional.of(link), Duration.ofSeconds(10)));
            }, 300)) {
                ChromeDriver browser = HeadlessChromium.open(profile, 1366, 900, "en-GB,en");
                try {
                    run(browser, web, artefacts, simulatorLog, link);
                } finally {
                    browser.quit();
                }
            }
        } finally {
            simulator.interrupt();
            simulator.join(10_000);
        }
    }

    private void run(ChromeDriver browser, OperationsFixture web, Path artefacts, StringWriter simulatorLog, String link) throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(web.base + "/login");
        browser.findElement(By.id("operator")).sendKeys(DashboardFixture.OPERATOR);
        browser.findElement(By.id("password")).sendKeys(DashboardFixture.PASSWORD);
        browser.findElement(By.id("login")).click();
        wait.until(b -> !b.findElements(By.cssSelector("[data-sortie='" + OperationsFixture.SORTIE + "']")).isEmpty());
        assertThat((Boolean) browser.executeScript("return !!window.lifeline.routes[arguments[0]];", OperationsFixture.SORTIE))
                .as("the planned route is on the map").isTrue();

        card(browser).findElement(By.cssSelector("[data-action='preview']")).click();
        wait.until(b -> b.findElement(By.id("preview")).isDisplayed());
        assertThat(browser.findElement(By.id("preview-energy")).getText()).contains("Wh", "left on landing", "above the reserve");
        assertThat(browser.findElements(By.cssSelector("#preview-profile polyline"))).hasSize(1);

        card(browser).findElement(By.cssSelector("[data-action='upload']")).click();
        WebElement dialog = wait.until(b -> b.findElement(By.id("confirm")).isDisplayed() ? b.findElement(By.id("confirm")) : null);
        assertThat(dialog.getText()).contains("Upload sortie " + OperationsFixture.SORTIE + " to " + OperationsFixture.DRONE + "?");
        save(browser, artefacts.resolve("actions-confirm-1366.png"));
        browser.findElement(By.id("confirm-no")).click();
        wait.until(b -> !b.findElement(By.id("confirm")).isDisplayed());
        assertThat(web.store.actions().recent(10)).as("a cancelled action is never sent nor logged").isEmpty();

        confirm(browser, wait, card(browser), "upload");
        String uploaded = awaitResult(browser, simulatorLog);
        assertThat(uploaded).startsWith("✔").contains("verified");
        assertThat(web.store.find(web.parcelId).orElseThrow().state()).isEqualTo(DeliveryState.UPLOADED);

        confirm(browser, wait, card(browser), "start");
        assertThat(awaitResult(browser, simulatorLog)).startsWith("✔").containsIgnoringCase("started");

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("control-drone"))).selectByValue(OperationsFixture.DRONE);
        browser.findElement(By.id("act-pause")).click();
        wait.until(b -> b.findElement(By.id("confirm")).isDisplayed());
        assertThat(browser.findElement(By.id("confirm-text")).getText()).isEqualTo("Pause drone-1 (hold position in GUIDED)?");
        browser.findElement(By.id("confirm-yes")).click();
        assertThat(awaitResult(browser, simulatorLog)).startsWith("✔").contains("mode GUIDED");
        assertThat(itemsReached(link, Duration.ofSeconds(2), false)).as("paused: no mission item is reached").isEmpty();

        browser.executeScript("document.getElementById('action-result').dataset.outcome = '';");
        browser.findElement(By.id("act-resume")).click();
        wait.until(b -> b.findElement(By.id("confirm")).isDisplayed());
        assertThat(browser.findElement(By.id("confirm-text")).getText()).isEqualTo("Resume drone-1's mission from its current item (AUTO)?");
        browser.findElement(By.id("confirm-yes")).click();
        assertThat(awaitResult(browser, simulatorLog)).startsWith("✔").contains("mission resumed: mode AUTO");
        assertThat(itemsReached(link, Duration.ofSeconds(60), true)).as("resumed: the mission reaches its next item").isNotEmpty();

        for (String[] act : new String[][] {{"rtl", "Return drone-1 to launch?", "return to launch: accepted"},
                {"land", "Land drone-1 where it is now?", "land: accepted"}}) {
            browser.executeScript("document.getElementById('action-result').dataset.outcome = '';");
            browser.findElement(By.id("act-" + act[0])).click();
            wait.until(b -> b.findElement(By.id("confirm")).isDisplayed());
            assertThat(browser.findElement(By.id("confirm-text")).getText()).isEqualTo(act[1]);
            browser.findElement(By.id("confirm-yes")).click();
            assertThat(awaitResult(browser, simulatorLog)).startsWith("✔").contains(act[2]);
        }

        wait.until(b -> b.findElements(By.cssSelector("#action-log li[data-outcome='SUCCEEDED']")).size() == 6);
        assertThat(browser.findElement(By.id("action-log")).getText()).contains(DashboardFixture.OPERATOR, "upload sortie", "start sortie", "pause",
                "resume drone-1's mission", "return drone-1 to launch", "land drone-1");
        browser.executeScript("document.getElementById('preview-legs').scrollIntoView()");
        save(browser, artefacts.resolve("actions-done-1366.png"));
        List<ActionEntry> log = web.store.actions().recent(20);
        assertThat(log).hasSize(12).allSatisfy(e -> assertThat(e.operator()).isEqualTo(DashboardFixture.OPERATOR));
        assertThat(log).filteredOn(e -> e.step() == 2).extracting(ActionEntry::action, ActionEntry::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("upload", ActionEntry.SUCCEEDED), org.assertj.core.groups.Tuple.tuple("start", ActionEntry.SUCCEEDED),
                org.assertj.core.groups.Tuple.tuple("pause", ActionEntry.SUCCEEDED), org.assertj.core.groups.Tuple.tuple("resume", ActionEntry.SUCCEEDED),
                org.assertj.core.groups.Tuple.tuple("rtl", ActionEntry.SUCCEEDED),
                org.assertj.core.groups.Tuple.tuple("land", ActionEntry.SUCCEEDED));

        intakeForm(browser, wait, web, artefacts, 1366, 900);
        intakeForm(browser, wait, web, artefacts, 390, 844);
    }

    /** Fills the intake form wrongly (problems next to their fields), then rightly (accepted), at a width. */
    private void intakeForm(ChromeDriver browser, WebDriverWait wait, OperationsFixture web, Path artefacts, int width, int height)
            throws Exception {
        browser.manage().window().setSize(new Dimension(width, height));
        browser.get(web.base + "/dashboard");
        WebElement box = wait.until(b -> b.findElement(By.id("intake-box")));
        box.findElement(By.tagName("summary")).click();
        wait.until(b -> b.findElements(By.cssSelector("#f-drop_point option")).size() > 1);
        browser.findElement(By.id("f-requester")).sendKeys("hotline");
        browser.findElement(By.id("f-recipient")).sendKeys("Bldg 7 #101");
        browser.findElement(By.id("f-phone")).sendKeys("call me");
        browser.findElement(By.id("f-items")).sendKeys("infant formula");
        browser.findElement(By.id("f-weight_g")).sendKeys("2600");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("f-drop_point"))).selectByValue("dp-jianshe-b3");
        browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("intake-submit")));
        browser.findElement(By.id("intake-submit")).click();
        WebElement phoneProblem = browser.findElement(By.cssSelector(".problem[data-for='phone']"));
        wait.until(b -> !phoneProblem.getText().isBlank());
        assertThat(browser.findElement(By.cssSelector(".problem[data-for='weight_g']")).getText()).contains("payload");
        assertThat(browser.findElement(By.id("intake-result")).getText()).isEqualTo("Refused: 2 problems, each under its field");
        assertThat(browser.findElement(By.id("f-phone")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(phoneProblem.getLocation().getY()).as("the problem sits under its field")
                .isGreaterThan(browser.findElement(By.id("f-phone")).getLocation().getY());
        assertThat((Boolean) browser.executeScript("return document.documentElement.scrollWidth > window.innerWidth;"))
                .as("no sideways scrolling at " + width + " px").isFalse();
        browser.executeScript("arguments[0].scrollIntoView()", phoneProblem);
        save(browser, artefacts.resolve("intake-problems-" + width + ".png"));
        browser.findElement(By.id("f-phone")).clear();
        browser.findElement(By.id("f-phone")).sendKeys("+86 138 0000 " + width);
        browser.findElement(By.id("f-weight_g")).clear();
        browser.findElement(By.id("f-weight_g")).sendKeys("900");
        browser.findElement(By.id("intake-submit")).click();
        WebElement result = browser.findElement(By.id("intake-result"));
        wait.until(b -> result.getAttribute("data-delivery-id") != null);
        assertThat(result.getText()).startsWith("Accepted: P-");
        assertThat(phoneProblem.getText()).isBlank();
        assertThat(web.store.find(result.getAttribute("data-delivery-id")).orElseThrow().state()).isEqualTo(DeliveryState.REQUESTED);
        save(browser, artefacts.resolve("intake-accepted-" + width + ".png"));
    }

    private static WebElement card(ChromeDriver browser) {
        return browser.findElement(By.cssSelector("[data-sortie='" + OperationsFixture.SORTIE + "']"));
    }

    private static void confirm(ChromeDriver browser, WebDriverWait wait, WebElement card, String action) {
        browser.executeScript("document.getElementById('action-result').dataset.outcome = '';");
        card.findElement(By.cssSelector("[data-action='" + action + "']")).click();
        wait.until(b -> b.findElement(By.id("confirm")).isDisplayed());
        browser.findElement(By.id("confirm-yes")).click();
    }

    private static String awaitResult(ChromeDriver browser, StringWriter simulatorLog) {
        WebElement out = browser.findElement(By.id("action-result"));
        new WebDriverWait(browser, Duration.ofSeconds(90)).withMessage(() -> out.getText() + "\n" + simulatorLog)
                .until(b -> {
                    String o = out.getAttribute("data-outcome");
                    return "success".equals(o) || "failure".equals(o);
                });
        return out.getText();
    }

    /**
     * The MISSION_ITEM_REACHED the vehicle sends (unasked, as ArduPilot does) on the drone's link
     * for {@code within}, or until the first one when {@code firstOnly}. The simulator's port
     * serves one client at a time, so the link is taken between two actions and given back.
     */
    private static List<Integer> itemsReached(String link, Duration within, boolean firstOnly) throws Exception {
        List<Integer> reached = new java.util.concurrent.CopyOnWriteArrayList<>();
        var options = new org.lifeline.groundstation.session.SessionOptions(link, 255, 190, java.util.OptionalInt.empty(), 1,
                Optional.empty(), Optional.empty(), Duration.ofSeconds(10));
        try (var session = new LinkSessionOpener().open(options, note -> { })) {
            session.channel().subscribe(m -> {
                if (m.systemId() == 1 && m.payload() instanceof io.dronefleet.mavlink.common.MissionItemReached r) {
                    reached.add(r.seq());
                }
            });
            org.lifeline.support.Await.until(() -> firstOnly && !reached.isEmpty(), within);
        }
        return reached;
    }

    private static org.lifeline.groundstation.planning.vehicle.VehicleProfile vehicle() throws Exception {
        return org.lifeline.groundstation.planning.vehicle.VehicleFileReader.read(
                org.lifeline.groundstation.planning.mission.SampleAirspace.VEHICLE);
    }

    private static void awaitListening(int port) {
        boolean listening = org.lifeline.support.Await.until(() -> {
            try (Socket probe = new Socket("127.0.0.1", port)) {
                return true;
            } catch (java.io.IOException notYet) {
                return false;
            }
        }, java.time.Duration.ofSeconds(20));
        if (!listening) {
            throw new AssertionError("the simulator is not listening on " + port + " after 20 s");
        }
    }

    private static void save(ChromeDriver browser, Path to) throws Exception {
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), to, StandardCopyOption.REPLACE_EXISTING);
    }
}
