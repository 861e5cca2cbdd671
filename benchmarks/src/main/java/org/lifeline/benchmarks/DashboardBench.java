package org.lifeline.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

import org.lifeline.groundstation.alarm.AlarmRules;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.fleet.FleetBus;
import org.lifeline.groundstation.fleet.TrackHistory;
import org.lifeline.groundstation.linkwatch.LinkWatch;
import org.lifeline.groundstation.operator.OperatorFile;
import org.lifeline.groundstation.operator.OperatorSessions;
import org.lifeline.groundstation.web.ClientRateLimiter;
import org.lifeline.groundstation.web.CsrfGuard;
import org.lifeline.groundstation.web.WebServer;
import org.lifeline.groundstation.web.dashboard.DashboardConfig;
import org.lifeline.groundstation.web.dashboard.DashboardModule;
import org.lifeline.groundstation.web.dashboard.OperationsConfig;
import org.lifeline.groundstation.web.dashboard.OperationsModule;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard as {@code serve} builds it (dashboard and operations, tracks on, a SQLite store,
 * the system clock) with its drones from the fleet bus, from their watched MAVLink links, or
 * both; and Debian's headless Chromium logged in to it, instrumented to measure. What the page
 * records (in {@link #measure}):
 *
 * <ul>
 *   <li>{@code window.lifeline.latency}: the page's own {@code Date.now() − rxMs} for each
 *   {@code drone} event, in the first animation frame after it placed the marker;</li>
 *   <li>per marker that <em>moved</em> (a position other than the drone's last one): the drone,
 *   its source, the position in 1e-7 degrees, {@code rxMs} (0 for a move by a {@code drones}
 *   snapshot) and the time of that frame;</li>
 *   <li>per click, the time from the input event to the next animation frame, and every main-thread
 *   long task (over 50 ms, Long Tasks API).</li>
 * </ul>
 */
final class DashboardBench implements AutoCloseable {

    private static final String OPERATOR = "bench";
    private static final String PASSWORD = "bench password";

    /**
     * One measured window.
     *
     * @param latency the page's rxMs → frame delays of every drone event, ms
     * @param moves   each marker move: [drone, source, "lat7,lon7", rxMs, frame time ms]
     * @param counted what the caller's counter counted during the window
     */
    record Window(List<Double> latency, List<List<Object>> moves, List<Double> clicks, List<Double> longTasks, long counted,
                  double seconds) {
    }

    private final DeliveryStore store;
    private final DashboardModule dashboard;
    private final WebServer server;
    private final ChromeDriver browser;

    /** @param fleet the fleet bus or null; @param links the watched links or null */
    DashboardBench(FleetBus fleet, LinkWatch links) throws Exception {
        Path data = Files.createTempDirectory("lifeline-dashboard-bench");
        Clock clock = Clock.systemUTC();
        OperatorFile operators = OperatorFile.in(data);
        operators.add(OPERATOR, PASSWORD.toCharArray(), 1_000, false);
        store = DeliveryStore.openSqlite(data, clock);
        DashboardConfig config = new DashboardConfig(operators, new OperatorSessions(clock, Duration.ofMinutes(30), Duration.ofHours(12)),
                new CsrfGuard(), store, fleet, null, null, 1000, clock, AlarmRules.DEFAULT).withLinks(links);
        OperationsModule operations = new OperationsModule(config, new OperationsConfig(null, null, null, null,
                new TrackHistory(2000, 2)));
        dashboard = new DashboardModule(config, operations.snapshots());
        server = new WebServer(List.of(dashboard, operations), ClientRateLimiter.unlimited());
        String base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
        browser = browser(Files.createTempDirectory("lifeline-dashboard-chromium"));
        login(base);
    }

    /**
     * Waits {@code warmup} s, then measures for {@code seconds} s, clicking the page every 500 ms
     * when asked; {@code counter} is read at the window's start and end.
     */
    Window measure(int warmup, int seconds, boolean clicking, LongSupplier counter) throws InterruptedException {
        Thread.sleep(warmup * 1000L);
        browser.executeScript("window.lifeline.latency.length = 0; window.bench.clicks.length = 0;"
                + " window.bench.longTasks.length = 0; window.bench.moves.length = 0;");
        long before = counter.getAsLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            if (clicking) {
                browser.findElement(By.cssSelector("#intake-box summary")).click();
            }
            Thread.sleep(500);
        }
        long count = counter.getAsLong() - before;
        @SuppressWarnings("unchecked")
        Map<String, List<Object>> m = (Map<String, List<Object>>) browser.executeScript("return {latency: window.lifeline.latency.slice(),"
                + " moves: window.bench.moves.slice(), clicks: window.bench.clicks.slice(), longTasks: window.bench.longTasks.slice()};");
        List<List<Object>> moves = new ArrayList<>();
        for (Object o : m.getOrDefault("moves", List.of())) {
            @SuppressWarnings("unchecked")
            List<Object> move = (List<Object>) o;
            moves.add(move);
        }
        return new Window(doubles(m.get("latency")), moves, doubles(m.get("clicks")), doubles(m.get("longTasks")), count, seconds);
    }

    private void login(String base) {
        browser.get(base + "/login");
        browser.findElement(By.id("operator")).sendKeys(OPERATOR);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> b.findElement(By.id("link")).getAttribute("class").contains("up"));
        browser.executeScript("window.bench = {clicks: [], longTasks: [], moves: []}; var lastAt = {};"
                + "new PerformanceObserver(function (l) { l.getEntries().forEach(function (e) { window.bench.longTasks.push(e.duration); }); })"
                + ".observe({type: 'longtask', buffered: true});"
                + "document.addEventListener('click', function (e) { var t = e.timeStamp;"
                + " requestAnimationFrame(function () { window.bench.clicks.push(performance.now() - t); }); }, true);"
                // drone listeners run after showDrone placed the marker: the next frame shows the move
                + "window.lifeline.droneListeners.push(function (d) { if (d.lat === undefined) { return; }"
                + " var at = Math.round(d.lat * 1e7) + ',' + Math.round(d.lon * 1e7); if (lastAt[d.id] === at) { return; }"
                + " lastAt[d.id] = at; var rx = d.rxMs || 0, src = d.source || '';"
                + " requestAnimationFrame(function () { window.bench.moves.push([d.id, src, at, rx, Date.now()]); }); });");
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

    /** One line of percentiles: {@code label ms p50 … p95 … p99 … max …}. */
    static String percentiles(String label, List<Double> values) {
        return String.format(Locale.ROOT, "%s ms p50 %6.1f  p95 %6.1f  p99 %6.1f  max %6.1f", label, pct(values, 50), pct(values, 95),
                pct(values, 99), pct(values, 100));
    }

    /** The clicks' and the long tasks' lines of a window. */
    static void printResponsiveness(String what, Window w) {
        if (!w.clicks().isEmpty()) {
            System.out.printf(Locale.ROOT, "%-10s %6d clicks | click→next frame ms p50 %6.1f  p95 %6.1f  max %6.1f%n",
                    what, w.clicks().size(), pct(w.clicks(), 50), pct(w.clicks(), 95), pct(w.clicks(), 100));
        }
        double total = w.longTasks().stream().mapToDouble(Double::doubleValue).sum();
        System.out.printf(Locale.ROOT, "%-10s %6d long tasks (> 50 ms), %.0f ms in all (%.1f %% of the time), longest %.0f ms%n",
                what, w.longTasks().size(), total, 100 * total / (w.seconds() * 1000), pct(w.longTasks(), 100));
    }

    static double pct(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> s = new ArrayList<>(values);
        s.sort(Double::compare);
        int i = (int) Math.ceil(p / 100.0 * s.size()) - 1;
        return s.get(Math.max(0, Math.min(s.size() - 1, i)));
    }

    /** Argument {@code i} as a number, {@code fallback} when absent. */
    static double arg(String[] args, int i, double fallback) {
        return args.length > i ? Double.parseDouble(args[i]) : fallback;
    }

    static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static List<Double> doubles(List<Object> in) {
        List<Double> out = new ArrayList<>();
        if (in != null) {
            in.forEach(x -> out.add(((Number) x).doubleValue()));
        }
        return out;
    }

    @Override
    public void close() {
        try {
            browser.quit();
        } finally {
            dashboard.close();
            server.stop();
            store.close();
        }
    }
}
