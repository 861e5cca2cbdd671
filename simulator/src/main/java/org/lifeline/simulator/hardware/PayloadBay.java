package org.lifeline.simulator.hardware;

import com.pi4j.config.AddressConfig;
import com.pi4j.context.Context;
import com.pi4j.io.IO;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.pwm.Pwm;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import java.time.Duration;
import java.util.Optional;
import org.lifeline.time.Scheduler;

/**
 * The physics of the payload bay. Every 20 ms (on the injected scheduler) it looks at the
 * actuators on the wired pins — whoever created them — and when the release opens (servo
 * pulse at or below {@code openPulseMicros}, or the relay energised) the parcel falls; after
 * {@code fallMillis} it has cleared the bay and the release sensor reads low. A servo pulse
 * that is too short a blip to open the latch (closed again before the parcel falls) keeps the
 * parcel.
 *
 * <pre>
 *   LOADED ──actuator open──▶ FALLING ──fallMillis, still open──▶ RELEASED
 *      ▲  ◀──actuator closed again──┘                                 │
 *      └──────────────────────────── loadParcel() ◀────────────────────┘
 * </pre>
 */
public final class PayloadBay {

    /** Where the parcel is. */
    public enum State { LOADED, FALLING, RELEASED }

    private static final Duration POLL = Duration.ofMillis(20);

    private final Context context;
    private final PayloadWiring wiring;
    private final Scheduler scheduler;
    private volatile State state = State.LOADED;
    private long openedAt;
    private volatile long releasedAtNanos = -1;
    private volatile boolean running = true;
    private Scheduler.Cancellable timer;

    PayloadBay(Context context, PayloadWiring wiring, Scheduler scheduler) {
        this.context = context;
        this.wiring = wiring;
        this.scheduler = scheduler;
        timer = scheduler.schedule(POLL, this::poll);
    }

    private void poll() {
        if (!running) {
            return;
        }
        sync();
        timer = scheduler.schedule(POLL, this::poll);
    }

    /** Looks at the actuators now and updates the parcel and the sensor. */
    synchronized void sync() {
        boolean open = actuatorOpen();
        long now = scheduler.nanoTime();
        switch (state) {
            case LOADED -> {
                if (open) {
                    state = State.FALLING;
                    openedAt = now;
                }
            }
            case FALLING -> {
                if (!open) {
                    state = State.LOADED;
                } else if (now - openedAt >= wiring.fallMillis() * 1_000_000L) {
                    state = State.RELEASED;
                    releasedAtNanos = now;
                }
            }
            case RELEASED -> {
            }
        }
        find(wiring.sensorAddress(), MockDigitalInput.class).ifPresent(sensor -> {
            boolean present = state != State.RELEASED;
            DigitalState wanted = present == wiring.sensorHighWhenPresent() ? DigitalState.HIGH : DigitalState.LOW;
            if (sensor.state() != wanted) {
                sensor.mockState(wanted);
            }
        });
    }

    private boolean actuatorOpen() {
        boolean servoOpen = find(wiring.servoAddress(), Pwm.class).map(pwm -> {
            if (!pwm.isOn()) {
                return false;
            }
            double frameMicros = 1e6 / Math.max(1, pwm.frequency());
            // a servo reads pulse width: duty cycle (percent) of the PWM frame
            double pulse = pwm.dutyCycle() / 100.0 * frameMicros;
            return pulse > 0 && pulse <= wiring.openPulseMicros();
        }).orElse(false);
        boolean relayOpen = find(wiring.relayAddress(), DigitalOutput.class)
                .map(relay -> relay.isHigh() == wiring.relayActiveHigh()).orElse(false);
        return servoOpen || relayOpen;
    }

    private <T> Optional<T> find(int address, Class<T> type) {
        for (IO<?, ?, ?> io : context.registry().all().values()) {
            if (type.isInstance(io) && io.config() instanceof AddressConfig<?> a && a.address() != null && a.address() == address) {
                return Optional.of(type.cast(io));
            }
        }
        return Optional.empty();
    }

    /** Puts a new parcel in the (closed) bay. */
    public synchronized void loadParcel() {
        state = State.LOADED;
        releasedAtNanos = -1;
        sync();
    }

    public State state() {
        return state;
    }

    /** True while the parcel is in the bay (what the sensor reports). */
    public boolean parcelPresent() {
        return state != State.RELEASED;
    }

    /** Scheduler time at which the parcel cleared the bay, or -1. */
    public long releasedAtNanos() {
        return releasedAtNanos;
    }

    void stop() {
        running = false;
        if (timer != null) {
            timer.cancel();
        }
    }
}
