package org.lifeline.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.lifeline.link.LinkOptions;
import org.lifeline.link.Links;
import org.lifeline.mavlink.EndpointOptions;
import org.lifeline.mavlink.MavlinkEndpoint;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;
import org.lifeline.mission.transfer.MissionTransferClient;
import org.lifeline.mission.transfer.TransferOptions;
import org.lifeline.mission.transfer.TransferResult;
import org.lifeline.support.Await;
import org.lifeline.support.LossyTcpProxy;
import org.lifeline.support.SitlProcess;
import org.lifeline.time.SystemScheduler;

/**
 * Verified mission uploads to real ArduPilot Copter SITL (speed-up 1, so its timers run as on a
 * flight controller) through the in-process lossy proxy with 20 ms one-way delay: the 8-item
 * delivery mission and a 100-item survey at 0 %, 10 % and 30 % frame loss, one seed per run.
 * Each run is a fresh ground station (new connection, new engine, nothing learned yet), as when
 * a pilot runs {@code lifeline mission upload}. Prints success rate, median and p95 wall time
 * per verified upload, and their ratios to the lossless run of the same mission.
 *
 * <pre>
 * mvn -B -q -o -Pbenchmarks -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar org.lifeline.benchmarks.SitlTransferTable 10 [delivery]
 * </pre>
 * About 10 minutes for 10 seeds (1 minute with {@code delivery}: the 8-item mission only).
 */
public final class SitlTransferTable {

    private static final Duration DELAY = Duration.ofMillis(20);
    private static final double[] LOSSES = {0.0, 0.10, 0.30};

    private SitlTransferTable() {
    }

    public static void main(String[] args) throws Exception {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        if (SitlProcess.availability().isPresent()) {
            System.err.println(SitlProcess.availability().get());
            System.exit(2);
        }
        try (SitlProcess sitl = SitlProcess.start(SitlProcess.Options.defaults().withSpeedup(1));
             SystemScheduler time = new SystemScheduler("sitl-gcs")) {
            // SERIAL0 must be connected for SITL to boot; hold it and wait until the vehicle is up
            MavlinkEndpoint holder = new MavlinkEndpoint(Links.open(sitl.gcsUri(), LinkOptions.DEFAULTS), time,
                    EndpointOptions.groundStation());
            // measure the steady state: wait until the vehicle has found its GPS ("GPS 1: detected",
            // about 10 s after boot), so its start-up work does not land in the first runs
            // (uploads right after boot are a test's job, SitlBootUploadTest)
            java.util.concurrent.atomic.AtomicBoolean ready = new java.util.concurrent.atomic.AtomicBoolean();
            holder.subscribe(m -> m.as(io.dronefleet.mavlink.common.Statustext.class)
                    .filter(t -> t.text().startsWith("GPS 1: detected")).ifPresent(t -> ready.set(true)));
            holder.start();
            if (!Await.until(ready::get, Duration.ofSeconds(120))) {
                throw new IllegalStateException("SITL found no GPS within 120 s: " + sitl.output());
            }
            System.out.printf(Locale.ROOT, "ArduPilot Copter SITL speed-up 1, lossy proxy %d ms one-way, %d seeds per cell;"
                    + " verified upload (upload + read-back), wall time per run%n", DELAY.toMillis(), seeds);
            System.out.printf(Locale.ROOT, "%-16s %5s | %7s | %8s %8s | %8s %8s | %7s %8s%n", "mission", "loss",
                    "success", "median", "p95", "×median", "×p95", "resends", "max");
            List<MissionPlan> plans = args.length > 1 && args[1].equals("delivery") ? List.of(delivery())
                    : List.of(delivery(), survey(100));
            for (MissionPlan plan : plans) {
                double[] lossless = null;
                for (double loss : LOSSES) {
                    Cell c = cell(sitl, plan, loss, seeds);
                    if (loss == 0.0) {
                        lossless = new double[] {c.median(), c.p95()};
                    }
                    System.out.printf(Locale.ROOT, "%-16s %4.0f%% | %3d/%-3d | %6.0fms %6.0fms | %7.2f× %7.2f× | %7.1f %8d%n",
                            plan.size() + "-item " + (plan.size() == 8 ? "delivery" : "survey"), loss * 100, c.successes(),
                            seeds, c.median(), c.p95(), c.median() / lossless[0], c.p95() / lossless[0],
                            c.meanResends(), c.maxResends());
                }
            }
            holder.close();
        }
    }

