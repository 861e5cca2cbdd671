package org.lifeline.mission.transfer;

/**
 * How a mission transfer ended. The first seventeen values mirror MAVLink's
 * {@code MAV_MISSION_RESULT} one for one (so a vehicle's MISSION_ACK is never flattened into a
 * generic error: "unsupported frame" and "no space" call for different fixes); the rest are
 * outcomes the protocol itself produces on our side.
 */
public enum TransferOutcome {
    SUCCESS(0, "accepted"),
    ERROR(1, "the vehicle reported a generic error"),
    UNSUPPORTED_FRAME(2, "the vehicle does not support an item's coordinate frame"),
    UNSUPPORTED(3, "the vehicle does not support an item's command"),
    NO_SPACE(4, "the plan has more items than the vehicle can store"),
    INVALID(5, "the vehicle rejected an item as invalid"),
    INVALID_PARAM1(6, "the vehicle rejected an item's param1"),
    INVALID_PARAM2(7, "the vehicle rejected an item's param2"),
    INVALID_PARAM3(8, "the vehicle rejected an item's param3"),
    INVALID_PARAM4(9, "the vehicle rejected an item's param4"),
    INVALID_PARAM5_X(10, "the vehicle rejected an item's x / latitude"),
    INVALID_PARAM6_Y(11, "the vehicle rejected an item's y / longitude"),
    INVALID_PARAM7(12, "the vehicle rejected an item's z / altitude"),
    INVALID_SEQUENCE(13, "an item arrived out of sequence"),
    DENIED(14, "the vehicle refused the operation (e.g. busy or armed)"),
    OPERATION_CANCELLED(15, "the vehicle cancelled the transfer"),
    /** The vehicle answered with a MAV_MISSION_RESULT value this build does not know. */
    UNKNOWN_VEHICLE_RESULT(-1, "the vehicle answered with an unknown result code"),
    /** No answer after the allowed retries. */
    TIMEOUT(-1, "the vehicle stopped answering"),
    /** Cancelled on our side before it finished. */
    CANCELLED(-1, "cancelled by the ground station"),
    /** The peer broke the protocol (e.g. requested an item past the end). */
    PROTOCOL_ERROR(-1, "the peer broke the mission protocol"),
    /** Another transfer of the same mission type is still running. */
    BUSY(-1, "another transfer of this mission type is in progress"),
    /** The request itself is unusable (e.g. more than 65535 items, negative sequence). */
    INVALID_REQUEST(-1, "the request is invalid"),
    /** Verified upload: the read-back differs from what was sent. */
    VERIFY_MISMATCH(-1, "the plan read back from the vehicle differs from the plan sent"),
    /**
     * The vehicle refused the upload while it was still booting (ArduPilot answers NO_SPACE until
     * its mission storage is initialised) and was still refusing when the wait ran out.
     */
    VEHICLE_STARTING(-1, "the vehicle is still starting"),
    /**
     * Every item was sent and the vehicle left its receiving state, but its final acknowledgement
     * was lost: only reading the plan back tells whether it stored it (a verified upload does).
     */
    UNCONFIRMED(-1, "the vehicle ended the upload but its acknowledgement was lost");

    private final int mavResult;
    private final String description;

    TransferOutcome(int mavResult, String description) {
        this.mavResult = mavResult;
        this.description = description;
    }

    /** The MAV_MISSION_RESULT this outcome mirrors, or -1 when it is local to our side. */
    public int mavResult() {
        return mavResult;
    }

    /** True when this outcome can be sent in a MISSION_ACK. */
    public boolean isMavResult() {
        return mavResult >= 0;
    }

    public String description() {
        return description;
    }

    /** Maps a raw MAV_MISSION_RESULT (as received) to an outcome; unknown codes stay visible. */
    public static TransferOutcome fromMavResult(int value) {
        for (TransferOutcome o : values()) {
            if (o.mavResult == value && value >= 0) {
                return o;
            }
        }
        return UNKNOWN_VEHICLE_RESULT;
    }
}
