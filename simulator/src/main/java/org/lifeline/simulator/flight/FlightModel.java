package org.lifeline.simulator.flight;

import java.util.Random;

/**
 * A kinematic multicopter. Each {@link #step} moves the vehicle one time step towards the
 * current {@link Target} the way ArduCopter's position controller would: horizontal speed
 * shaped so it can stop at the target ({@code v ≤ √(2·a·d)}), velocity changes limited by the
 * acceleration limits, climb and descent rates capped, the last metres of a landing slowed.
 * Gusts push it off its track by the part the controller has not rejected yet (15 %); steady
 * wind changes only the airspeed, hence the power drawn. Attitude is derived from the
 * acceleration and drag the frame must tilt against.
 *
 * <p>Deterministic: all randomness comes from two {@link Random}s seeded from the constructor
 * seed, and time only moves in {@link #step}.
 */
public final class FlightModel {

    private static final double GUST_RESIDUAL = 0.15;
    private static final double DRAG_TILT = 0.035;

    private final Airframe airframe;
    private final Wind wind;
    private final GpsReceiver gps;
    private final Battery battery;
    private final Random windRandom;
    private final Random gpsRandom;

    private double time;
    private double north;
    private double east;
    private double altitude;
    private double vn;
    private double ve;
    private double vz;
    private double an;
    private double ae;
    private double heading;
    private double yawRateDeg;
    private boolean landed = true;
    private double throttle;
    private Target.Kind lastKind = Target.Kind.IDLE;
    private double holdNorth;
    private double holdEast;
    private double holdAltitude;

    public FlightModel(Airframe airframe, Wind wind, GpsReceiver gps, Battery battery, long seed) {
        this.airframe = airframe;
        this.wind = wind;
        this.gps = gps;
        this.battery = battery;
        this.windRandom = new Random(seed);
        this.gpsRandom = new Random(seed * 0x9E3779B97F4A7C15L + 1);
    }

    /** Advances the model by {@code dt} seconds towards {@code target}. */
    public void step(double dt, Target target) {
        if (!(dt > 0)) {
            throw new IllegalArgumentException("time step must be positive, got " + dt);
        }
        time += dt;
        wind.step(dt, windRandom);
        gps.step(dt, gpsRandom);
        if (target.kind() != lastKind) {
            holdNorth = north;
            holdEast = east;
            holdAltitude = altitude;
            lastKind = target.kind();
        }
        double wantN = 0;
        double wantE = 0;
        double wantZ = 0;
        switch (target.kind()) {
            case IDLE -> {
            }
            case HOLD -> {
                double[] h = horizontalTowards(holdNorth, holdEast, airframe.cruiseSpeed());
                wantN = h[0];
                wantE = h[1];
                wantZ = verticalTowards(landed ? 0 : holdAltitude);
            }
            case TAKEOFF -> {
                double[] h = horizontalTowards(holdNorth, holdEast, airframe.cruiseSpeed());
                wantN = h[0];
                wantE = h[1];
                wantZ = verticalTowards(target.altitude());
            }
            case GOTO -> {
                double speed = Math.min(airframe.maxSpeed(), target.speed() > 0 ? target.speed() : airframe.cruiseSpeed());
                double[] h = horizontalTowards(target.north(), target.east(), speed);
                wantN = h[0];
                wantE = h[1];
                wantZ = verticalTowards(target.altitude());
            }
            case LAND -> {
                double[] h = horizontalTowards(holdNorth, holdEast, airframe.cruiseSpeed());
                wantN = h[0];
                wantE = h[1];
                wantZ = -(altitude > airframe.landSlowdownAltitude() ? airframe.descentRate() : airframe.landSpeed());
            }
        }
        if (landed && wantZ <= 0) {
            vn = ve = vz = an = ae = 0;
            throttle = target.kind() == Target.Kind.IDLE ? 0 : 0.1;
            yawRateDeg = 0;
            battery.draw(target.kind() == Target.Kind.IDLE ? airframe.idlePowerW() : airframe.hoverPowerW() * 0.1, dt);
            return;
        }
        landed = false;
        integrate(dt, wantN, wantE, wantZ);
    }

