package org.lifeline.simulator.hardware;

/**
 * Where the payload hardware is wired on the Pi and how it is read. Addresses are Pi4J
 * addresses: the hardware PWM channel for the servo (channel 0 = GPIO18), BCM numbers for the
 * relay and the sensor.
 *
 * @param servoAddress          PWM channel of the release servo
 * @param relayAddress          BCM pin of the release relay (alternative actuator)
 * @param relayActiveHigh       whether driving the relay pin high opens the release
 * @param sensorAddress         BCM pin of the parcel sensor
 * @param sensorHighWhenPresent whether the sensor reads high while the parcel is in the bay
 * @param openPulseMicros       a servo pulse at or below this width opens the release
 * @param fallMillis            how long after opening the parcel has cleared the sensor
 */
public record PayloadWiring(int servoAddress, int relayAddress, boolean relayActiveHigh, int sensorAddress,
                            boolean sensorHighWhenPresent, int openPulseMicros, int fallMillis) {

    public PayloadWiring {
        if (servoAddress < 0 || relayAddress < 0 || sensorAddress < 0) {
            throw new IllegalArgumentException("Pi4J addresses must be >= 0");
        }
        if (relayAddress == sensorAddress) {
            throw new IllegalArgumentException("relay and sensor need distinct pins, both are BCM " + relayAddress);
        }
        if (openPulseMicros < 500 || openPulseMicros > 2500 || fallMillis < 0) {
            throw new IllegalArgumentException("open pulse must be 500..2500 µs and fall time >= 0 ms");
        }
    }

    /**
     * The onboard agent's wiring: servo on PWM channel 0 (GPIO18, closed 1900 µs, open 1100 µs,
     * so anything at or below 1200 µs opens), an active-low relay on BCM 17, a parcel switch on
     * BCM 27 that pulls low while the parcel is present; the parcel clears in 300 ms.
     */
    public static PayloadWiring standard() {
        return new PayloadWiring(0, 17, false, 27, false, 1200, 300);
    }
}
