package org.lifeline.agent.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The release hardware on Pi4J's mock platform: what the pins would carry on a real Pi. */
class Pi4jActuatorTest {

    private final Context pi = Pi4jContexts.mock();

    @AfterEach
    void shutdown() {
        pi.shutdown();
    }

    @Test
    void servoStartsClosedAndMovesBetweenTheConfiguredPulseWidths() {
        ServoReleaseActuator servo = ServoReleaseActuator.create(pi, 0, 50, 1900, 1100);
        assertThat(servo.pulseMicros()).isEqualTo(1900);
        servo.open();
        assertThat(servo.pulseMicros()).isEqualTo(1100);
        servo.close();
        assertThat(servo.pulseMicros()).isEqualTo(1900);
    }

    @Test
    void servoRefusesPulseWidthsAServoCannotTake() {
        assertThatThrownBy(() -> ServoReleaseActuator.create(pi, 0, 50, 1900, 3000))
                .hasMessageContaining("servo open pulse 3000 µs: expected 500..2500 µs");
    }

    @Test
    void activeLowRelayIsHighWhileHoldingAndLowWhenOpen() {
        RelayReleaseActuator relay = RelayReleaseActuator.create(pi, 17, false);
        assertThat(relay.isOpen()).isFalse();
        relay.open();
        assertThat(relay.isOpen()).isTrue();
        relay.close();
        assertThat(relay.isOpen()).isFalse();
    }

    @Test
    void parcelSensorFollowsItsInputPin() {
        DigitalParcelSensor sensor = DigitalParcelSensor.create(pi, 27, false);
        MockDigitalInput pin = (MockDigitalInput) sensor.input();
        pin.mockState(DigitalState.LOW);
        assertThat(sensor.parcelPresent()).isTrue();
        pin.mockState(DigitalState.HIGH);
        assertThat(sensor.parcelPresent()).isFalse();
    }
}
