package org.lifeline.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.lifeline.fleet.Channel;
import org.lifeline.fleet.DroneStatus;
import org.lifeline.fleet.FleetJson;
import org.lifeline.fleet.FleetTopics;
import org.lifeline.fleet.Telemetry;
import org.lifeline.fleet.mqtt.FleetConnection;
import org.lifeline.fleet.mqtt.MqttSettings;
import org.lifeline.groundstation.alarm.AlarmRules;
import org.lifeline.groundstation.broker.EmbeddedBroker;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.fleet.FleetBus;
import org.lifeline.groundstation.fleet.TrackHistory;
import org.lifeline.groundstation.operator.OperatorFile;
import org.lifeline.groundstation.operator.OperatorSessions;
import org.lifeline.groundstation.web.ClientRateLimiter;
import org.lifeline.groundstation.web.CsrfGuard;
import org.lifeline.groundstation.web.WebServer;
import org.lifeline.groundstation.web.dashboard.DashboardConfig;
import org.lifeline.groundstation.web.dashboard.DashboardModule;
import org.lifeline.groundstation.web.dashboard.OperationsConfig;
import org.lifeline.groundstation.web.dashboard.OperationsModule;
import org.lifeline.time.SystemScheduler;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard measured in a real browser (Debian's headless Chromium through Selenium), with
 * the ground station as {@code serve} builds it: an embedded MQTT broker, the fleet bus, the
 * dashboard and its operations (tracks on), a SQLite store, the system clock.
 *
 * <ol>
 *   <li><b>Latency</b>: simulated drones publish telemetry as agents do. The ground station stamps
 *   each sample's arrival ({@code rxMs}, its clock) into the {@code drone} event it pushes; the
 *   page records {@code Date.now() - rxMs} in the first animation frame after it moved the
 *   marker (same machine, same clock). Reported: p50 / p95 / p99 / max of those delays.</li>
 *   <li><b>Responsiveness under load</b>: the same with {@code drones} drones at {@code hz};
 *   meanwhile Selenium clicks the page every 500 ms, and the page records, for each click,
 *   the time from the input event to the next animation frame (what a person waits to see the
 *   click answered), plus every main-thread long task (over 50 ms, the Long Tasks API).</li>
 * </ol>
 *
 * <p>Usage ({@code mvn -B -Pbenchmarks -pl benchmarks -am package -DskipTests} first):
 * {@code java -cp benchmarks/target/benchmarks.jar org.lifeline.benchmarks.DashboardBrowserHarness
 * [drones=50] [hz=2] [seconds=60] [warmupSeconds=10]}. It runs phase 1 with one drone at
 * {@code hz}, then phase 2 with all. Needs {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}.
 */
public final class DashboardBrowserHarness {

    private static final String OPERATOR = "bench";
    private static final String PASSWORD = "bench password";
    private static final double HOME_LAT = 34.0655;
    private static final double HOME_LON = 114.401;

    private DashboardBrowserHarness() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("logback.configurationFile", "org/lifeline/benchmarks/quiet-logback.xml");
        int drones = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        double hz = args.length > 1 ? Double.parseDouble(args[1]) : 2;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        Path data = Files.createTempDirectory("lifeline-dashboard-bench");
        Path profile = Files.createTempDirectory("lifeline-dashboard-chromium");
        Clock clock = Clock.systemUTC();
        OperatorFile operators = OperatorFile.in(data);
        operators.add(OPERATOR, PASSWORD.toCharArray(), 1_000, false);
        try (EmbeddedBroker broker = EmbeddedBroker.startOnLoopback();
             SystemScheduler busClock = new SystemScheduler("bench-fleet-clock");
             FleetBus fleet = new FleetBus(MqttSettings.plain(broker.uri(), "bench-ground", true), busClock, 5_000);
             DeliveryStore store = DeliveryStore.openSqlite(data, clock);
             FleetConnection agents = new FleetConnection(MqttSettings.plain(broker.uri(), "bench-agents", true))) {
            fleet.start();
            agents.connect();
            DashboardConfig config = new DashboardConfig(operators, new OperatorSessions(clock, Duration.ofMinutes(30), Duration.ofHours(12)),
                    new CsrfGuard(), store, fleet, null, null, 1000, clock, AlarmRules.DEFAULT);
            OperationsModule operations = new OperationsModule(config, new OperationsConfig(null, null, null, null,
                    new TrackHistory(2000, 2)));
            DashboardModule dashboard = new DashboardModule(config, operations.snapshots());
            WebServer server = new WebServer(List.of(dashboard, operations), ClientRateLimiter.unlimited());
            String base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
            ChromeDriver browser = browser(profile);
            try {
                login(browser, base);
                System.out.printf(Locale.ROOT, "dashboard browser harness: %d drones at %.1f Hz, %d s measured after %d s warm-up; load %.1f%n",
                        drones, hz, seconds, warmup, load());
                Result one = phase(browser, agents, 1, hz, seconds, warmup, false);
                print("1 drone", one);
                Result all = phase(browser, agents, drones, hz, seconds, warmup, true);
                print(drones + " drones", all);
                System.out.printf(Locale.ROOT, "load average after: %.1f%n", load());
            } finally {
                browser.quit();
                dashboard.close();
                server.stop();
            }
        }
    }

    private record Result(List<Double> latency, List<Double> clicks, List<Double> longTasks, long published, double seconds) {
    }

    private static Result phase(ChromeDriver browser, FleetConnection agents, int drones, double hz, int seconds, int warmup,
                                boolean clicking) throws Exception {
        AtomicLong published = new AtomicLong();
        ScheduledExecutorService publisher = Executors.newSingleThreadScheduledExecutor();
        long periodMicros = (long) (1_000_000 / hz / drones);
        long t0 = System.nanoTime();
        AtomicLong n = new AtomicLong();
        for (int i = 0; i < drones; i++) {
            agents.publish(FleetTopics.topic(id(i), Channel.STATUS),
                    FleetJson.encode(new DroneStatus(id(i), DroneStatus.State.ONLINE, System.currentTimeMillis(), "bench")), 1, true);
        }
        publisher.scheduleAtFixedRate(() -> {
            long k = n.getAndIncrement();
            int i = (int) (k % drones);
            double t = (System.nanoTime() - t0) / 1e9;
            try {
                agents.publish(FleetTopics.topic(id(i), Channel.TELEMETRY), FleetJson.encode(sample(i, drones, t)), 0, false);
                published.incrementAndGet();
            } catch (Exception e) {
                System.err.println("publish failed: " + e.getMessage());
            }
        }, 0, Math.max(1, periodMicros), TimeUnit.MICROSECONDS);
        try {
            Thread.sleep(warmup * 1000L);
            browser.executeScript("window.lifeline.latency.length = 0; window.bench.clicks.length = 0; window.bench.longTasks.length = 0;");
            long before = published.get();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            while (System.nanoTime() < end) {
                if (clicking) {
                    browser.findElement(By.cssSelector("#intake-box summary")).click();
                }
                Thread.sleep(500);
            }
            long count = published.get() - before;
            @SuppressWarnings("unchecked")
            Map<String, List<Number>> m = (Map<String, List<Number>>) browser.executeScript(
                    "return {latency: window.lifeline.latency.slice(), clicks: window.bench.clicks.slice(), longTasks: window.bench.longTasks.slice()};");
            return new Result(doubles(m.get("latency")), doubles(m.get("clicks")), doubles(m.get("longTasks")), count, seconds);
        } finally {
            publisher.shutdownNow();
            publisher.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /** Drone i flies a circle of 300 m around its own centre, one lap in two minutes. */
    private static Telemetry sample(int i, int drones, double t) {
        double centreLat = HOME_LAT + 0.01 * (i / 10 - 2);
        double centreLon = HOME_LON + 0.01 * (i % 10 - 5);
        double a = 2 * Math.PI * (t / 120.0 + (double) i / drones);
        double lat = centreLat + 300 * Math.cos(a) / 111_320.0;
        double lon = centreLon + 300 * Math.sin(a) / (111_320.0 * Math.cos(Math.toRadians(centreLat)));
        double heading = (Math.toDegrees(a) + 90) % 360;
        return new Telemetry(id(i), System.currentTimeMillis(), lat, lon, 60, 110, 15.7, heading, 80, 15.9, 3, 14, "AUTO", true, 5);
    }

    private static String id(int i) {
        return String.format(Locale.ROOT, "sim-%02d", i);
    }

    private static void login(ChromeDriver browser, String base) {
        browser.get(base + "/login");
        browser.findElement(By.id("operator")).sendKeys(OPERATOR);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> b.findElement(By.id("link")).getAttribute("class").contains("up"));
        // long tasks (> 50 ms on the main thread) and, per click, the wait from the input event to the next frame
        browser.executeScript("window.bench = {clicks: [], longTasks: []};"
                + "new PerformanceObserver(function (l) { l.getEntries().forEach(function (e) { window.bench.longTasks.push(e.duration); }); })"
                + ".observe({type: 'longtask', buffered: true});"
                + "document.addEventListener('click', function (e) { var t = e.timeStamp;"
                + " requestAnimationFrame(function () { window.bench.clicks.push(performance.now() - t); }); }, true);");
    }

    private static ChromeDriver browser(Path profile) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Path.of("/usr/bin/chromium").toFile());
        options.addArguments(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1366,800", "--lang=en-GB"));
        return new ChromeDriver(service, options);
    }

    private static void print(String what, Result r) {
        System.out.printf(Locale.ROOT, "%-10s %6d samples published (%.1f/s), %6d shown | telemetry→screen ms p50 %6.1f  p95 %6.1f  p99 %6.1f  max %6.1f%n",
                what, r.published(), r.published() / r.seconds(), r.latency().size(), pct(r.latency(), 50), pct(r.latency(), 95),
                pct(r.latency(), 99), pct(r.latency(), 100));
        if (!r.clicks().isEmpty()) {
            System.out.printf(Locale.ROOT, "%-10s %6d clicks | click→next frame ms p50 %6.1f  p95 %6.1f  max %6.1f%n",
                    what, r.clicks().size(), pct(r.clicks(), 50), pct(r.clicks(), 95), pct(r.clicks(), 100));
        }
        double total = r.longTasks().stream().mapToDouble(Double::doubleValue).sum();
        System.out.printf(Locale.ROOT, "%-10s %6d long tasks (> 50 ms), %.0f ms in all (%.1f %% of the time), longest %.0f ms%n",
                what, r.longTasks().size(), total, 100 * total / (r.seconds() * 1000), pct(r.longTasks(), 100));
    }

    private static List<Double> doubles(List<Number> in) {
        List<Double> out = new ArrayList<>();
        if (in != null) {
            in.forEach(x -> out.add(x.doubleValue()));
        }
        return out;
    }

    private static double pct(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> s = new ArrayList<>(values);
        s.sort(Double::compare);
        int i = (int) Math.ceil(p / 100.0 * s.size()) - 1;
        return s.get(Math.max(0, Math.min(s.size() - 1, i)));
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
