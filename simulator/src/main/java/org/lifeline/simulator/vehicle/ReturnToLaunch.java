package org.lifeline.simulator.vehicle;

import org.lifeline.simulator.flight.FlightModel;
import org.lifeline.simulator.flight.Target;

/**
 * ArduCopter's RTL: climb to RTL_ALT (or stay higher), fly to the return point (home or the
 * nearest rally point), loiter there five seconds (RTL_LOIT_TIME's default), then land.
 *
 * <pre>
 *   CLIMB ──alt ≥ RTL_ALT──▶ RETURN ──within 2 m──▶ LOITER ──5 s──▶ LAND ──touchdown──▶ DONE
 * </pre>
 */
final class ReturnToLaunch {

    private static final double LOITER_SECONDS = 5.0;

    /** The phases of a return. */
    enum Phase { CLIMB, RETURN, LOITER, LAND, DONE }

    private Phase phase = Phase.DONE;
    private double destNorth;
    private double destEast;
    private double altitude;
    private double startNorth;
    private double startEast;
    private double loiterUntil;

    /** Starts a return to the local point {@code (north, east)} at {@code rtlAltitude} or higher. */
    void start(FlightModel model, double north, double east, double rtlAltitude) {
        destNorth = north;
        destEast = east;
        startNorth = model.north();
        startEast = model.east();
        altitude = Math.max(rtlAltitude, model.altitude());
        phase = model.landed() ? Phase.LAND : Phase.CLIMB;
    }

    Target target(FlightModel model, double speed) {
        return switch (phase) {
            case CLIMB -> Target.goTo(startNorth, startEast, altitude, speed);
            case RETURN, LOITER -> Target.goTo(destNorth, destEast, altitude, speed);
            case LAND -> Target.land();
            case DONE -> model.landed() ? Target.idle() : Target.hold();
        };
    }

    /** Moves between phases after a model step. */
    void update(FlightModel model, double now) {
        switch (phase) {
            case CLIMB -> {
                if (model.altitude() >= altitude - 0.5) {
                    phase = Phase.RETURN;
                }
            }
            case RETURN -> {
                if (Math.hypot(model.north() - destNorth, model.east() - destEast) <= 2.0 && model.groundSpeed() < 1.0) {
                    phase = Phase.LOITER;
                    loiterUntil = now + LOITER_SECONDS;
                }
            }
            case LOITER -> {
                if (now >= loiterUntil) {
                    phase = Phase.LAND;
                }
            }
            case LAND -> {
                if (model.landed()) {
                    phase = Phase.DONE;
                }
            }
            case DONE -> {
            }
        }
    }

    Phase phase() {
        return phase;
    }

    boolean done() {
        return phase == Phase.DONE;
    }
}
