package org.lifeline.simulator.vehicle;

import io.dronefleet.mavlink.common.ExtendedSysState;
import io.dronefleet.mavlink.common.MavLandedState;
import io.dronefleet.mavlink.common.MavVtolState;
import org.lifeline.simulator.flight.Target;

/**
 * EXTENDED_SYS_STATE as ArduCopter fills it (GCS_MAVLINK_Copter::landed_state): ON_GROUND while
 * disarmed or landed, LANDING while descending to land (LAND, the end of RTL, a mission's LAND),
 * TAKEOFF while climbing to a takeoff altitude, IN_AIR otherwise; never a VTOL. QGroundControl
 * reads touchdown from this message.
 */
final class LandedState {

    private LandedState() {
    }

    static MavLandedState of(Autopilot ap) {
        if (!ap.armed() || ap.model().landed()) {
            return MavLandedState.MAV_LANDED_STATE_ON_GROUND;
        }
        Target.Kind kind = ap.targetKind();
        if (kind == Target.Kind.LAND) {
            return MavLandedState.MAV_LANDED_STATE_LANDING;
        }
        if (kind == Target.Kind.TAKEOFF) {
            return MavLandedState.MAV_LANDED_STATE_TAKEOFF;
        }
        return MavLandedState.MAV_LANDED_STATE_IN_AIR;
    }

    static ExtendedSysState message(Autopilot ap) {
        return ExtendedSysState.builder().vtolState(MavVtolState.MAV_VTOL_STATE_UNDEFINED).landedState(of(ap)).build();
    }
}