    private record Cell(int successes, double median, double p95, double meanResends, int maxResends) {
    }

    private static Cell cell(SitlProcess sitl, MissionPlan plan, double loss, int seeds) throws Exception {
        List<Double> times = new ArrayList<>();
        int ok = 0;
        int resends = 0;
        int max = 0;
        for (int seed = 1; seed <= seeds; seed++) {
            try (LossyTcpProxy proxy = LossyTcpProxy.start(sitl.companionPort(), LossyTcpProxy.Options.lossy(loss, DELAY, seed));
                 SystemScheduler time = new SystemScheduler("bench-gcs")) {
                MavlinkEndpoint gcs = new MavlinkEndpoint(Links.open(proxy.uri(), LinkOptions.DEFAULTS), time,
                        EndpointOptions.groundStation());
                MissionTransferClient client = new MissionTransferClient(gcs, time, TransferOptions.defaults());
                gcs.start();
                Await.until(() -> gcs.isConnected(1, 1), Duration.ofSeconds(30));
                long t0 = System.nanoTime();
                TransferResult r = client.uploadVerified(plan).get(300, TimeUnit.SECONDS);
                double ms = (System.nanoTime() - t0) / 1e6;
                if (r.isSuccess()) {
                    ok++;
                    times.add(ms);
                } else {
                    System.out.printf(Locale.ROOT, "  failed: %d items, loss %.0f%%, seed %d: %s%n", plan.size(), loss * 100, seed, r);
                }
                resends += r.retransmissions();
                max = Math.max(max, r.retransmissions());
                client.close();
                gcs.close();
            }
        }
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Cell(ok, percentile(sorted, 0.5), percentile(sorted, 0.95), resends / (double) seeds, max);
    }

    /** Nearest-rank percentile (p95 of 10 runs is the slowest but none). */
    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        if (p == 0.5) {
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }

    /** The delivery mission: home, take-off, two waypoints, descent with an 8 s hold, gripper release, RTL. */
    static MissionPlan delivery() {
        double lat = 34.0600;
        double lon = 114.3950;
        List<MissionItem> items = new ArrayList<>(Arrays.asList(
                new MissionItem(MavCmd.NAV_WAYPOINT, 0, false, true, 0, 0, 0, 0, MissionItem.toE7(lat), MissionItem.toE7(lon), 50),
                MissionItem.at(MavCmd.NAV_TAKEOFF, lat, lon, 30, 0, 0, 0, Float.NaN),
                MissionItem.waypoint(lat + 0.0013, lon + 0.0022, 40),
                MissionItem.waypoint(lat + 0.0026, lon + 0.0051, 40),
                MissionItem.waypointWithHold(lat + 0.00345, lon + 0.00685, 12, 8),
                MissionItem.command(MavCmd.DO_GRIPPER, 1, MavCmd.GRIPPER_ACTION_RELEASE, 0, 0),
                MissionItem.waypoint(lat + 0.0013, lon + 0.0022, 40),
                MissionItem.command(MavCmd.NAV_RETURN_TO_LAUNCH, 0, 0, 0, 0)));
        return new MissionPlan(MissionType.MISSION, items);
    }

    /** A lawn-mower survey of {@code n} items: home, take-off, then waypoints back and forth. */
    static MissionPlan survey(int n) {
        List<MissionItem> items = new ArrayList<>();
        items.add(new MissionItem(MavCmd.NAV_WAYPOINT, 0, false, true, 0, 0, 0, 0,
                MissionItem.toE7(34.06), MissionItem.toE7(114.395), 50));
        items.add(MissionItem.at(MavCmd.NAV_TAKEOFF, 34.06, 114.395, 30, 0, 0, 0, Float.NaN));
        for (int i = 2; i < n; i++) {
            int row = (i - 2) / 2;
            boolean east = ((i - 2) % 2 == 0) == (row % 2 == 0);
            items.add(MissionItem.waypoint(34.0605 + row * 0.0002, east ? 114.3990 : 114.3960, 35));
        }
        return new MissionPlan(MissionType.MISSION, items);
    }
}
