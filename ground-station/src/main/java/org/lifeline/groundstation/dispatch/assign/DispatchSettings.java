package org.lifeline.groundstation.dispatch.assign;

/**
 * How waves are computed.
 *
 * @param marginMetres        horizontal safety margin from zones, as for {@code lifeline plan}
 * @param iterations          jsprit search iterations per wave (bounds the wave's time)
 * @param seed                seed of the solver's random numbers: the same inputs give the same wave
 * @param candidatesPerDrone  how many queued parcels per available drone the solver sees; the
 *                            rest wait in queue order (urgent medicine is always seen)
 * @param sortieFixedMetres   what flying one more sortie costs, in metres of flight: the solver
 *                            loads one drone with two neighbouring parcels rather than sending two
 */
public record DispatchSettings(double marginMetres, int iterations, long seed, int candidatesPerDrone,
                               double sortieFixedMetres) {

    /** Margin 30 m as {@code lifeline plan}; 200 iterations; 8 parcels per drone; a sortie worth 1.5 km. */
    public static final DispatchSettings DEFAULTS = new DispatchSettings(30, 200, 42, 8, 1500);

    public DispatchSettings {
        if (!(marginMetres >= 0) || Double.isInfinite(marginMetres)) {
            throw new IllegalArgumentException("margin " + marginMetres + " m is not a finite non-negative number");
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations " + iterations + " is not >= 1");
        }
        if (candidatesPerDrone < 1) {
            throw new IllegalArgumentException("candidatesPerDrone " + candidatesPerDrone + " is not >= 1");
        }
        if (!(sortieFixedMetres >= 0)) {
            throw new IllegalArgumentException("sortieFixedMetres " + sortieFixedMetres + " is not >= 0");
        }
    }

    public DispatchSettings withIterations(int n) {
        return new DispatchSettings(marginMetres, n, seed, candidatesPerDrone, sortieFixedMetres);
    }

    public DispatchSettings withSortieFixedMetres(double m) {
        return new DispatchSettings(marginMetres, iterations, seed, candidatesPerDrone, m);
    }
}
