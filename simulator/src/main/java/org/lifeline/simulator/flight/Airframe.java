package org.lifeline.simulator.flight;

/**
 * Performance limits and power figures of the simulated multicopter. The defaults follow
 * ArduCopter's parameter defaults (WPNAV_SPEED 10 m/s, WPNAV_SPEED_UP 2.5 m/s, WPNAV_SPEED_DN
 * 1.5 m/s, WPNAV_ACCEL 2.5 m/s², LAND_SPEED 0.5 m/s below 10 m) and a 1.6 kg delivery quad on
 * a 4S 5000 mAh pack (≈ 250 W hover, ≈ 18 minutes of hover).
 *
 * @param cruiseSpeed       default horizontal speed, m/s
 * @param maxSpeed          upper bound for DO_CHANGE_SPEED, m/s
 * @param climbRate         maximum climb rate, m/s
 * @param descentRate       maximum descent rate, m/s
 * @param landSpeed         final descent rate below {@code landSlowdownAltitude}, m/s
 * @param landSlowdownAltitude altitude below which landing slows to {@code landSpeed}, m
 * @param horizontalAccel   horizontal acceleration limit, m/s²
 * @param verticalAccel     vertical acceleration limit, m/s²
 * @param yawRate           maximum yaw rate, deg/s
 * @param massKg            take-off mass, kg
 * @param hoverPowerW       electrical power in hover, W
 * @param parasiticPowerCoeff parasitic (body drag) power per (m/s)³ of airspeed, W
 * @param inducedVelocity   rotor induced velocity in hover, m/s (sets where translational lift helps)
 * @param idlePowerW        power drawn disarmed (avionics), W
 * @param liftEfficiency    fraction of electrical power turned into climb work
 */
public record Airframe(double cruiseSpeed, double maxSpeed, double climbRate, double descentRate,
                       double landSpeed, double landSlowdownAltitude, double horizontalAccel,
                       double verticalAccel, double yawRate, double massKg, double hoverPowerW,
                       double parasiticPowerCoeff, double inducedVelocity, double idlePowerW, double liftEfficiency) {

    public static final double GRAVITY = 9.80665;

    public Airframe {
        if (!(cruiseSpeed > 0 && maxSpeed >= cruiseSpeed && climbRate > 0 && descentRate > 0
                && landSpeed > 0 && horizontalAccel > 0 && verticalAccel > 0 && yawRate > 0 && massKg > 0
                && hoverPowerW > 0 && liftEfficiency > 0 && liftEfficiency <= 1)) {
            throw new IllegalArgumentException("airframe limits must be positive (and maxSpeed >= cruiseSpeed): " + cruiseSpeed + "/" + maxSpeed);
        }
    }

    /**
     * Electrical power in level flight at {@code airspeed}: the rotors' induced power falls with
     * speed (translational lift, momentum theory), profile power stays, body drag grows with v³ —
     * the usual U-shaped power curve, lowest around 8–12 m/s.
     */
    public double levelFlightPower(double airspeed) {
        double r = airspeed / inducedVelocity;
        double induced = Math.sqrt(Math.sqrt(0.25 * r * r * r * r + 1) - 0.5 * r * r);
        return hoverPowerW * (0.8 * induced + 0.2) + parasiticPowerCoeff * airspeed * airspeed * airspeed;
    }

    /** A 1.6 kg quad with ArduCopter's default navigation limits. */
    public static Airframe deliveryQuad() {
        return new Airframe(10.0, 20.0, 2.5, 1.5, 0.5, 10.0, 2.5, 2.5, 90.0, 1.6, 250.0, 0.04, 8.0, 4.0, 0.6);
    }

    /**
     * ArduPilot SITL's quad as measured on SITL: the same navigation limits, but climbs and
     * descends with WPNAV_ACCEL_Z / PILOT_ACCEL_Z's 1 m/s² (a 40 m takeoff takes about 20 s, 30 m
     * about 15 s) and draws about 380 W (30 A at 12.6 V) in hover and cruise.
     */
    public static Airframe arduPilotSitlQuad() {
        return new Airframe(10.0, 20.0, 2.5, 1.5, 0.5, 10.0, 2.5, 1.0, 90.0, 1.6, 380.0, 0.09, 8.0, 4.0, 0.6);
    }

    /** This airframe with another cruise speed (WPNAV_SPEED). */
    public Airframe withCruiseSpeed(double speed) {
        return new Airframe(speed, Math.max(maxSpeed, speed), climbRate, descentRate, landSpeed, landSlowdownAltitude,
                horizontalAccel, verticalAccel, yawRate, massKg, hoverPowerW, parasiticPowerCoeff, inducedVelocity, idlePowerW, liftEfficiency);
    }
}
