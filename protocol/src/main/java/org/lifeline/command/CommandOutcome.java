package org.lifeline.command;

/**
 * How a command ended: every {@code MAV_RESULT} the vehicle can answer, plus the two endings
 * that come from our side ({@link #TIMEOUT}, {@link #CANCELLED}).
 *
 * <p>{@link #IN_PROGRESS} is never a final outcome: it only appears in progress reports while
 * the vehicle is still working on a long-running command. Values the MAVLink library we use
 * does not know yet (its dialect stops at {@code MAV_RESULT_CANCELLED}) are mapped from their
 * wire numbers, so a newer autopilot's answer is still named correctly.
 */
public enum CommandOutcome {
    /** MAV_RESULT_ACCEPTED (0): the command is valid and was executed. */
    ACCEPTED(0),
    /** MAV_RESULT_TEMPORARILY_REJECTED (1): valid, but not now (e.g. pre-arm checks not yet passed). */
    TEMPORARILY_REJECTED(1),
    /** MAV_RESULT_DENIED (2): invalid for this vehicle or its state (e.g. arming in a mode that forbids it). */
    DENIED(2),
    /** MAV_RESULT_UNSUPPORTED (3): the vehicle does not know this command. */
    UNSUPPORTED(3),
    /** MAV_RESULT_FAILED (4): valid, but executing it failed. */
    FAILED(4),
    /** MAV_RESULT_IN_PROGRESS (5): still executing; more updates follow. Never final. */
    IN_PROGRESS(5),
    /** MAV_RESULT_CANCELLED (6): the vehicle cancelled the command (after a COMMAND_CANCEL). */
    VEHICLE_CANCELLED(6),
    /** MAV_RESULT_COMMAND_LONG_ONLY (7): send it as COMMAND_LONG instead. */
    COMMAND_LONG_ONLY(7),
    /** MAV_RESULT_COMMAND_INT_ONLY (8): send it as COMMAND_INT instead. */
    COMMAND_INT_ONLY(8),
    /** MAV_RESULT_COMMAND_UNSUPPORTED_MAV_FRAME (9): the frame of a COMMAND_INT is not supported. */
    UNSUPPORTED_MAV_FRAME(9),
    /** A MAV_RESULT number this code does not know; the raw value is in the result. */
    UNKNOWN_RESULT(-1),
    /** No acknowledgement after every attempt (or no update while in progress). */
    TIMEOUT(-1),
    /** We gave up: the caller cancelled or the client was closed before an answer. */
    CANCELLED(-1);

    private final int wireValue;

    CommandOutcome(int wireValue) {
        this.wireValue = wireValue;
    }

    /** The MAV_RESULT number, or -1 for outcomes that do not come from the vehicle. */
    public int wireValue() {
        return wireValue;
    }

    /** Maps a MAV_RESULT number; unknown numbers become {@link #UNKNOWN_RESULT}. */
    public static CommandOutcome fromWire(int value) {
        for (CommandOutcome o : values()) {
            if (o.wireValue == value && value >= 0) {
                return o;
            }
        }
        return UNKNOWN_RESULT;
    }

    /**
     * True for the answers that mean "the vehicle heard you and said no for now": the ones a
     * caller may sensibly retry later (arming during pre-arm checks answers with these).
     */
    public boolean isRefusal() {
        return this == TEMPORARILY_REJECTED || this == DENIED || this == FAILED;
    }
}
