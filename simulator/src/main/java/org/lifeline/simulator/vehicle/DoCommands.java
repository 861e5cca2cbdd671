package org.lifeline.simulator.vehicle;

import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MissionItem;
import org.lifeline.simulator.flight.FlightModel;

/**
 * The "do" commands a mission or a COMMAND_LONG executes and what they move: the gripper, the
 * servo outputs and the cruise speed (DO_CHANGE_SPEED over WPNAV_SPEED).
 */
final class DoCommands {

    private final FlightModel model;
    private final Parameters params;
    private final MissionRunner runner;
    private final ServoOutputs servos = new ServoOutputs();
    private final Gripper gripper;
    private double speedOverride = Double.NaN;

    DoCommands(FlightModel model, Parameters params, MissionRunner runner, VehicleEvents events, Behaviour behaviour) {
        this.model = model;
        this.params = params;
        this.runner = runner;
        this.gripper = new Gripper(behaviour, servos, events);
    }

    /** Power-on: servos and gripper at their boot positions, no speed override. */
    void boot() {
        speedOverride = Double.NaN;
        servos.boot((int) params.value("GRIP_NEUTRAL"));
        gripper.boot();
    }

    /** Executes a mission "do" command (also reached from COMMAND_LONG). */
    void execute(MissionItem it) {
        switch (it.command()) {
            case MavCmd.DO_GRIPPER -> gripper(Math.round(it.param2()) == MavCmd.GRIPPER_ACTION_RELEASE, true);
            case MavCmd.DO_SET_SERVO -> setServo(Math.round(it.param1()), Math.round(it.param2()));
            case MavCmd.DO_CHANGE_SPEED -> changeSpeed(it.param2());
            default -> {
            }
        }
    }

    /** DO_GRIPPER, from a mission (with Copter's own message) or as a command. */
    void gripper(boolean release, boolean fromMission) {
        if (params.value("GRIP_ENABLE") < 1) {
            gripper.notFitted(release, fromMission);
            return;
        }
        gripper.act(release, (int) params.value(release ? "GRIP_RELEASE" : "GRIP_GRAB"), fromMission, model.time());
    }

    boolean setServo(int servo, int pwm) {
        return servos.set(servo, pwm);
    }

    void changeSpeed(double speed) {
        if (speed > 0) {
            speedOverride = Math.min(speed, model.airframe().maxSpeed());
            runner.changeSpeed(speedOverride);
        }
    }

    /** The speed a leg is flown at: the last DO_CHANGE_SPEED, else WPNAV_SPEED. */
    double cruiseSpeed() {
        return Double.isNaN(speedOverride) ? params.value("WPNAV_SPEED") / 100.0 : speedOverride;
    }

    /** One time step: the motor outputs follow the throttle, a moving gripper finishes its move. */
    void step(boolean armed, double now) {
        servos.motors(armed, model.landed(), model.throttle());
        gripper.step(now);
    }

    int servo(int oneBased) {
        return servos.get(oneBased);
    }
}
