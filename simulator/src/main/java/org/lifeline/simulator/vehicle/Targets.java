package org.lifeline.simulator.vehicle;

import io.dronefleet.mavlink.common.CommandInt;
import io.dronefleet.mavlink.common.CommandLong;
import io.dronefleet.mavlink.common.MissionAck;
import io.dronefleet.mavlink.common.MissionClearAll;
import io.dronefleet.mavlink.common.MissionCount;
import io.dronefleet.mavlink.common.MissionItemInt;
import io.dronefleet.mavlink.common.MissionRequest;
import io.dronefleet.mavlink.common.MissionRequestInt;
import io.dronefleet.mavlink.common.MissionRequestList;
import io.dronefleet.mavlink.common.MissionSetCurrent;
import io.dronefleet.mavlink.common.ParamRequestList;
import io.dronefleet.mavlink.common.ParamRequestRead;
import io.dronefleet.mavlink.common.ParamSet;
import io.dronefleet.mavlink.common.SetMode;
import io.dronefleet.mavlink.common.SetPositionTargetGlobalInt;

/** The target_system of the messages a vehicle acts on (0 = broadcast, also for untargeted ones). */
@SuppressWarnings("deprecation") // legacy MAVLink messages (SET_MODE, MISSION_REQUEST, ...) are what ArduPilot still speaks
final class Targets {

    private Targets() {
    }

    static int systemOf(Object p) {
        if (p instanceof CommandLong m) {
            return m.targetSystem();
        } else if (p instanceof CommandInt m) {
            return m.targetSystem();
        } else if (p instanceof SetMode m) {
            return m.targetSystem();
        } else if (p instanceof MissionCount m) {
            return m.targetSystem();
        } else if (p instanceof MissionItemInt m) {
            return m.targetSystem();
        } else if (p instanceof io.dronefleet.mavlink.common.MissionItem m) {
            return m.targetSystem();
        } else if (p instanceof MissionRequest m) {
            return m.targetSystem();
        } else if (p instanceof MissionRequestInt m) {
            return m.targetSystem();
        } else if (p instanceof MissionRequestList m) {
            return m.targetSystem();
        } else if (p instanceof MissionClearAll m) {
            return m.targetSystem();
        } else if (p instanceof MissionAck m) {
            return m.targetSystem();
        } else if (p instanceof MissionSetCurrent m) {
            return m.targetSystem();
        } else if (p instanceof ParamRequestRead m) {
            return m.targetSystem();
        } else if (p instanceof ParamRequestList m) {
            return m.targetSystem();
        } else if (p instanceof ParamSet m) {
            return m.targetSystem();
        } else if (p instanceof SetPositionTargetGlobalInt m) {
            return m.targetSystem();
        } else if (p instanceof io.dronefleet.mavlink.common.RequestDataStream m) {
            return m.targetSystem();
        }
        return 0;
    }
}
