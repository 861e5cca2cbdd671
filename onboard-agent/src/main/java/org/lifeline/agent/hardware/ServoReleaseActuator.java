package org.lifeline.agent.hardware;

import com.pi4j.context.Context;
import com.pi4j.io.pwm.Pwm;
import com.pi4j.io.pwm.PwmType;

import org.lifeline.agent.release.ReleaseActuator;

/**
 * A release servo on hardware PWM. Servos read the pulse width, so the configured closed and
 * open positions are pulse widths in microseconds (typically 1000–2000 µs at 50 Hz), turned into
 * a duty cycle here. The servo is driven to closed when created, so a restart never leaves the
 * holder open.
 */
public final class ServoReleaseActuator implements ReleaseActuator {

    private final Pwm pwm;
    private final int frequencyHz;
    private final int closedMicros;
    private final int openMicros;

    public ServoReleaseActuator(Pwm pwm, int frequencyHz, int closedMicros, int openMicros) {
        if (frequencyHz < 20 || frequencyHz > 400) {
            throw new IllegalArgumentException("servo frequency " + frequencyHz + " Hz: expected 20..400 Hz (50 for most servos)");
        }
        int period = 1_000_000 / frequencyHz;
        checkPulse("closed", closedMicros, period);
        checkPulse("open", openMicros, period);
        if (closedMicros == openMicros) {
            throw new IllegalArgumentException("servo open and closed pulse widths are both " + openMicros + " µs: expected two positions");
        }
        this.pwm = pwm;
        this.frequencyHz = frequencyHz;
        this.closedMicros = closedMicros;
        this.openMicros = openMicros;
        close();
    }

    /** Provisions a hardware PWM channel (BCM numbering: channel 0 = GPIO18 on a Pi) in {@code context}. */
    public static ServoReleaseActuator create(Context context, int pwmChannel, int frequencyHz, int closedMicros, int openMicros) {
        Pwm pwm = context.create(Pwm.newConfigBuilder(context)
                .id("release-servo")
                .name("Release servo")
                .address(pwmChannel)
                .pwmType(PwmType.HARDWARE)
                .frequency(frequencyHz)
                .initial(0)
                .shutdown(0)
                .build());
        return new ServoReleaseActuator(pwm, frequencyHz, closedMicros, openMicros);
    }

    private static void checkPulse(String which, int micros, int period) {
        if (micros < 500 || micros > 2500 || micros >= period) {
            throw new IllegalArgumentException("servo " + which + " pulse " + micros + " µs: expected 500..2500 µs and shorter than the "
                    + period + " µs period");
        }
    }

    @Override
    public void open() {
        drive(openMicros);
    }

    @Override
    public void close() {
        drive(closedMicros);
    }

    private void drive(int micros) {
        double duty = micros * 100.0 * frequencyHz / 1_000_000.0;
        pwm.on(duty, frequencyHz);
    }

    /** The pulse width the servo is driven with now, in microseconds (from the PWM duty cycle). */
    public int pulseMicros() {
        return (int) Math.round(pwm.dutyCycle() * 1_000_000.0 / (100.0 * frequencyHz));
    }
}