    private void integrate(double dt, double wantN, double wantE, double wantZ) {
        double dvn = wantN - vn;
        double dve = wantE - ve;
        double dvMag = Math.hypot(dvn, dve);
        double maxDv = airframe.horizontalAccel() * dt;
        if (dvMag > maxDv) {
            dvn *= maxDv / dvMag;
            dve *= maxDv / dvMag;
        }
        an = dvn / dt;
        ae = dve / dt;
        vn += dvn;
        ve += dve;
        double dvz = Math.max(-airframe.verticalAccel() * dt, Math.min(airframe.verticalAccel() * dt, wantZ - vz));
        vz += dvz;
        north += (vn + GUST_RESIDUAL * wind.gustNorth()) * dt;
        east += (ve + GUST_RESIDUAL * wind.gustEast()) * dt;
        altitude += vz * dt;
        if (altitude <= 0 && vz <= 0) {
            altitude = 0;
            vn = ve = vz = an = ae = 0;
            landed = true;
        }
        updateHeading(dt);
        double airN = vn - wind.north();
        double airE = ve - wind.east();
        double airspeed = Math.sqrt(airN * airN + airE * airE);
        double climbPower = Math.max(0, vz) * airframe.massKg() * Airframe.GRAVITY / airframe.liftEfficiency();
        double power = landed ? airframe.hoverPowerW() * 0.1 : airframe.levelFlightPower(airspeed) + climbPower;
        throttle = Math.min(1.0, 0.45 * power / airframe.hoverPowerW());
        battery.draw(power, dt);
    }

    private void updateHeading(double dt) {
        double speed = Math.hypot(vn, ve);
        if (speed < 1.0) {
            yawRateDeg = 0;
            return;
        }
        double want = Math.toDegrees(Math.atan2(ve, vn));
        double diff = ((want - heading) % 360 + 540) % 360 - 180;
        double maxTurn = airframe.yawRate() * dt;
        double turn = Math.max(-maxTurn, Math.min(maxTurn, diff));
        heading = (heading + turn + 360) % 360;
        yawRateDeg = turn / dt;
    }

    /** Horizontal velocity set-point towards a point, slowing so it can stop there. */
    private double[] horizontalTowards(double n, double e, double speed) {
        double dn = n - north;
        double de = e - east;
        double dist = Math.hypot(dn, de);
        if (dist < 0.01) {
            return new double[] {0, 0};
        }
        double v = Math.min(speed, Math.sqrt(2 * airframe.horizontalAccel() * dist) * 0.9);
        v = Math.min(v, dist * 2.0);
        return new double[] {dn / dist * v, de / dist * v};
    }

    private double verticalTowards(double alt) {
        double dz = alt - altitude;
        double limit = dz > 0 ? airframe.climbRate() : airframe.descentRate();
        double v = Math.min(limit, Math.min(Math.sqrt(2 * airframe.verticalAccel() * Math.abs(dz)) * 0.9, Math.abs(dz) * 2.0));
        return Math.signum(dz) * v;
    }

    /** Pitch in radians (nose down negative), from forward acceleration and drag tilt. */
    public double pitch() {
        double h = Math.toRadians(heading);
        double tn = an / Airframe.GRAVITY + DRAG_TILT * (vn - wind.north());
        double te = ae / Airframe.GRAVITY + DRAG_TILT * (ve - wind.east());
        return landed ? 0 : -Math.atan(tn * Math.cos(h) + te * Math.sin(h));
    }

    /** Roll in radians (right wing down positive). */
    public double roll() {
        double h = Math.toRadians(heading);
        double tn = an / Airframe.GRAVITY + DRAG_TILT * (vn - wind.north());
        double te = ae / Airframe.GRAVITY + DRAG_TILT * (ve - wind.east());
        return landed ? 0 : Math.atan(-tn * Math.sin(h) + te * Math.cos(h));
    }

    /** Places the vehicle (on the ground) at a local position, e.g. after a reboot. */
    public void resetTo(double n, double e) {
        north = n;
        east = e;
        altitude = 0;
        vn = ve = vz = an = ae = 0;
        landed = true;
    }

    public double time() {
        return time;
    }

    public double north() {
        return north;
    }

    public double east() {
        return east;
    }

    public double altitude() {
        return altitude;
    }

    public double velocityNorth() {
        return vn;
    }

    public double velocityEast() {
        return ve;
    }

    /** Vertical speed, up positive, m/s. */
    public double climbRate() {
        return vz;
    }

    public double groundSpeed() {
        return Math.hypot(vn, ve);
    }

    public double airspeed() {
        return Math.hypot(vn - wind.north(), ve - wind.east());
    }

    /** Heading in degrees, 0..360. */
    public double heading() {
        return heading;
    }

    public double yawRateDegrees() {
        return yawRateDeg;
    }

    public boolean landed() {
        return landed;
    }

    /** Throttle 0..1 (hover ≈ 0.45). */
    public double throttle() {
        return throttle;
    }

    public Airframe airframe() {
        return airframe;
    }

    public Battery battery() {
        return battery;
    }

    public GpsReceiver gps() {
        return gps;
    }

    public Wind wind() {
        return wind;
    }
}
