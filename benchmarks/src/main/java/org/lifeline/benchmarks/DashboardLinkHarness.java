package org.lifeline.benchmarks;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.lifeline.command.CommandSettings;
import org.lifeline.command.ControlResult;
import org.lifeline.command.ControlSettings;
import org.lifeline.command.VehicleControl;
import org.lifeline.groundstation.linkwatch.LinkSample;
import org.lifeline.groundstation.linkwatch.LinkWatch;
import org.lifeline.groundstation.linkwatch.WatchSettings;
import org.lifeline.groundstation.session.LinkSessionOpener;
import org.lifeline.groundstation.session.SessionOptions;
import org.lifeline.groundstation.session.SharedLinks;
import org.lifeline.support.Await;
import org.lifeline.groundstation.session.VehicleSession;

/**
 * {@link DashboardBrowserHarness}'s measurement for drones seen through their MAVLink links
 * instead of the fleet bus: {@code drones} simulated ArduCopters in this JVM on TCP ports
 * ({@link SimulatedLinks}), each link opened once ({@link SharedLinks}) and watched by the
 * {@link LinkWatch} with {@code serve}'s settings, the dashboard built on the watch alone (no
 * fleet bus, no broker), Chromium logged in. Each vehicle is started over its shared link as
 * {@code lifeline vehicle start} does (GUIDED, arm, MISSION_START) and laps its mission; the
 * window opens when every one is above 30 m.
 *
 * <p>Reported for the markers that moved (a new position of a {@code "link"}-sourced drone):
 * <ul>
 *   <li><b>position at the ground station → screen</b>: from the GLOBAL_POSITION_INT frame's
 *   arrival on the link ({@link PositionArrivals}) to the frame showing the marker there; this
 *   includes the link watch's coalescing of samples;</li>
 *   <li><b>rxMs → screen</b>: from the link sample's publication ({@code rxMs}, as the fleet
 *   harness measures) to the same frame;</li>
 *   <li>the part of the first spent in the ground station before the sample is published;</li>
 *   <li>how many new positions reached the ground station and how many the page showed.</li>
 * </ul>
 * Plus, as for the fleet bus: the page's own latency array (every {@code drone} event), click →
 * next frame every 500 ms, long tasks, and the load average.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.lifeline.benchmarks.DashboardLinkHarness
 * [drones=10] [seconds=60] [warmupSeconds=10] [speedup=1]}.
 */
public final class DashboardLinkHarness {

