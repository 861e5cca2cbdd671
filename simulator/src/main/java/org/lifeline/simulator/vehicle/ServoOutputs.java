package org.lifeline.simulator.vehicle;

import java.util.Arrays;

/**
 * The flight controller's 16 servo outputs as SERVO_OUTPUT_RAW reports them: 1–4 the motors
 * (1000 µs stopped, 1100 µs spinning armed on the ground, up with throttle in flight), 8 the
 * gripper (SERVO8_FUNCTION 28: GRIP_NEUTRAL at boot, GRIP_RELEASE / GRIP_GRAB on command), the
 * rest whatever DO_SET_SERVO last set (0 until then).
 */
final class ServoOutputs {

    static final int GRIPPER = 8;
    private static final int MOTORS = 4;

    private final int[] pwm = new int[16];

    /** Power-on values. */
    void boot(int gripperNeutral) {
        Arrays.fill(pwm, 0);
        Arrays.fill(pwm, 0, MOTORS, 1000);
        pwm[GRIPPER - 1] = gripperNeutral;
    }

    /** DO_SET_SERVO: refused for the motor outputs and for widths outside 0..3000 µs. */
    boolean set(int servo, int micros) {
        if (servo <= MOTORS || servo > pwm.length || micros < 0 || micros > 3000) {
            return false;
        }
        pwm[servo - 1] = micros;
        return true;
    }

    void gripper(int micros) {
        pwm[GRIPPER - 1] = micros;
    }

    void motors(boolean armed, boolean landed, double throttle) {
        int micros = !armed ? 1000 : landed ? 1100 : (int) Math.round(1000 + 1000 * throttle);
        Arrays.fill(pwm, 0, MOTORS, micros);
    }

    /** Output {@code oneBased} (1..16) in µs. */
    int get(int oneBased) {
        return pwm[oneBased - 1];
    }
}
