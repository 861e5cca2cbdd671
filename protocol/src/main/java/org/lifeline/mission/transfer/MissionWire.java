package org.lifeline.mission.transfer;

import io.dronefleet.mavlink.common.MavMissionResult;
import io.dronefleet.mavlink.common.MavMissionType;
import io.dronefleet.mavlink.common.MissionAck;
import io.dronefleet.mavlink.common.MissionClearAll;
import io.dronefleet.mavlink.common.MissionCount;
import io.dronefleet.mavlink.common.MissionCurrent;
import io.dronefleet.mavlink.common.MissionItemInt;
import io.dronefleet.mavlink.common.MissionRequest;
import io.dronefleet.mavlink.common.MissionRequestInt;
import io.dronefleet.mavlink.common.MissionRequestList;
import io.dronefleet.mavlink.common.MissionSetCurrent;
import io.dronefleet.mavlink.util.EnumValue;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionType;

/**
 * The adapter between Lifeline's mission types and the MAVLink library's message classes: the
 * only place in mission transfer that builds or reads a dronefleet object. Enum fields are
 * written as raw numbers (an unknown MAV_CMD survives the round trip) and read as raw numbers
 * (a missing or unknown value decodes as its integer, never as null).
 */
final class MissionWire {

    /** MAV_MISSION_TYPE_ALL, accepted by MISSION_CLEAR_ALL. */
    static final int TYPE_ALL = 255;

    private MissionWire() {
    }

    /** The mission type a raw {@code mission_type} names, or null for ALL and unknown values. */
    static MissionType typeOf(int wireType) {
        for (MissionType t : MissionType.values()) {
            if (t.wireValue() == wireType) {
                return t;
            }
        }
        return null;
    }

    static int raw(EnumValue<?> value) {
        return value == null ? 0 : value.value();
    }

    static EnumValue<MavMissionType> type(MissionType type) {
        return EnumValue.create(MavMissionType.class, type.wireValue());
    }

    static EnumValue<MavMissionType> typeRaw(int type) {
        return EnumValue.create(MavMissionType.class, type);
    }

    static MissionItemInt item(MissionItem item, int seq, MissionType type, int targetSystem, int targetComponent) {
        return MissionItemInt.builder()
                .targetSystem(targetSystem).targetComponent(targetComponent).seq(seq)
                .frame(EnumValue.create(item.frame()))
                .command(EnumValue.create(item.command()))
                .current(item.current() ? 1 : 0).autocontinue(item.autocontinue() ? 1 : 0)
                .param1(item.param1()).param2(item.param2()).param3(item.param3()).param4(item.param4())
                .x(item.x()).y(item.y()).z(item.z())
                .missionType(type(type))
                .build();
    }

    static MissionItem item(MissionItemInt m) {
        return new MissionItem(raw(m.command()), raw(m.frame()), m.current() != 0, m.autocontinue() != 0,
                m.param1(), m.param2(), m.param3(), m.param4(), m.x(), m.y(), m.z());
    }

    static MissionCount count(int count, MissionType type, int ts, int tc) {
        return MissionCount.builder().targetSystem(ts).targetComponent(tc).count(count).missionType(type(type)).build();
    }

    static MissionRequestInt requestInt(int seq, MissionType type, int ts, int tc) {
        return MissionRequestInt.builder().targetSystem(ts).targetComponent(tc).seq(seq).missionType(type(type)).build();
    }

    static MissionRequest request(int seq, MissionType type, int ts, int tc) {
        return MissionRequest.builder().targetSystem(ts).targetComponent(tc).seq(seq).missionType(type(type)).build();
    }

    static MissionRequestList requestList(MissionType type, int ts, int tc) {
        return MissionRequestList.builder().targetSystem(ts).targetComponent(tc).missionType(type(type)).build();
    }

    static MissionAck ack(TransferOutcome result, int missionType, int ts, int tc) {
        return MissionAck.builder().targetSystem(ts).targetComponent(tc)
                .type(EnumValue.create(MavMissionResult.class, result.mavResult()))
                .missionType(typeRaw(missionType)).build();
    }

    static MissionClearAll clearAll(MissionType type, int ts, int tc) {
        return MissionClearAll.builder().targetSystem(ts).targetComponent(tc).missionType(type(type)).build();
    }

    static MissionSetCurrent setCurrent(int seq, int ts, int tc) {
        return MissionSetCurrent.builder().targetSystem(ts).targetComponent(tc).seq(seq).build();
    }

    static MissionCurrent current(int seq, int total) {
        return MissionCurrent.builder().seq(seq).total(total).missionState(EnumValue.create(0)).missionMode(0).build();
    }
}
