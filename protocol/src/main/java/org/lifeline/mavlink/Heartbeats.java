package org.lifeline.mavlink;

import io.dronefleet.mavlink.minimal.Heartbeat;
import io.dronefleet.mavlink.minimal.MavAutopilot;
import io.dronefleet.mavlink.minimal.MavState;
import io.dronefleet.mavlink.minimal.MavType;
import io.dronefleet.mavlink.util.EnumValue;

/** Between the library's HEARTBEAT message and Lifeline's {@link VehicleInfo}. */
final class Heartbeats {

    private Heartbeats() {
    }

    /** Our own HEARTBEAT: the given MAV_TYPE and MAV_AUTOPILOT, state ACTIVE, MAVLink version 3. */
    static Heartbeat ours(int type, int autopilot) {
        return Heartbeat.builder()
                .type(EnumValue.create(MavType.class, type))
                .autopilot(EnumValue.create(MavAutopilot.class, autopilot))
                .baseMode(EnumValue.create(0))
                .customMode(0)
                .systemStatus(MavState.MAV_STATE_ACTIVE)
                .mavlinkVersion(3)
                .build();
    }

    static VehicleInfo toVehicleInfo(SourceId source, Heartbeat hb) {
        int baseMode = value(hb.baseMode());
        return new VehicleInfo(source.systemId(), source.componentId(), value(hb.type()), value(hb.autopilot()),
                baseMode, hb.customMode(), value(hb.systemStatus()), (baseMode & VehicleInfo.MODE_FLAG_ARMED) != 0);
    }

    private static int value(EnumValue<?> v) {
        return v == null ? 0 : v.value();
    }
}
