package org.lifeline.simulator.flight;

import java.util.Random;

/**
 * The GPS receiver: after a cold-start delay it reports a 3D fix whose position wanders
 * around the truth (a Gauss–Markov error per axis, as real receivers drift rather than
 * jump). It can be made to lose its fix to exercise the autopilot's GPS failsafe.
 */
public final class GpsReceiver {

    /** MAVLink GPS_FIX_TYPE values used here. */
    public static final int FIX_NONE = 1;
    public static final int FIX_3D = 3;

    private final double lockDelaySeconds;
    private final double horizontalStdDev;
    private final double verticalStdDev;
    private double errorNorth;
    private double errorEast;
    private double errorUp;
    private boolean lost;

    public GpsReceiver(double lockDelaySeconds, double horizontalStdDev, double verticalStdDev) {
        this.lockDelaySeconds = lockDelaySeconds;
        this.horizontalStdDev = horizontalStdDev;
        this.verticalStdDev = verticalStdDev;
    }

    public static GpsReceiver typical() {
        return new GpsReceiver(5.0, 0.6, 1.2);
    }

    /** Advances the error process by {@code dt} seconds (30 s correlation time). */
    public void step(double dt, Random random) {
        double a = Math.exp(-dt / 30.0);
        double s = Math.sqrt(1 - a * a);
        errorNorth = a * errorNorth + horizontalStdDev * s * random.nextGaussian();
        errorEast = a * errorEast + horizontalStdDev * s * random.nextGaussian();
        errorUp = a * errorUp + verticalStdDev * s * random.nextGaussian();
    }

    /** The fix type at {@code bootSeconds} after power-on. */
    public int fixType(double bootSeconds) {
        return !lost && bootSeconds >= lockDelaySeconds ? FIX_3D : FIX_NONE;
    }

    public boolean hasFix(double bootSeconds) {
        return fixType(bootSeconds) == FIX_3D;
    }

    public int satellites(double bootSeconds) {
        return hasFix(bootSeconds) ? 14 : 0;
    }

    public void setLost(boolean lost) {
        this.lost = lost;
    }

    public boolean lost() {
        return lost;
    }

    public double errorNorth() {
        return errorNorth;
    }

    public double errorEast() {
        return errorEast;
    }

    public double errorUp() {
        return errorUp;
    }

    public double lockDelaySeconds() {
        return lockDelaySeconds;
    }
}
