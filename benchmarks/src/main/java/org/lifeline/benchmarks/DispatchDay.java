package org.lifeline.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.dispatch.assign.DispatchSettings;
import org.lifeline.groundstation.dispatch.assign.FleetDrone;
import org.lifeline.groundstation.dispatch.assign.PlannedSortie;
import org.lifeline.groundstation.dispatch.assign.PlannedWave;
import org.lifeline.groundstation.dispatch.request.Priority;
import org.lifeline.groundstation.dispatch.assign.QueuedParcel;
import org.lifeline.groundstation.dispatch.assign.SortiePlanner;
import org.lifeline.groundstation.dispatch.assign.TravelMatrices;
import org.lifeline.groundstation.dispatch.assign.Wave;
import org.lifeline.groundstation.dispatch.assign.WaveDispatcher;
import org.lifeline.groundstation.planning.energy.FlightPhase;
import org.lifeline.groundstation.planning.energy.PhaseEstimate;
import org.lifeline.groundstation.planning.vehicle.VehicleFileReader;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;

/**
 * The dispatch benchmark: a simulated day on the sample airspace ({@link DispatchDayScenario}),
 * flown once by the jsprit dispatcher ({@link WaveDispatcher}) and once by the greedy
 * nearest-first baseline ({@link GreedyNearestFirst}), in the same run, on the same requests.
 *
 * <p>Simulated time advances in one-minute steps; at each step with parcels queued and a drone on
 * the ground a wave is computed (its wall time measured), each sortie planned by the mission
 * planner ({@link SortiePlanner}), whose estimate gives the sortie's duration, each drop's time
 * and the distance flown. A drone is back on the ground after its flight plus 5 minutes'
 * turnaround. Requests stop arriving after 10 hours; the day runs on until the queue is empty.
 * Then a separate measurement: a wave for 20 drones and 200 queued requests, 3 warm-ups and 10
 * timed runs.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.lifeline.benchmarks.DispatchDay
 * [docs/examples] [--wave-only | --ours-only | --greedy-only] [--seed N] [settings]}: {@code --seed}
 * draws another day of requests (default 2026); the settings ({@code --iterations},
 * {@code --batch-minutes}, {@code --batch-fill}, {@code --batch-min-tour}, {@code --wait-cost},
 * {@code --candidate-load}) override the dispatcher's defaults. With
 * {@code -Ddispatchday.late=true} every parcel dropped after the 10 hours is printed with its
 * request, its sortie and the last explanation it got.
 */
public final class DispatchDay {

    private static final int DRONES = 20;
    private static final int REQUESTS = 1_000;
    private static final double HOURS = 10;
    private static final long TURNAROUND = 300;
    private static final long STEP = 60;
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final boolean DIAGNOSE = Boolean.getBoolean("dispatchday.late");
    private static final double MARGIN = DispatchSettings.DEFAULTS.marginMetres();

    interface Strategy {
        Wave plan(Airspace airspace, Instant now, List<QueuedParcel> queue, List<FleetDrone> fleet);
    }

