package org.lifeline.groundstation.dispatch.assign;

import java.time.Duration;
import java.util.Objects;

/**
 * How waves are computed.
 *
 * @param marginMetres        horizontal safety margin from zones, as for {@code lifeline plan}
 * @param iterations          jsprit search iterations per wave (bounds the wave's time)
 * @param seed                seed of the solver's random numbers: the same inputs give the same wave
 * @param candidateLoad       the solver sees queued parcels, in queue order, up to this many times
 *                            the payload of the available drones (urgent medicine always); the
 *                            rest wait their turn. A bigger share gives the solver more choice
 *                            and costs time.
 * @param sortieFixedMetres   what flying one more sortie costs, in metres of flight: the solver
 *                            loads one drone with two neighbouring parcels rather than sending two
 * @param batchWindow         how long a parcel that is not urgent medicine may be held back so
 *                            that it flies with others; {@link Duration#ZERO} flies everything at once
 * @param batchFill           a sortie of such parcels, all younger than the window, flies only if
 *                            loaded to at least this share of the drone's payload (0..1)
 * @param batchMinTourMetres  a sortie whose geofenced tour is shorter than this is never held:
 *                            sharing it could save little
 * @param waitMetresPerSecond what each second before a drop that is not urgent medicine costs,
 *                            in metres of flight (urgent medicine: 10 m); 0 leaves the order
 *                            of ordinary drops to distance alone
 */
public record DispatchSettings(double marginMetres, int iterations, long seed, double candidateLoad,
                               double sortieFixedMetres, Duration batchWindow, double batchFill,
                               double batchMinTourMetres, double waitMetresPerSecond) {

    /**
     * Margin 30 m as {@code lifeline plan}; 100 iterations; candidates up to 1.5 × the fleet's
     * payload; a sortie worth 1.5 km; parcels held up to 10 minutes for sorties at least 60 % full
     * whose tour is 4 km or longer; each second before an ordinary drop worth 4 m (the simulated
     * day in docs/dispatch.md measures these choices).
     */
    public static final DispatchSettings DEFAULTS = new DispatchSettings(30, 100, 42, 1.5, 1500, Duration.ofMinutes(10), 0.6,
            4000, 4);

    public DispatchSettings {
        if (!(marginMetres >= 0) || Double.isInfinite(marginMetres)) {
            throw new IllegalArgumentException("margin " + marginMetres + " m is not a finite non-negative number");
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations " + iterations + " is not >= 1");
        }
        if (!(candidateLoad >= 1)) {
            throw new IllegalArgumentException("candidateLoad " + candidateLoad + " is not >= 1");
        }
        if (!(sortieFixedMetres >= 0)) {
            throw new IllegalArgumentException("sortieFixedMetres " + sortieFixedMetres + " is not >= 0");
        }
        Objects.requireNonNull(batchWindow, "batchWindow");
        if (batchWindow.isNegative()) {
            throw new IllegalArgumentException("batchWindow " + batchWindow + " is negative");
        }
        if (!(batchFill >= 0 && batchFill <= 1)) {
            throw new IllegalArgumentException("batchFill " + batchFill + " is not 0..1");
        }
        if (!(batchMinTourMetres >= 0)) {
            throw new IllegalArgumentException("batchMinTourMetres " + batchMinTourMetres + " is not >= 0");
        }
        if (!(waitMetresPerSecond >= 0) || Double.isInfinite(waitMetresPerSecond)) {
            throw new IllegalArgumentException("waitMetresPerSecond " + waitMetresPerSecond + " is not a finite number >= 0");
        }
    }

    public DispatchSettings withIterations(int n) {
        return new DispatchSettings(marginMetres, n, seed, candidateLoad, sortieFixedMetres, batchWindow, batchFill,
                batchMinTourMetres, waitMetresPerSecond);
    }

    public DispatchSettings withBatching(Duration window, double fill) {
        return new DispatchSettings(marginMetres, iterations, seed, candidateLoad, sortieFixedMetres, window, fill,
                batchMinTourMetres, waitMetresPerSecond);
    }

    public DispatchSettings withCandidateLoad(double load) {
        return new DispatchSettings(marginMetres, iterations, seed, load, sortieFixedMetres, batchWindow, batchFill,
                batchMinTourMetres, waitMetresPerSecond);
    }

    public DispatchSettings withBatchMinTour(double metres) {
        return new DispatchSettings(marginMetres, iterations, seed, candidateLoad, sortieFixedMetres, batchWindow, batchFill,
                metres, waitMetresPerSecond);
    }

    public DispatchSettings withWaitCost(double metresPerSecond) {
        return new DispatchSettings(marginMetres, iterations, seed, candidateLoad, sortieFixedMetres, batchWindow, batchFill,
                batchMinTourMetres, metresPerSecond);
    }

    public DispatchSettings withSortieFixedMetres(double metres) {
        return new DispatchSettings(marginMetres, iterations, seed, candidateLoad, metres, batchWindow, batchFill,
                batchMinTourMetres, waitMetresPerSecond);
    }
}
