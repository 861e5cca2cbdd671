package org.lifeline.simulator.vehicle;

import io.dronefleet.mavlink.common.MavCmd;
import io.dronefleet.mavlink.common.MavFrame;
import io.dronefleet.mavlink.common.MavMissionType;
import io.dronefleet.mavlink.common.MissionItemInt;
import io.dronefleet.mavlink.util.EnumValue;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionType;

/**
 * Small adapters between the MAVLink library's message objects and the simulator's own types.
 * Unset enum fields are {@code null} on objects built in-process but 0 after a trip over the
 * wire; {@link #value} treats both the same.
 */
@SuppressWarnings("deprecation") // legacy MAVLink messages (SET_MODE, MISSION_REQUEST, ...) are what ArduPilot still speaks
final class Wire {

    private Wire() {
    }

    static int value(EnumValue<?> v) {
        return v == null ? 0 : v.value();
    }

    static MissionType missionType(EnumValue<MavMissionType> v) {
        int raw = value(v);
        return raw == 2 ? MissionType.RALLY : raw == 1 ? MissionType.FENCE : MissionType.MISSION;
    }

    static EnumValue<MavMissionType> missionType(MissionType t) {
        return EnumValue.create(MavMissionType.class, t.wireValue());
    }

    static MissionItemInt toInt(MissionItem item, int seq, MissionType type, int targetSystem, int targetComponent) {
        return MissionItemInt.builder().targetSystem(targetSystem).targetComponent(targetComponent).seq(seq)
                .frame(EnumValue.create(MavFrame.class, item.frame())).command(EnumValue.create(MavCmd.class, item.command()))
                .current(item.current() ? 1 : 0).autocontinue(item.autocontinue() ? 1 : 0)
                .param1(item.param1()).param2(item.param2()).param3(item.param3()).param4(item.param4())
                .x(item.x()).y(item.y()).z(item.z()).missionType(missionType(type)).build();
    }

    static io.dronefleet.mavlink.common.MissionItem toFloat(MissionItem item, int seq, MissionType type, int targetSystem, int targetComponent) {
        boolean global = org.lifeline.mission.MavFrame.isGlobal(item.frame());
        return io.dronefleet.mavlink.common.MissionItem.builder().targetSystem(targetSystem).targetComponent(targetComponent).seq(seq)
                .frame(EnumValue.create(MavFrame.class, item.frame())).command(EnumValue.create(MavCmd.class, item.command()))
                .current(item.current() ? 1 : 0).autocontinue(item.autocontinue() ? 1 : 0)
                .param1(item.param1()).param2(item.param2()).param3(item.param3()).param4(item.param4())
                .x(global ? (float) item.latitude() : item.x()).y(global ? (float) item.longitude() : item.y())
                .z(item.z()).missionType(missionType(type)).build();
    }
}
