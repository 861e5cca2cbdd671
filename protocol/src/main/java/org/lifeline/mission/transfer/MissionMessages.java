package org.lifeline.mission.transfer;

import io.dronefleet.mavlink.common.MissionAck;
import io.dronefleet.mavlink.common.MissionClearAll;
import io.dronefleet.mavlink.common.MissionCount;
import io.dronefleet.mavlink.common.MissionCurrent;
import io.dronefleet.mavlink.common.MissionItemInt;
import io.dronefleet.mavlink.common.MissionRequest;
import io.dronefleet.mavlink.common.MissionRequestInt;
import io.dronefleet.mavlink.common.MissionRequestList;
import io.dronefleet.mavlink.common.MissionSetCurrent;
import org.lifeline.mavlink.MavMessage;
import org.lifeline.mission.MissionItem;

/**
 * Incoming mission-protocol messages, decoded from the MAVLink library's classes into plain
 * calls: one method per message, each with raw numbers and Lifeline types. Both the client
 * engine and the vehicle-side server implement it; {@link #dispatch} is the one decoder.
 */
interface MissionMessages {

    default void onCount(int type, int count) {
    }

    default void onRequest(int type, int seq, boolean legacy) {
    }

    default void onItem(int type, int seq, MissionItem item) {
    }

    default void onAck(int type, int result) {
    }

    default void onCurrent(int seq) {
    }

    default void onRequestList(int type) {
    }

    default void onClearAll(int type) {
    }

    default void onSetCurrent(int seq) {
    }

    /**
     * Decodes {@code message} and calls the matching method, unless it is addressed to another
     * system than {@code ownSystemId} (0 = accept every target). Returns false when the message
     * is not a mission message for us.
     */
    static boolean dispatch(MavMessage message, int ownSystemId, MissionMessages to) {
        Object p = message.payload();
        if (p instanceof MissionCurrent c) {
            to.onCurrent(c.seq());
            return true;
        }
        int target = targetOf(p);
        if (target < 0 || (ownSystemId != 0 && target != 0 && target != ownSystemId)) {
            return false;
        }
        if (p instanceof MissionRequestInt r) {
            to.onRequest(MissionWire.raw(r.missionType()), r.seq(), false);
        } else if (p instanceof MissionRequest r) {
            to.onRequest(MissionWire.raw(r.missionType()), r.seq(), true);
        } else if (p instanceof MissionItemInt i) {
            to.onItem(MissionWire.raw(i.missionType()), i.seq(), MissionWire.item(i));
        } else if (p instanceof MissionAck a) {
            to.onAck(MissionWire.raw(a.missionType()), MissionWire.raw(a.type()));
        } else if (p instanceof MissionCount c) {
            to.onCount(MissionWire.raw(c.missionType()), c.count());
        } else if (p instanceof MissionRequestList l) {
            to.onRequestList(MissionWire.raw(l.missionType()));
        } else if (p instanceof MissionClearAll c) {
            to.onClearAll(MissionWire.raw(c.missionType()));
        } else if (p instanceof MissionSetCurrent s) {
            to.onSetCurrent(s.seq());
        }
        return true;
    }

    private static int targetOf(Object p) {
        if (p instanceof MissionRequestInt r) {
            return r.targetSystem();
        } else if (p instanceof MissionRequest r) {
            return r.targetSystem();
        } else if (p instanceof MissionItemInt i) {
            return i.targetSystem();
        } else if (p instanceof MissionAck a) {
            return a.targetSystem();
        } else if (p instanceof MissionCount c) {
            return c.targetSystem();
        } else if (p instanceof MissionRequestList l) {
            return l.targetSystem();
        } else if (p instanceof MissionClearAll c) {
            return c.targetSystem();
        } else if (p instanceof MissionSetCurrent s) {
            return s.targetSystem();
        }
        return -1;
    }
}
