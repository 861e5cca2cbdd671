package org.lifeline.agent.core;

import java.time.Duration;
import java.util.function.Supplier;

import org.lifeline.agent.fc.VehicleState;
import org.lifeline.fleet.Telemetry;
import org.lifeline.time.Scheduler;

/**
 * Publishes the newest vehicle state at a fixed rate (1–10 Hz). Nothing is sent before the
 * first position arrives: a sample at 0°,0° would put the drone off the coast of Africa on
 * every map that shows it.
 */
public final class TelemetryPublisher {

    private final String droneId;
    private final Scheduler scheduler;
    private final Duration period;
    private final Supplier<VehicleState> state;
    private final AgentOutput out;
    private Scheduler.Cancellable timer;
    private boolean running;
    private long published;

    public TelemetryPublisher(String droneId, Scheduler scheduler, double rateHz, Supplier<VehicleState> state, AgentOutput out) {
        if (!(rateHz >= 1 && rateHz <= 10)) {
            throw new IllegalArgumentException("telemetry rate " + rateHz + " Hz: expected 1..10");
        }
        this.droneId = droneId;
        this.scheduler = scheduler;
        this.period = Duration.ofNanos(Math.round(1e9 / rateHz));
        this.state = state;
        this.out = out;
    }

    public synchronized void start() {
        running = true;
        timer = scheduler.schedule(period, this::tick);
    }

    public synchronized void stop() {
        running = false;
        if (timer != null) {
            timer.cancel();
        }
    }

    public synchronized long published() {
        return published;
    }

    private synchronized void tick() {
        if (!running) {
            return;
        }
        VehicleState s = state.get();
        if (s.hasPosition()) {
            out.telemetry(toTelemetry(droneId, scheduler.epochMicros() / 1000, s));
            published++;
        }
        timer = scheduler.schedule(period, this::tick);
    }

    static Telemetry toTelemetry(String droneId, long timeMillis, VehicleState s) {
        return new Telemetry(droneId, timeMillis, s.latitude(), s.longitude(), s.relativeAltitude(), s.altitudeAmsl(),
                s.groundSpeed(), s.heading(), s.batteryPercent(), s.batteryVolts(), s.gpsFix(), s.satellites(),
                s.mode(), s.armed(), s.currentSeq());
    }
}
