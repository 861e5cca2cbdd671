package org.lifeline.benchmarks;

import java.util.Arrays;
import java.util.Locale;
import org.lifeline.mission.MissionPlan;

/**
 * Prints the mission-upload table: for 10, 100 and 500 items at 0, 10 and 30 % frame loss, the
 * mean simulated upload time with adaptive timeouts, with an adaptive ground station against a
 * fixed-timeout vehicle, and with the spec's fixed timeouts on both sides (the baseline), each
 * as a ratio to the link floor; and how many runs ended with exactly the intended mission.
 * Same seeds for every column. Usage: {@code java -cp benchmarks.jar
 * org.lifeline.benchmarks.MissionTransferTable [runsPerCell]}.
 */
public final class MissionTransferTable {

    private MissionTransferTable() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        System.out.printf(Locale.ROOT, "runs per cell: %d; 57600 baud, 25 ms one-way latency; times are simulated ms (mean)%n", runs);
        System.out.printf(Locale.ROOT, "%5s %5s %8s | %9s %6s %6s | %9s %6s %6s | %9s %6s %6s | %8s %7s%n",
                "items", "loss", "floor", "adaptive", "×floor", "exact", "adpt-cli", "×floor", "exact",
                "fixed", "×floor", "exact", "fix/adpt", "wall ms");
        double[] lossless = new double[3];
        for (int items : new int[] {10, 100, 500}) {
            MissionPlan plan = UploadScenario.plan(items);
            double floor = UploadScenario.floorMillis(plan);
            for (double loss : new double[] {0.0, 0.1, 0.3}) {
                Cell adaptive = cell(plan, loss, UploadScenario.Timeouts.ADAPTIVE, runs);
                Cell clientOnly = cell(plan, loss, UploadScenario.Timeouts.ADAPTIVE_CLIENT_ONLY, runs);
                Cell fixed = cell(plan, loss, UploadScenario.Timeouts.FIXED, runs);
                if (loss == 0.0) {
                    lossless[0] = adaptive.mean;
                }
                System.out.printf(Locale.ROOT,
                        "%5d %4.0f%% %8.0f | %9.0f %6.2f %3d/%-2d | %9.0f %6.2f %3d/%-2d | %9.0f %6.2f %3d/%-2d | %8.2f %7.1f%s%n",
                        items, loss * 100, floor,
                        adaptive.mean, adaptive.mean / floor, adaptive.exact, runs,
                        clientOnly.mean, clientOnly.mean / floor, clientOnly.exact, runs,
                        fixed.mean, fixed.mean / floor, fixed.exact, runs,
                        fixed.mean / adaptive.mean, adaptive.wallMillis,
                        loss > 0 ? String.format(Locale.ROOT, "   (adaptive %.2f× its lossless time, p95 %.0f ms)",
                                adaptive.mean / lossless[0], adaptive.p95) : "");
            }
        }
    }

    private record Cell(double mean, double p95, int exact, double wallMillis) {
    }

    private static Cell cell(MissionPlan plan, double loss, UploadScenario.Timeouts timeouts, int runs) {
        double[] times = new double[runs];
        int exact = 0;
        long wall = 0;
        for (int seed = 1; seed <= runs; seed++) {
            UploadScenario.Outcome o = UploadScenario.run(plan, loss, timeouts, seed);
            times[seed - 1] = o.simulatedMillis();
            exact += o.success() && o.exact() ? 1 : 0;
            wall += o.wallNanos();
        }
        Arrays.sort(times);
        double mean = Arrays.stream(times).average().orElse(0);
        double p95 = times[Math.min(runs - 1, (int) Math.ceil(0.95 * runs) - 1)];
        return new Cell(mean, p95, exact, wall / 1e6 / runs);
    }
}
