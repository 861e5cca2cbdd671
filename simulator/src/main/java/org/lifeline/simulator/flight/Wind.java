package org.lifeline.simulator.flight;

import java.util.Random;

/**
 * Steady wind plus gusts. Gusts are a first-order Gauss–Markov process per axis (the usual
 * cheap stand-in for a Dryden model): correlated over {@code gustTimeConstant} seconds with a
 * standard deviation of {@code gustStdDev} m/s. Drawn from the simulation's seeded
 * {@link Random}, so the same seed gives the same gusts.
 */
public final class Wind {

    private final double steadyNorth;
    private final double steadyEast;
    private final double gustStdDev;
    private final double gustTimeConstant;
    private double gustNorth;
    private double gustEast;

    /**
     * @param speed          steady wind speed, m/s
     * @param fromDegrees    direction the wind blows from, degrees true
     * @param gustStdDev     gust standard deviation, m/s (0 for none)
     * @param gustTimeConstant gust correlation time, s
     */
    public Wind(double speed, double fromDegrees, double gustStdDev, double gustTimeConstant) {
        if (speed < 0 || gustStdDev < 0 || !(gustTimeConstant > 0)) {
            throw new IllegalArgumentException("wind speed and gust deviation must be >= 0 and the gust time constant > 0");
        }
        double to = Math.toRadians(fromDegrees + 180);
        this.steadyNorth = speed * Math.cos(to);
        this.steadyEast = speed * Math.sin(to);
        this.gustStdDev = gustStdDev;
        this.gustTimeConstant = gustTimeConstant;
    }

    public static Wind calm() {
        return new Wind(0, 0, 0, 1);
    }

    /** Advances the gust process by {@code dt} seconds. */
    public void step(double dt, Random random) {
        if (gustStdDev == 0) {
            return;
        }
        double a = Math.exp(-dt / gustTimeConstant);
        double b = gustStdDev * Math.sqrt(1 - a * a);
        gustNorth = a * gustNorth + b * random.nextGaussian();
        gustEast = a * gustEast + b * random.nextGaussian();
    }

    public double north() {
        return steadyNorth + gustNorth;
    }

    public double east() {
        return steadyEast + gustEast;
    }

    /** The gust part alone: what the position controller has not yet compensated. */
    public double gustNorth() {
        return gustNorth;
    }

    public double gustEast() {
        return gustEast;
    }
}
