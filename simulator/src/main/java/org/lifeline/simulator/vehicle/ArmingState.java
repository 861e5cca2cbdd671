package org.lifeline.simulator.vehicle;

import java.util.Optional;

/**
 * Armed or not, and when: the moment of arming, the first moment off the ground since then
 * (the takeoff the failsafes time from) and the auto-disarms ArduCopter makes on the ground —
 * "Land complete" after a flight, or DISARM_DELAY seconds after arming without one.
 */
final class ArmingState {

    private boolean armed;
    private double armedAt;
    private double takeoffTime = Double.NaN;
    private boolean airborneSinceArming;

    /** Power-on: disarmed, never flown. */
    void boot() {
        armed = false;
        takeoffTime = Double.NaN;
        airborneSinceArming = false;
    }

    void arm(double now) {
        armed = true;
        armedAt = now;
        airborneSinceArming = false;
        takeoffTime = Double.NaN;
    }

    void disarm() {
        armed = false;
    }

    boolean armed() {
        return armed;
    }

    /** Notes the first moment off the ground since arming. */
    void step(double now, boolean landed) {
        if (armed && !landed && !airborneSinceArming) {
            airborneSinceArming = true;
            takeoffTime = now;
        }
    }

    /**
     * Why an armed vehicle on the ground disarms by itself now, if it does.
     *
     * @param landingMode  the mode lands (LAND, RTL, or AUTO with its mission complete)
     * @param auto         the mode is AUTO (which never disarms before a flight)
     * @param disarmDelay  DISARM_DELAY in seconds (0: never)
     */
    Optional<String> autoDisarm(double now, boolean landingMode, boolean auto, double disarmDelay) {
        if (airborneSinceArming && landingMode) {
            return Optional.of("Land complete");
        }
        if (!airborneSinceArming && disarmDelay > 0 && now - armedAt >= disarmDelay && !auto) {
            return Optional.of("Auto disarmed after " + Math.round(disarmDelay) + " s on the ground");
        }
        return Optional.empty();
    }

    /** Seconds since the takeoff of this arming, NaN before it. */
    double secondsSinceTakeoff(double now) {
        return Double.isNaN(takeoffTime) ? Double.NaN : now - takeoffTime;
    }
}
