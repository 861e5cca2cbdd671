package org.lifeline.agent.hardware;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;

import org.lifeline.agent.release.ParcelSensor;

/** A microswitch or light barrier on a digital input that reads {@code presentState} while a parcel is held. */
public final class DigitalParcelSensor implements ParcelSensor {

    private final DigitalInput input;
    private final DigitalState presentState;

    public DigitalParcelSensor(DigitalInput input, boolean presentWhenHigh) {
        this.input = input;
        this.presentState = presentWhenHigh ? DigitalState.HIGH : DigitalState.LOW;
    }

    /** Provisions BCM pin {@code bcmPin} as the sensor input (pull-up, switch to ground when present). */
    public static DigitalParcelSensor create(Context context, int bcmPin, boolean presentWhenHigh) {
        DigitalInput in = context.create(DigitalInput.newConfigBuilder(context)
                .id("parcel-sensor")
                .name("Parcel sensor")
                .address(bcmPin)
                .pull(presentWhenHigh ? PullResistance.PULL_DOWN : PullResistance.PULL_UP)
                .debounce(3000L)
                .build());
        return new DigitalParcelSensor(in, presentWhenHigh);
    }

    @Override
    public boolean parcelPresent() {
        return input.state() == presentState;
    }

    /** The underlying input (the simulator drives the mock's state through it). */
    public DigitalInput input() {
        return input;
    }
}
