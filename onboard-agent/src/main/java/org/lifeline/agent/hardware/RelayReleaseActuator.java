package org.lifeline.agent.hardware;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;

import org.lifeline.agent.release.ReleaseActuator;

/**
 * A relay or solenoid latch on a digital output: energised = open. The output starts and shuts
 * down de-energised, so a crash or restart leaves the latch holding.
 */
public final class RelayReleaseActuator implements ReleaseActuator {

    private final DigitalOutput output;
    private final DigitalState openState;

    public RelayReleaseActuator(DigitalOutput output, boolean activeHigh) {
        this.output = output;
        this.openState = activeHigh ? DigitalState.HIGH : DigitalState.LOW;
        close();
    }

    /** Provisions BCM pin {@code bcmPin} as the relay output in {@code context}. */
    public static RelayReleaseActuator create(Context context, int bcmPin, boolean activeHigh) {
        DigitalState closed = activeHigh ? DigitalState.LOW : DigitalState.HIGH;
        DigitalOutput out = context.create(DigitalOutput.newConfigBuilder(context)
                .id("release-relay")
                .name("Release relay")
                .address(bcmPin)
                .initial(closed)
                .shutdown(closed)
                .build());
        return new RelayReleaseActuator(out, activeHigh);
    }

    @Override
    public void open() {
        output.state(openState);
    }

    @Override
    public void close() {
        output.state(openState == DigitalState.HIGH ? DigitalState.LOW : DigitalState.HIGH);
    }

    public boolean isOpen() {
        return output.state() == openState;
    }
}
