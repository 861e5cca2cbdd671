package org.lifeline.simulator.vehicle;

import org.lifeline.simulator.flight.FlightModel;
import org.lifeline.simulator.flight.Target;

/**
 * ArduCopter leaves the ground about a second after a takeoff is asked for (motor spool-up
 * and the takeoff's run-up; measured on SITL: climbing starts 1.1-1.9 s after the takeoff began),
 * staying ON_GROUND meanwhile. Under LEGACY the climb starts at once.
 */
final class TakeoffSpoolUp {

    private static final double SPOOL_UP_SECONDS = 1.5;

    private final Behaviour behaviour;
    private double takeoffAskedAt = Double.NaN;

    TakeoffSpoolUp(Behaviour behaviour) {
        this.behaviour = behaviour;
    }

    /** {@code target}, or a hold on the ground while the motors spool up for a takeoff. */
    Target apply(Target target, FlightModel model) {
        if (!behaviour.ardupilot() || target.kind() != Target.Kind.TAKEOFF || !model.landed()) {
            takeoffAskedAt = Double.NaN;
            return target;
        }
        if (Double.isNaN(takeoffAskedAt)) {
            takeoffAskedAt = model.time();
        }
        return model.time() - takeoffAskedAt < SPOOL_UP_SECONDS ? Target.hold() : target;
    }
}
