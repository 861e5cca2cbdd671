package org.lifeline.simulator.vehicle;

import java.util.Optional;
import org.lifeline.simulator.flight.FlightModel;

/**
 * ArduCopter's pre-arm checks that the simulator models, in ArduPilot's order and words: GPS
 * fix, the EKF settling after the lock, battery capacity, and the vehicle inside its fence.
 */
final class PrearmChecks {

    private static final double EKF_SETTLE_SECONDS = 3.0;

    private final FlightModel model;
    private final Parameters params;
    private final PlanGeometry geometry;

    PrearmChecks(FlightModel model, Parameters params, PlanGeometry geometry) {
        this.model = model;
        this.params = params;
        this.geometry = geometry;
    }

    /** The first failing check {@code bootSeconds} after power-on, as ArduPilot words it. */
    Optional<String> firstFailure(double bootSeconds) {
        if (!model.gps().hasFix(bootSeconds)) {
            return Optional.of("PreArm: Need 3D Fix");
        }
        if (bootSeconds < model.gps().lockDelaySeconds() + EKF_SETTLE_SECONDS) {
            return Optional.of("PreArm: EKF3 waiting for GPS config data");
        }
        if (model.battery().failed() || model.battery().remainingMah() < params.value("BATT_ARM_MAH")) {
            return Optional.of("PreArm: Battery 1 below minimum arming capacity");
        }
        if (geometry.fenceEnabled() && geometry.fence().breach(model.north(), model.east(), model.altitude()).isPresent()) {
            return Optional.of("PreArm: Vehicle breaching fence");
        }
        return Optional.empty();
    }
}
