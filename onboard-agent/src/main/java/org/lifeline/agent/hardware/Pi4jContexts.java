package org.lifeline.agent.hardware;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import com.pi4j.plugin.mock.provider.pwm.MockPwmProvider;

/**
 * Builds Pi4J contexts. The mock context is assembled from explicit mock providers: with real
 * Raspberry Pi plugins on the classpath Pi4J's auto context claims "raspberrypi" even on x86,
 * so tests and off-Pi runs never rely on auto-detection.
 */
public final class Pi4jContexts {

    private Pi4jContexts() {
    }

    /** A context whose PWM, digital outputs and inputs are Pi4J's in-memory mocks. */
    public static Context mock() {
        return Pi4J.newContextBuilder()
                .add(MockPwmProvider.newInstance(), MockDigitalOutputProvider.newInstance(),
                        MockDigitalInputProvider.newInstance())
                .build();
    }

    /** Pi4J's auto-detected context (on a Raspberry Pi with its plugins installed). */
    public static Context auto() {
        return Pi4J.newAutoContext();
    }
}
