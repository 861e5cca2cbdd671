package org.lifeline.simulator.vehicle;

import io.dronefleet.mavlink.common.MavSeverity;

/**
 * The servo gripper on SERVO8, as ArduPilot's AP_Gripper_Servo runs it.
 *
 * <pre>
 *   NEUTRAL ──release──▶ RELEASING ──0.5 s──▶ RELEASED      ("Gripper load releasing", then
 *      │                   (servo at GRIP_RELEASE)            "Gripper load released")
 *      └──────grab─────▶ GRABBING  ──0.5 s──▶ GRABBED       ("Gripper load grabbing", then
 *                          (servo at GRIP_GRAB)               "Gripper load grabbed")
 * </pre>
 *
 * A release while releasing does nothing; while released it only says "Gripper load released"
 * again (likewise for grab). 0.5 s is ArduPilot's SERVO_ACTUATION_TIME. A mission's DO_GRIPPER
 * adds Copter's own "Gripper Released" / "Gripper Grabbed" at once. Under
 * {@link Behaviour#LEGACY} the servo moves and "Gripper load released" / "grabbed" is said at
 * once, with no intermediate state.
 */
final class Gripper {

    static final double ACTUATION_SECONDS = 0.5;

    enum State { NEUTRAL, GRABBING, GRABBED, RELEASING, RELEASED }

    private final Behaviour behaviour;
    private final ServoOutputs servos;
    private final VehicleEvents events;
    private State state = State.NEUTRAL;
    private double movedAt;

    Gripper(Behaviour behaviour, ServoOutputs servos, VehicleEvents events) {
        this.behaviour = behaviour;
        this.servos = servos;
        this.events = events;
    }

    /** Power-on: the servo at GRIP_NEUTRAL. */
    void boot() {
        state = State.NEUTRAL;
    }

    /**
     * Releases ({@code release}) or grabs, driving the servo to {@code pwm}; {@code fromMission}
     * adds the mission command's own message.
     */
    void act(boolean release, int pwm, boolean fromMission, double now) {
        if (!behaviour.ardupilot()) {
            servos.gripper(pwm);
            state = release ? State.RELEASED : State.GRABBED;
            say(release ? "Gripper load released" : "Gripper load grabbed");
            return;
        }
        State moving = release ? State.RELEASING : State.GRABBING;
        State done = release ? State.RELEASED : State.GRABBED;
        if (state == done) {
            say(release ? "Gripper load released" : "Gripper load grabbed");
        } else if (state != moving) {
            state = moving;
            movedAt = now;
            servos.gripper(pwm);
            say(release ? "Gripper load releasing" : "Gripper load grabbing");
        }
        if (fromMission) {
            say(release ? "Gripper Released" : "Gripper Grabbed");
        }
    }

    /** Completes a movement once the servo has had its actuation time. */
    void step(double now) {
        if ((state == State.RELEASING || state == State.GRABBING) && now - movedAt >= ACTUATION_SECONDS) {
            boolean release = state == State.RELEASING;
            state = release ? State.RELEASED : State.GRABBED;
            say(release ? "Gripper load released" : "Gripper load grabbed");
        }
    }

    State state() {
        return state;
    }

    private void say(String text) {
        events.statusText(MavSeverity.MAV_SEVERITY_INFO, text);
    }
}