    private DispatchDay() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("logback.configurationFile", "org/lifeline/benchmarks/quiet-logback.xml");
        Path examples = Path.of(args.length > 0 ? args[0] : "docs/examples");
        boolean waveOnly = Arrays.asList(args).contains("--wave-only");
        Airspace sample = DispatchDayScenario.sample(examples.resolve("fugou-airspace.geojson"));
        VehicleProfile quad = VehicleFileReader.read(examples.resolve("quad-2kg.vehicle.json"));
        Airspace airspace = DispatchDayScenario.airspace(sample, 48, 7);
        long seed = 2026;
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--seed")) {
                seed = Long.parseLong(args[i + 1]);
            }
        }
        List<QueuedParcel> requests = DispatchDayScenario.requests(airspace, REQUESTS, HOURS, seed);
        System.out.printf(Locale.ROOT, "airspace: %d launch sites, %d drop points (%d generated); %d requests over %.0f h, "
                        + "%d urgent; %d drones; %ds waves, %ds turnaround; %d available processors%n",
                airspace.launchSites().size(), airspace.dropPoints().size(),
                airspace.dropPoints().size() - sample.dropPoints().size(), requests.size(), HOURS,
                requests.stream().filter(r -> r.priority() == Priority.URGENT_MEDICINE).count(), DRONES, STEP, TURNAROUND,
                Runtime.getRuntime().availableProcessors());

        TravelMatrices matrices = new TravelMatrices(4);
        long t0 = System.nanoTime();
        matrices.get(airspace, MARGIN, org.lifeline.groundstation.dispatch.assign.TravelMatrix.transitAltitude(quad));
        System.out.printf(Locale.ROOT, "travel matrix (%d stops, geofenced planner): %.1f s, once per airspace%n",
                airspace.launchSites().size() + airspace.dropPoints().size(), (System.nanoTime() - t0) / 1e9);

        DispatchSettings settings = DispatchSettings.DEFAULTS;
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--iterations")) {
                settings = settings.withIterations(Integer.parseInt(args[i + 1]));
            } else if (args[i].equals("--batch-minutes")) {
                settings = settings.withBatching(Duration.ofMinutes(Long.parseLong(args[i + 1])), settings.batchFill());
            } else if (args[i].equals("--batch-fill")) {
                settings = settings.withBatching(settings.batchWindow(), Double.parseDouble(args[i + 1]));
            } else if (args[i].equals("--batch-min-tour")) {
                settings = settings.withBatchMinTour(Double.parseDouble(args[i + 1]));
            } else if (args[i].equals("--wait-cost")) {
                settings = settings.withWaitCost(Double.parseDouble(args[i + 1]));
            } else if (args[i].equals("--candidate-load")) {
                settings = settings.withCandidateLoad(Double.parseDouble(args[i + 1]));
            }
        }
        System.out.println("dispatcher settings: " + settings);
        WaveDispatcher jsprit = new WaveDispatcher(matrices, settings);
        if (waveOnly) {
            waveOf200(jsprit, airspace, quad, requests);
            return;
        }
        GreedyNearestFirst greedy = new GreedyNearestFirst(matrices, MARGIN);
        if (Arrays.asList(args).contains("--greedy-only")) {
            System.out.println(day("greedy", new GreedyNearestFirst(matrices, MARGIN)::plan, airspace, quad, requests).row());
            return;
        }
        Result ours = day("jsprit", jsprit::plan, airspace, quad, requests);
        if (Arrays.asList(args).contains("--ours-only")) {
            System.out.println(Result.HEADER);
            System.out.println(ours.row());
            return;
        }
        Result base = day("greedy", greedy::plan, airspace, quad, requests);
        System.out.println();
        System.out.println(Result.HEADER);
        System.out.println(ours.row());
        System.out.println(base.row());
        System.out.printf(Locale.ROOT, "km ratio jsprit/greedy: %.3f (%.1f %% fewer); deliveries %d vs %d%n",
                ours.km / base.km, 100 * (1 - ours.km / base.km), ours.delivered, base.delivered);
        int moreDays = 0;
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--more-days")) {
                moreDays = Integer.parseInt(args[i + 1]);
            }
        }
        if (moreDays > 0) {
            moreDays(moreDays, jsprit, greedy, airspace, quad, ours, base);
        }

        waveOf200(jsprit, airspace, quad, requests);
    }

    /**
     * The same comparison on {@code n} more days of requests (seeds 1..n): how many parcels are
     * dropped within the 10 hours depends on the few requested in the last minutes, so one day
     * alone says little about it.
     */
    private static void moreDays(int n, WaveDispatcher jsprit, GreedyNearestFirst greedy, Airspace airspace, VehicleProfile quad,
                                 Result firstOurs, Result firstBase) {
        int oursInDay = firstOurs.inDay;
        int baseInDay = firstBase.inDay;
        double oursKm = firstOurs.km;
        double baseKm = firstBase.km;
        for (long seed = 1; seed <= n; seed++) {
            List<QueuedParcel> day = DispatchDayScenario.requests(airspace, REQUESTS, HOURS, seed);
            Result o = day("jsprit", jsprit::plan, airspace, quad, day);
            Result b = day("greedy", greedy::plan, airspace, quad, day);
            System.out.println("day with request seed " + seed + ":");
            System.out.println(o.row());
            System.out.println(b.row());
            oursInDay += o.inDay;
            baseInDay += b.inDay;
            oursKm += o.km;
            baseKm += b.km;
        }
        System.out.printf(Locale.ROOT, "%d days: dropped within the 10 h jsprit %d, greedy %d; km jsprit %.1f, greedy %.1f "
                + "(%.1f %% fewer)%n", n + 1, oursInDay, baseInDay, oursKm, baseKm, 100 * (1 - oursKm / baseKm));
    }

    private static void waveOf200(WaveDispatcher dispatcher, Airspace airspace, VehicleProfile quad, List<QueuedParcel> requests) {
        Instant now = DispatchDayScenario.START.plusSeconds(3600);
        List<QueuedParcel> queue = requests.subList(0, 200).stream().map(r -> new QueuedParcel(r.requestId(),
                r.dropPointId(), r.weightGrams(), r.priority(), now.minusSeconds(600), r.deadline().map(d -> now.plusSeconds(3 * 3600))))
                .toList();
        List<FleetDrone> fleet = fleet(airspace, quad, Map.of());
        SortiePlanner planner = new SortiePlanner(MARGIN);
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] solveCpu = new double[10];
        double[] solve = new double[10];
        double[] plansCpu = new double[10];
        double[] withPlans = new double[10];
        int sorties = 0;
        int parcels = 0;
        for (int i = -3; i < 10; i++) {
            long ca = cpu.getCurrentThreadCpuTime();
            long a = System.nanoTime();
            Wave w = dispatcher.plan(airspace, now, queue, fleet);
            long b = System.nanoTime();
            long cb = cpu.getCurrentThreadCpuTime();
            PlannedWave p = planner.plan(airspace, w, fleet);
            long c = System.nanoTime();
            long cc = cpu.getCurrentThreadCpuTime();
            if (i >= 0) {
                solve[i] = (b - a) / 1e6;
                solveCpu[i] = (cb - ca) / 1e6;
                plansCpu[i] = (cc - ca) / 1e6;
                withPlans[i] = (c - a) / 1e6;
                sorties = p.sorties().size();
                parcels = p.sorties().stream().mapToInt(s -> s.sortie().parcels().size()).sum();
            }
        }
        Arrays.sort(solve);
        Arrays.sort(solveCpu);
        Arrays.sort(plansCpu);
        Arrays.sort(withPlans);
        System.out.printf(Locale.ROOT, "wave of 20 drones, 200 queued: assignment median %.0f ms, max %.0f ms (CPU median "
                        + "%.0f ms); with the 20 mission plans median %.0f ms, max %.0f ms (CPU median %.0f ms) (target 2,000 ms); "
                        + "%d sorties carry %d parcels%n",
                solve[5], solve[9], solveCpu[5], withPlans[5], withPlans[9], plansCpu[5], sorties, parcels);
        System.out.printf(Locale.ROOT, "load average while measuring: %s%n", loadAverage());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return String.format(Locale.ROOT, "%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
        }
    }

    private static List<FleetDrone> fleet(Airspace airspace, VehicleProfile quad, Map<String, Long> busyUntil) {
        List<FleetDrone> out = new ArrayList<>();
        List<String> ids = DispatchDayScenario.droneIds(DRONES);
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            FleetDrone d = DispatchDayScenario.ready(id, quad, DispatchDayScenario.launchOf(airspace, i));
            out.add(busyUntil.containsKey(id)
                    ? new FleetDrone(id, quad, d.launchSiteId(), 100, java.util.Optional.of("flying a sortie")) : d);
        }
        return out;
    }

    private static Result day(String name, Strategy strategy, Airspace airspace, VehicleProfile quad, List<QueuedParcel> requests) {
        SortiePlanner planner = new SortiePlanner(MARGIN);
        Map<String, Long> busyUntil = new HashMap<>();
        List<QueuedParcel> queue = new ArrayList<>();
        Result r = new Result(name);
        int next = 0;
        long dayEnd = (long) (HOURS * 3600);
        for (long t = 0; next < requests.size() || !queue.isEmpty(); t += STEP) {
            Instant now = DispatchDayScenario.START.plusSeconds(t);
            while (next < requests.size() && !requests.get(next).requestedAt().isAfter(now)) {
                queue.add(requests.get(next++));
            }
            final long tt = t;
            busyUntil.values().removeIf(until -> until <= tt);
            if (queue.isEmpty() || busyUntil.size() == DRONES) {
                continue;
            }
            List<FleetDrone> fleet = fleet(airspace, quad, busyUntil);
            long a = CPU.getCurrentThreadCpuTime();
            Wave wave = strategy.plan(airspace, now, queue, fleet);
            long b = CPU.getCurrentThreadCpuTime();
            PlannedWave planned = planner.plan(airspace, wave, fleet);
            r.waveMillis.add((b - a) / 1e6);
            planned.wave().parcels().forEach(e -> r.lastNote.put(e.subjectId(), tt + " " + e.kind() + " " + e.text()));
            Set<String> flown = new HashSet<>();
            for (PlannedSortie s : planned.sorties()) {
                double[] drops = dropSeconds(s);
                for (int i = 0; i < drops.length; i++) {
                    QueuedParcel p = s.sortie().parcels().get(i);
                    double latency = t + drops[i] - Duration.between(DispatchDayScenario.START, p.requestedAt()).toSeconds();
                    r.record(p, latency, t + drops[i] <= dayEnd);
                    if (t + drops[i] > dayEnd && DIAGNOSE) {
                        System.out.printf(Locale.ROOT, "%s late: %s %s requested %+.0f s, sortie at %+d s, drop %+.0f s (%d on sortie); last: %s%n",
                                name, p.requestId(), p.priority(), Duration.between(DispatchDayScenario.START, p.requestedAt()).toSeconds() - (double) dayEnd,
                                t - dayEnd, t + drops[i] - dayEnd, drops.length, r.lastNote.get(p.requestId()));
                    }
                    flown.add(p.requestId());
                }
                r.km += s.metres() / 1000;
                r.sorties++;
                busyUntil.put(s.sortie().droneId(), t + (long) Math.ceil(s.seconds()) + TURNAROUND);
            }
            queue.removeIf(p -> flown.contains(p.requestId()));
            if (t > dayEnd + 6 * 3600) {
                System.out.printf(Locale.ROOT, "%s: stopped 6 h after the day with %d parcels queued%n", name, queue.size());
                break;
            }
        }
        return r;
    }

    /** Seconds from takeoff to the end of each drop's hold, from the planner's own estimate. */
    private static double[] dropSeconds(PlannedSortie s) {
        double[] out = new double[s.sortie().parcels().size()];
        double t = 0;
        int k = 0;
        for (PhaseEstimate phase : s.plan().energy().phases()) {
            t += phase.seconds();
            if (phase.phase() == FlightPhase.HOLD && k < out.length) {
                out[k++] = t;
            }
        }
        return out;
    }

    private static final class Result {
        static final String HEADER = String.format(Locale.ROOT, "%-7s %9s %9s %8s %8s %8s %8s %8s %8s %7s %9s %9s %9s",
                "", "delivered", "in 10 h", "urg p50", "urg p95", "all p50", "all p95", "km", "sorties", "per", "cpu p50",
                "cpu p95", "cpu max");
        final String name;
        final List<Double> urgent = new ArrayList<>();
        final List<Double> all = new ArrayList<>();
        final List<Double> waveMillis = new ArrayList<>();
        final Map<String, String> lastNote = new HashMap<>();
        int delivered;
        int inDay;
        double km;
        int sorties;

        Result(String name) {
            this.name = name;
        }

        void record(QueuedParcel p, double latencySeconds, boolean inTheDay) {
            delivered++;
            if (inTheDay) {
                inDay++;
            }
            all.add(latencySeconds / 60);
            if (p.priority() == Priority.URGENT_MEDICINE) {
                urgent.add(latencySeconds / 60);
            }
        }

        String row() {
            return String.format(Locale.ROOT, "%-7s %9d %9d %7.1fm %7.1fm %7.1fm %7.1fm %8.1f %8d %7.2f %7.0fms %7.0fms %7.0fms",
                    name, delivered, inDay, pct(urgent, 50), pct(urgent, 95), pct(all, 50), pct(all, 95), km, sorties,
                    (double) delivered / sorties, pct(waveMillis, 50), pct(waveMillis, 95), pct(waveMillis, 100));
        }

        static double pct(List<Double> xs, double p) {
            if (xs.isEmpty()) {
                return Double.NaN;
            }
            double[] a = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int i = (int) Math.ceil(p / 100 * a.length) - 1;
            return a[Math.max(0, Math.min(a.length - 1, i))];
        }
    }
}