    private DashboardLinkHarness() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("logback.configurationFile", "org/lifeline/benchmarks/quiet-logback.xml");
        int drones = (int) DashboardBench.arg(args, 0, 10);
        int seconds = (int) DashboardBench.arg(args, 1, 60);
        int warmup = (int) DashboardBench.arg(args, 2, 10);
        double speedup = DashboardBench.arg(args, 3, 1);
        if (drones < 1 || seconds < 1 || warmup < 0 || !(speedup > 0)) {
            System.err.println("usage: DashboardLinkHarness [drones ≥ 1] [seconds ≥ 1] [warmupSeconds ≥ 0] [speedup > 0]");
            System.exit(2);
        }
        System.out.printf(Locale.ROOT, "dashboard link harness: %d simulated drones at speed-up %.0f, %d s measured after %d s warm-up; load %.1f%n",
                drones, speedup, seconds, warmup, DashboardBench.load());
        try (SimulatedLinks sim = SimulatedLinks.start(drones, speedup)) {
            PositionArrivals arrivals = new PositionArrivals(new LinkSessionOpener(), sim.links());
            try (SharedLinks links = new SharedLinks(arrivals);
                 LinkWatch watch = new LinkWatch(sim.links(), links, Clock.systemUTC(), WatchSettings.DEFAULTS);
                 DashboardBench bench = new DashboardBench(null, watch)) {
                watch.start();
                await(watch, "live", s -> s.state() == LinkSample.State.LIVE && s.haveFix(), 60);
                fly(links, sim.links());
                await(watch, "above 30 m", s -> s.armed() && s.altitude() > 30, 180);
                System.out.printf(Locale.ROOT, "all %d drones flying; load %.1f%n", drones, DashboardBench.load());
                DashboardBench.Window w = bench.measure(warmup, seconds, true, arrivals::positions);
                print(drones + (drones == 1 ? " drone" : " drones"), w, arrivals);
                System.out.printf(Locale.ROOT, "load average after: %.1f%n", DashboardBench.load());
            }
        }
    }

    /** Starts every vehicle's mission at once, each over its shared link; fails naming the first that did not start. */
    private static void fly(SharedLinks links, Map<String, String> uris) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(uris.size(), 16));
        try {
            List<CompletableFuture<String>> starts = new ArrayList<>();
            uris.forEach((drone, uri) -> starts.add(CompletableFuture.supplyAsync(() -> start(links, drone, uri), pool)));
            for (CompletableFuture<String> s : starts) {
                String refused = s.get(300, TimeUnit.SECONDS);
                if (!refused.isEmpty()) {
                    throw new IllegalStateException(refused);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** GUIDED, arm, MISSION_START as {@code lifeline vehicle start}; empty when started, else why not. */
    private static String start(SharedLinks links, String drone, String uri) {
        SessionOptions o = new SessionOptions(uri, 255, 190, OptionalInt.empty(), 1, Optional.empty(), Optional.empty(),
                Duration.ofSeconds(10));
        try (VehicleSession s = links.open(o, note -> { });
             VehicleControl v = VehicleControl.open(s.channel(), s.scheduler(),
                     ControlSettings.defaults().withCommands(CommandSettings.defaults().withOurSystemId(s.ownSystemId())),
                     s.targetSystem(), s.targetComponent(), note -> { })) {
            ControlResult r = v.startMission().get(240, TimeUnit.SECONDS);
            return r.success() ? "" : drone + ": mission not started: " + r.message();
        } catch (Exception e) {
            return drone + ": mission not started: " + e;
        }
    }

    private static void await(LinkWatch watch, String what, Predicate<LinkSample> ready, int seconds) {
        if (!Await.until(() -> watch.samples().stream().allMatch(ready), Duration.ofSeconds(seconds))) {
            List<String> not = watch.samples().stream().filter(ready.negate())
                    .map(s -> s.droneId() + " " + s.state() + " " + s.mode() + " alt " + Math.round(s.altitude()) + " " + s.detail())
                    .toList();
            throw new IllegalStateException("not " + what + " after " + seconds + " s: " + not);
        }
    }

    private static void print(String what, DashboardBench.Window w, PositionArrivals arrivals) {
        List<Double> fromFrame = new ArrayList<>();
        List<Double> fromRx = new ArrayList<>();
        List<Double> toRx = new ArrayList<>();
        int linkMoves = 0;
        for (List<Object> m : w.moves()) {
            if (!"link".equals(m.get(1))) {
                continue;
            }
            linkMoves++;
            double shown = ((Number) m.get(4)).doubleValue();
            double rx = ((Number) m.get(3)).doubleValue();
            if (rx > 0) {
                fromRx.add(shown - rx);
            }
            OptionalLong at = arrivals.arrival((String) m.get(0), (String) m.get(2));
            if (at.isPresent()) {
                fromFrame.add(shown - at.getAsLong());
                if (rx > 0) {
                    toRx.add(rx - at.getAsLong());
                }
            }
        }
        System.out.printf(Locale.ROOT, "%-10s %6d new positions reached the ground station (%.1f/s), %6d shown as marker moves"
                + " (%d traced to their frame, %d by a drone event)%n", what, w.counted(), w.counted() / w.seconds(), linkMoves,
                fromFrame.size(), fromRx.size());
        System.out.printf(Locale.ROOT, "%-10s %s%n", what, DashboardBench.percentiles("position at ground station→screen", fromFrame));
        System.out.printf(Locale.ROOT, "%-10s %s; %d published over 5 ms after their position%n", what,
                DashboardBench.percentiles("  of which position→link sample (rxMs)", toRx), toRx.stream().filter(d -> d > 5).count());
        System.out.printf(Locale.ROOT, "%-10s %s%n", what, DashboardBench.percentiles("  and link sample (rxMs)→screen", fromRx));
        System.out.printf(Locale.ROOT, "%-10s %6d drone events | %s%n", what, w.latency().size(),
                DashboardBench.percentiles("every event rxMs→frame", w.latency()));
        DashboardBench.printResponsiveness(what, w);
    }
}
