package org.lifeline.simulator.hardware;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.pwm.Pwm;
import com.pi4j.io.pwm.PwmType;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import com.pi4j.plugin.mock.provider.pwm.MockPwmProvider;
import org.lifeline.time.Scheduler;

/**
 * A Raspberry Pi on Pi4J's mock platform with a payload bay attached. The context is built
 * explicitly from the mock providers (never auto-detected: with real-Pi plugins on the class
 * path Pi4J would claim a Raspberry Pi even on a laptop). Software under test receives
 * {@link #context()} and creates its own IO on the wired pins, as it would on the real Pi; or
 * a self-contained demo calls {@link #createReleaseIo()}.
 */
public final class SimulatedPi implements AutoCloseable {

    private final Context context;
    private final PayloadWiring wiring;
    private final PayloadBay bay;

    private SimulatedPi(Context context, PayloadWiring wiring, Scheduler scheduler) {
        this.context = context;
        this.wiring = wiring;
        this.bay = new PayloadBay(context, wiring, scheduler);
    }

    /** Starts a mock Pi whose bay holds one parcel; the bay watches the pins on {@code scheduler}. */
    public static SimulatedPi start(Scheduler scheduler, PayloadWiring wiring) {
        Context context = Pi4J.newContextBuilder()
                .noAutoDetect()
                .add(new MockPlatform())
                .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance(), MockPwmProvider.newInstance())
                .build();
        return new SimulatedPi(context, wiring, scheduler);
    }

    public Context context() {
        return context;
    }

    public PayloadBay bay() {
        return bay;
    }

    public PayloadWiring wiring() {
        return wiring;
    }

    /** The three IOs as onboard software would create them: servo closed at 1900 µs, relay released. */
    public ReleaseIo createReleaseIo() {
        Pwm servo = context.create(Pwm.newConfigBuilder(context).id("release-servo").name("Release servo")
                .address(wiring.servoAddress()).pwmType(PwmType.HARDWARE).frequency(50).initial(9.5).shutdown(9.5).build());
        DigitalState closed = wiring.relayActiveHigh() ? DigitalState.LOW : DigitalState.HIGH;
        DigitalOutput relay = context.create(DigitalOutput.newConfigBuilder(context).id("release-relay").name("Release relay")
                .address(wiring.relayAddress()).initial(closed).shutdown(closed).build());
        DigitalInput sensor = context.create(DigitalInput.newConfigBuilder(context).id("parcel-sensor").name("Parcel sensor")
                .address(wiring.sensorAddress()).build());
        bay.sync();
        return new ReleaseIo(servo, relay, sensor, wiring);
    }

    /** The IO handles of {@link #createReleaseIo()}, with the wiring's polarities applied. */
    public record ReleaseIo(Pwm servo, DigitalOutput relay, DigitalInput sensor, PayloadWiring wiring) {

        /** Sets the servo pulse width in microseconds at its 50 Hz frame. */
        public void servoPulse(int micros) {
            servo.on(micros / 200.0, 50);
        }

        /** Energises (true) or releases the relay, whatever its polarity. */
        public void relayOpen(boolean open) {
            relay.state(open == wiring.relayActiveHigh() ? DigitalState.HIGH : DigitalState.LOW);
        }

        /** What the sensor says, whatever its polarity. */
        public boolean sensorSaysPresent() {
            return sensor.state() == (wiring.sensorHighWhenPresent() ? DigitalState.HIGH : DigitalState.LOW);
        }
    }

    @Override
    public void close() {
        bay.stop();
        context.shutdown();
    }
}
