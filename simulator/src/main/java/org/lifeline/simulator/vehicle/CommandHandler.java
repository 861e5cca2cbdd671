package org.lifeline.simulator.vehicle;

import io.dronefleet.mavlink.common.MavResult;
import io.dronefleet.mavlink.common.MavSeverity;
import java.util.Optional;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MissionItem;

/**
 * COMMAND_LONG / COMMAND_INT as ArduCopter answers them: arming with pre-arm checks (and the
 * 21196 force code), mode changes, mission start, GUIDED takeoff, RTL/LAND, gripper, servos,
 * speed, message intervals and one-off message requests, reboot. Anything else is
 * MAV_RESULT_UNSUPPORTED.
 */
final class CommandHandler {

    static final int CMD_DO_SET_MODE = 176;
    static final int CMD_DO_REPOSITION = 192;
    static final int CMD_PREFLIGHT_REBOOT = 246;
    static final int CMD_MISSION_START = 300;
    static final int CMD_ARM_DISARM = 400;
    static final int CMD_GET_HOME_POSITION = 410;
    static final int CMD_SET_MESSAGE_INTERVAL = 511;
    static final int CMD_REQUEST_MESSAGE = 512;
    static final int CMD_REQUEST_AUTOPILOT_CAPABILITIES = 520;
    static final int FORCE_MAGIC = 21196;

    private final SimulatedVehicle vehicle;
    private final Autopilot ap;

    CommandHandler(SimulatedVehicle vehicle, Autopilot ap) {
        this.vehicle = vehicle;
        this.ap = ap;
    }

    /** Executes a command; {@code p} holds params 1..7 at indices 0..6. Returns a MAV_RESULT. */
    MavResult handle(int command, float[] p, VehiclePort port) {
        switch (command) {
            case CMD_ARM_DISARM -> {
                boolean force = Math.round(p[1]) == FORCE_MAGIC;
                if (p[0] >= 0.5f) {
                    Optional<String> refusal = ap.arm(force);
                    refusal.ifPresent(text -> vehicle.statusText(MavSeverity.MAV_SEVERITY_CRITICAL, text));
                    return refusal.isPresent() ? MavResult.MAV_RESULT_FAILED : MavResult.MAV_RESULT_ACCEPTED;
                }
                return ap.disarm(force) ? MavResult.MAV_RESULT_ACCEPTED : MavResult.MAV_RESULT_FAILED;
            }
            case CMD_DO_SET_MODE -> {
                if ((Math.round(p[0]) & 1) == 0) {
                    return MavResult.MAV_RESULT_UNSUPPORTED;
                }
                return setMode(Math.round(p[1]));
            }
            case CMD_MISSION_START -> {
                return ap.missionStart(Math.round(p[0])) ? MavResult.MAV_RESULT_ACCEPTED : MavResult.MAV_RESULT_FAILED;
            }
            case MavCmd.NAV_TAKEOFF -> {
                return ap.guidedTakeoff(p[6]) ? MavResult.MAV_RESULT_ACCEPTED : MavResult.MAV_RESULT_FAILED;
            }
            case CMD_DO_REPOSITION -> {
                return ap.guidedGoTo(p[4], p[5], p[6]) ? MavResult.MAV_RESULT_ACCEPTED : MavResult.MAV_RESULT_FAILED;
            }
            case MavCmd.NAV_RETURN_TO_LAUNCH -> {
                return ap.setMode(CopterMode.RTL) ? MavResult.MAV_RESULT_ACCEPTED : MavResult.MAV_RESULT_FAILED;
            }
            case MavCmd.NAV_LAND -> {
                return ap.setMode(CopterMode.LAND) ? MavResult.MAV_RESULT_ACCEPTED : MavResult.MAV_RESULT_FAILED;
            }
            case MavCmd.DO_GRIPPER -> {
                if (ap.params().value("GRIP_ENABLE") < 1) {
                    return MavResult.MAV_RESULT_FAILED;
                }
                ap.gripperCommand(Math.round(p[1]) == MavCmd.GRIPPER_ACTION_RELEASE);
                return MavResult.MAV_RESULT_ACCEPTED;
            }
            case MavCmd.DO_SET_SERVO -> {
                return ap.setServo(Math.round(p[0]), Math.round(p[1])) ? MavResult.MAV_RESULT_ACCEPTED : MavResult.MAV_RESULT_FAILED;
            }
            case MavCmd.DO_CHANGE_SPEED -> {
                if (!(p[1] > 0)) {
                    return MavResult.MAV_RESULT_FAILED;
                }
                ap.doCommand(MissionItem.command(MavCmd.DO_CHANGE_SPEED, p[0], p[1], p[2], p[3]));
                return MavResult.MAV_RESULT_ACCEPTED;
            }
            case CMD_SET_MESSAGE_INTERVAL -> {
                return port.streams().setInterval(Math.round(p[0]), (long) p[1], vehicle.nowNanos())
                        ? MavResult.MAV_RESULT_ACCEPTED : MavResult.MAV_RESULT_DENIED;
            }
            case CMD_REQUEST_MESSAGE -> {
                return vehicle.sendOnce(Math.round(p[0]), port) ? MavResult.MAV_RESULT_ACCEPTED : MavResult.MAV_RESULT_DENIED;
            }
            case CMD_GET_HOME_POSITION -> {
                return vehicle.sendOnce(Telemetry.HOME_POSITION, port) ? MavResult.MAV_RESULT_ACCEPTED : MavResult.MAV_RESULT_FAILED;
            }
            case CMD_REQUEST_AUTOPILOT_CAPABILITIES -> {
                return vehicle.sendOnce(Telemetry.AUTOPILOT_VERSION, port) ? MavResult.MAV_RESULT_ACCEPTED : MavResult.MAV_RESULT_FAILED;
            }
            case CMD_PREFLIGHT_REBOOT -> {
                if (Math.round(p[0]) != 1) {
                    return MavResult.MAV_RESULT_UNSUPPORTED;
                }
                if (ap.armed()) {
                    return MavResult.MAV_RESULT_FAILED;
                }
                vehicle.rebootSoon();
                return MavResult.MAV_RESULT_ACCEPTED;
            }
            default -> {
                return MavResult.MAV_RESULT_UNSUPPORTED;
            }
        }
    }

    /** A mode change by custom-mode number (DO_SET_MODE or SET_MODE). */
    MavResult setMode(long customMode) {
        Optional<CopterMode> mode = CopterMode.fromNumber(customMode);
        if (mode.isEmpty()) {
            return MavResult.MAV_RESULT_UNSUPPORTED;
        }
        return ap.setMode(mode.get()) ? MavResult.MAV_RESULT_ACCEPTED : MavResult.MAV_RESULT_FAILED;
    }
}
