package org.lifeline.simulator.hardware;

/**
 * Where the payload hardware is wired on the Pi (BCM numbers) and what "open" means.
 *
 * @param servoAddress        BCM pin of the release servo's PWM (hardware PWM0 = 18)
 * @param relayAddress        BCM pin of the release relay (alternative actuator)
 * @param sensorAddress       BCM pin of the release sensor (high = parcel present)
 * @param openPulseMicros     a servo pulse at or below this width opens the release
 * @param fallMillis          how long after opening the parcel has cleared the sensor
 */
public record PayloadWiring(int servoAddress, int relayAddress, int sensorAddress, int openPulseMicros, int fallMillis) {

    public PayloadWiring {
        if (servoAddress < 0 || relayAddress < 0 || sensorAddress < 0) {
            throw new IllegalArgumentException("BCM addresses must be >= 0");
        }
        if (servoAddress == relayAddress || servoAddress == sensorAddress || relayAddress == sensorAddress) {
            throw new IllegalArgumentException("servo, relay and sensor need distinct pins: " + servoAddress + ", " + relayAddress + ", " + sensorAddress);
        }
    }

    /** Servo on BCM 18, relay on BCM 23, sensor on BCM 24; opens at ≤ 1100 µs; the parcel clears in 300 ms. */
    public static PayloadWiring standard() {
        return new PayloadWiring(18, 23, 24, 1100, 300);
    }
}
