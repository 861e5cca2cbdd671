package org.lifeline.groundstation.planning.energy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The estimate of a whole mission against one battery.
 *
 * @param phases    every phase in flight order
 * @param batteryWh usable energy at takeoff
 * @param reserveWh energy that must remain on landing
 */
public record EnergyEstimate(List<PhaseEstimate> phases, double batteryWh, double reserveWh) {

    public EnergyEstimate {
        phases = List.copyOf(phases);
    }

    public double metres() {
        return phases.stream().mapToDouble(PhaseEstimate::metres).sum();
    }

    public double seconds() {
        return phases.stream().mapToDouble(PhaseEstimate::seconds).sum();
    }

    public double wattHours() {
        return phases.stream().mapToDouble(PhaseEstimate::wattHours).sum();
    }

    /** Energy left on landing; negative when the battery would run flat. */
    public double remainingWh() {
        return batteryWh - wattHours();
    }

    public double remainingPercent() {
        return 100.0 * remainingWh() / batteryWh;
    }

    /** Energy left above the reserve; negative when the reserve would be eaten into. */
    public double marginWh() {
        return remainingWh() - reserveWh;
    }

    /** Per-leg totals in flight order. */
    public List<LegEstimate> legs() {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (PhaseEstimate p : phases) {
            double[] s = sums.computeIfAbsent(p.leg(), k -> new double[3]);
            s[0] += p.metres();
            s[1] += p.seconds();
            s[2] += p.wattHours();
        }
        List<LegEstimate> out = new ArrayList<>();
        sums.forEach((leg, s) -> out.add(new LegEstimate(leg, s[0], s[1], s[2])));
        return out;
    }

    /**
     * Refuses a mission that would land below the reserve.
     *
     * @throws EnergyRefusedException naming the shortfall in Wh and in percent of the battery
     */
    public void requireReserve() throws EnergyRefusedException {
        if (marginWh() < 0) {
            double reservePercent = 100.0 * reserveWh / batteryWh;
            if (remainingWh() < 0) {
                throw new EnergyRefusedException(String.format(Locale.ROOT,
                        "energy: the mission needs %.1f Wh of the %.1f Wh battery and would run it flat %.1f Wh before "
                                + "landing, %.1f Wh (%.1f %%) beyond the %.0f %% reserve of %.1f Wh",
                        wattHours(), batteryWh, -remainingWh(), -marginWh(), -100.0 * marginWh() / batteryWh,
                        reservePercent, reserveWh), this);
            }
            throw new EnergyRefusedException(String.format(Locale.ROOT,
                    "energy: the mission needs %.1f Wh of the %.1f Wh battery and would land with %.1f Wh (%.1f %%), "
                            + "%.1f Wh (%.1f %%) below the %.0f %% reserve of %.1f Wh",
                    wattHours(), batteryWh, remainingWh(), remainingPercent(), -marginWh(),
                    -100.0 * marginWh() / batteryWh, reservePercent, reserveWh), this);
        }
    }
}
