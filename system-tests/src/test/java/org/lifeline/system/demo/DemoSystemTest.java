package org.lifeline.system.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.groundstation.dispatch.state.Lifecycle;
import org.lifeline.groundstation.dispatch.state.Transition;
import org.lifeline.groundstation.dispatch.store.Delivery;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.logs.archive.DeliverySource;
import org.lifeline.groundstation.logs.archive.SortieArchive;
import org.lifeline.groundstation.logs.archive.SortieEntry;
import org.lifeline.groundstation.logs.archive.SortieFiler;
import org.lifeline.groundstation.testing.HeadlessChromium;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * {@code lifeline demo} as a user runs it, in its own process, with no {@code mosquitto} on
 * the PATH: the embedded broker, three simulators and three agents as separate processes, the
 * scenario flown and confirmed through the confirmation page, each sortie filed in the archive.
 * One run serves the first four tests (a headless Chromium watches its dashboard meanwhile, where
 * Chromium is installed); the last starts a second run and stops it as Ctrl-C does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoSystemTest {

    private static final Duration LIMIT = Duration.ofMinutes(6);
    private static final Pattern DASHBOARD = Pattern.compile("dashboard: (\\S+)\\s+\\(log in as 'demo', password (\\S+)\\)");

    @TempDir
    static Path work;

    private DemoProcess demo;
    private boolean exited;
    private DashboardWatch.Seen seen;
    private Exception browserFailure;

    @BeforeAll
    void runTheDemoOnceWhileAnOperatorWatches() throws Exception {
        boolean chromium = Files.isExecutable(HeadlessChromium.CHROMIUM) && Files.isExecutable(HeadlessChromium.CHROMEDRIVER);
        ChromeDriver browser = null;
        if (chromium) {
            try {
                browser = HeadlessChromium.open(work.resolve("profile"), 1366, 800, "en-GB,en");
            } catch (RuntimeException e) { // the browser's own test reports it; the demo's tests go on
                browserFailure = e;
            }
        }
        try {
            demo = DemoProcess.start(work, work.resolve("demo-out"), "--port", "0", "--recipient-delay", "4");
            String line = demo.awaitLine(l -> l.contains("dashboard: "), Duration.ofSeconds(120))
                    .orElseGet(() -> fail("the demo printed no dashboard line:\n" + demo.output()));
            Matcher m = DASHBOARD.matcher(line);
            assertThat(m.find()).as(line).isTrue();
            if (browser != null) {
                try {
                    seen = DashboardWatch.watch(browser, m.group(1), m.group(2), demo, Path.of("target", "browser-artefacts"), LIMIT);
                } catch (Exception e) {
                    browserFailure = e;
                }
            }
        } finally {
            if (browser != null) {
                browser.quit();
            }
        }
        exited = demo.awaitExit(LIMIT);
        System.out.println("the demo ran from " + demo.how + ":\n" + demo.output());
    }

    @AfterAll
    void stopWhatIsLeft() {
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    void everyDeliveryOfTheScenarioEndsConfirmedInTheStoreWithItsWholeHistory() {
        assertThat(exited).as("the demo ended within %s (it ran %s):%n%s", LIMIT, demo.how, demo.output()).isTrue();
        assertThat(demo.exitValue()).as(demo.output()).isZero();
        assertThat(demo.output()).contains("fleet bus: embedded MQTT broker", "3 deliveries, 3 confirmed");
        try (DeliveryStore store = DeliveryStore.openSqlite(work.resolve("demo-out").resolve("data"), Clock.systemUTC())) {
            List<Delivery> all = store.list(EnumSet.allOf(DeliveryState.class), 100);
            assertThat(all).extracting(d -> d.request().importKey().orElse(""))
                    .containsExactlyInAnyOrder("ref:DEMO-1", "ref:DEMO-2", "ref:DEMO-3");
            for (Delivery d : all) {
                List<Transition> history = store.history(d.id());
                assertThat(history).as(d.id()).extracting(Transition::to).containsExactly(DeliveryState.REQUESTED,
                        DeliveryState.ASSIGNED, DeliveryState.PLANNED, DeliveryState.UPLOADED, DeliveryState.IN_FLIGHT,
                        DeliveryState.RELEASED, DeliveryState.CONFIRMED);
                assertThat(history).allSatisfy(t -> assertThat(t.reason()).isNotBlank());
                assertThat(Lifecycle.replay(history)).contains(DeliveryState.CONFIRMED);
                assertThat(d.state()).isEqualTo(DeliveryState.CONFIRMED);
            }
        }
        assertThat(work.resolve("demo-out/tlogs")).isDirectoryContaining("glob:**.tlog");
    }

    @Test
    void everySortieIsFiledInTheArchiveWithItsDeliveriesAReportMeasuringTheDropAndAFleetSummary() throws Exception {
        assertThat(exited).as(demo.output()).isTrue();
        Path data = work.resolve("demo-out").resolve("data");
        // what `lifeline log list --data demo-out/data` reads
        List<SortieEntry> filed = new SortieArchive(data.resolve("archive"), DeliverySource.none()).list();
        assertThat(filed).as(demo.output()).hasSize(3);
        assertThat(filed).extracting(SortieEntry::vehicle).containsExactlyInAnyOrder("demo-1", "demo-2", "demo-3");
        try (DeliveryStore store = DeliveryStore.openSqlite(data, Clock.systemUTC())) {
            List<String> parcels = store.list(EnumSet.allOf(DeliveryState.class), 100).stream().map(Delivery::id).toList();
            assertThat(filed.stream().flatMap(e -> e.deliveries().stream())).containsExactlyInAnyOrderElementsOf(parcels);
        }
        for (SortieEntry e : filed) {
            Path dir = data.resolve("archive").resolve("sorties").resolve(e.id());
            assertThat(e.files()).as(e.id()).contains("report.html", "report.json", SortieFiler.AGENT_EVENTS)
                    .anyMatch(f -> f.endsWith(".tlog")).anyMatch(f -> f.endsWith(".plan"))
                    .anyMatch(f -> f.endsWith(".geojson")).anyMatch(f -> f.endsWith(".vehicle.json"));
            assertThat(e.dropErrorMetres()).as("%s's drop accuracy", e.id()).isBetween(0.0, 50.0);
            assertThat(e.distanceMetres()).as("%s's own track", e.id()).isGreaterThan(100);
            assertThat(dir.resolve("report.html")).isNotEmptyFile();
            assertThat(Files.readString(dir.resolve("report.json"))).contains("\"drop\"");
            assertThat(demo.output()).contains("archived as " + e.id() + ": report " + e.outcome());
        }
        assertThat(work.resolve("demo-out/fleet-summary.html")).isNotEmptyFile();
        List<String> csv = Files.readAllLines(work.resolve("demo-out/fleet-summary.csv"));
        assertThat(csv.get(0)).startsWith("day,vehicle,sorties,km,deliveries");
        assertThat(csv.subList(1, csv.size())).hasSize(3);
        assertThat(demo.output()).contains("fleet summary: " + work.resolve("demo-out/fleet-summary.html") + "  "
                + work.resolve("demo-out/fleet-summary.csv"));
    }

    @Test
    void noProcessTheDemoStartedIsLeftRunning() {
        assertThat(exited).as(demo.output()).isTrue();
        assertThat(demo.children()).as("the simulators and agents seen while it ran").hasSizeGreaterThanOrEqualTo(6);
        assertThat(demo.stillRunning()).isEmpty();
    }

    @Test
    void anOperatorSeesTheThreeDronesMoveAndTheDeliveriesGoFromRequestedToConfirmed() throws Exception {
        HeadlessChromium.requireAvailable();
        if (browserFailure != null) {
            throw browserFailure;
        }
        assertThat(seen.loginPage()).as("anonymous: sent to the login page").endsWith("/login");
        for (String drone : List.of("demo-1", "demo-2", "demo-3")) {
            assertThat(seen.moved(drone)).as("how far %s moved on the map", drone).isGreaterThan(500);
            assertThat(seen.sources().get(drone)).as("%s drawn from its own MAVLink link, heard live, beside its agent", drone)
                    .contains("source link", "link LIVE");
        }
        assertThat(seen.board()).hasSize(3);
        assertThat(seen.board().values()).allSatisfy(states -> {
            assertThat(states.get(0)).isEqualTo("REQUESTED");
            assertThat(states.get(states.size() - 1)).isEqualTo("CONFIRMED");
        });
        assertThat(seen.screenshots()).hasSizeGreaterThanOrEqualTo(2).allSatisfy(p -> assertThat(p).isNotEmptyFile());
    }

    @Test
    void ctrlCStopsEveryProcessTheDemoStarted(@TempDir Path second) throws Exception {
        try (DemoProcess run = DemoProcess.start(second, second.resolve("demo-out"), "--port", "0")) {
            run.awaitLine(l -> l.contains("online on the fleet bus"), Duration.ofSeconds(120))
                    .orElseGet(() -> fail("the fleet never came online:\n" + run.output()));
            assertThat(run.children()).hasSizeGreaterThanOrEqualTo(6);
            run.interrupt();
            assertThat(run.awaitExit(Duration.ofSeconds(30))).as(run.output()).isTrue();
            assertThat(run.stillRunning()).isEmpty();
            assertThat(run.output()).contains("stopping: ending the 6 processes the demo started");
        }
    }
}
