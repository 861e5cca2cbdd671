package org.lifeline.agent.release;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.lifeline.time.Scheduler;

/**
 * Releases a parcel if, and only if, every interlock holds. The sequence is:
 *
 * <pre>
 *   check interlocks ──fail──▶ refuse (decision names each failed interlock)
 *        │ all hold
 *        ▼
 *   journal INTENT (forced to disk) ──▶ actuator open ──(openTime)──▶ actuator close
 *        ──▶ read sensor ──▶ journal DONE(outcome)
 * </pre>
 *
 * The journal is consulted inside the same critical section as the check, so two requests for
 * the same parcel (the mission's drop and a manual command racing) cannot both release.
 */
public final class PayloadReleaser {

    private final InterlockCheck interlocks;
    private final ReleaseJournal journal;
    private final ReleaseActuator actuator;
    private final Optional<ParcelSensor> sensor;
    private final Scheduler scheduler;
    private final Duration openTime;

    public PayloadReleaser(InterlockCheck interlocks, ReleaseJournal journal, ReleaseActuator actuator,
                           Optional<ParcelSensor> sensor, Scheduler scheduler, Duration openTime) {
        this.interlocks = Objects.requireNonNull(interlocks);
        this.journal = Objects.requireNonNull(journal);
        this.actuator = Objects.requireNonNull(actuator);
        this.sensor = Objects.requireNonNull(sensor);
        this.scheduler = Objects.requireNonNull(scheduler);
        if (openTime.isNegative() || openTime.isZero()) {
            throw new IllegalArgumentException("openTime " + openTime + " is not a positive duration");
        }
        this.openTime = openTime;
    }

    /** Checks the interlocks without acting: what a release would decide now. */
    public synchronized ReleaseDecision evaluate(DropPlan plan, VehicleSnapshot vehicle) {
        return interlocks.check(plan, vehicle, journal.released(plan.parcelId()), scheduler.millis());
    }

    /**
     * Releases {@code plan}'s parcel when every interlock holds; the actuator closes again after
     * the open time and {@code done} receives the final outcome (also on refusal, at once).
     */
    public synchronized ReleaseDecision release(DropPlan plan, VehicleSnapshot vehicle,
                                                java.util.function.Consumer<ReleaseOutcome> done) {
        ReleaseDecision decision = evaluate(plan, vehicle);
        if (!decision.allowed()) {
            done.accept(new ReleaseOutcome(decision, false, ReleaseOutcome.SensorReading.NOT_RELEASED));
            return decision;
        }
        journal.recordIntent(plan.parcelId(), scheduler.epochMicros() / 1000);
        actuator.open();
        scheduler.schedule(openTime, () -> finish(plan, decision, done));
        return decision;
    }

    private void finish(DropPlan plan, ReleaseDecision decision, java.util.function.Consumer<ReleaseOutcome> done) {
        actuator.close();
        ReleaseOutcome.SensorReading reading = sensor
                .map(s -> s.parcelPresent() ? ReleaseOutcome.SensorReading.STILL_PRESENT : ReleaseOutcome.SensorReading.LEFT)
                .orElse(ReleaseOutcome.SensorReading.NO_SENSOR);
        String problem = actuator.lastOpenProblem().orElse("");
        synchronized (this) {
            journal.recordDone(plan.parcelId(), scheduler.epochMicros() / 1000, problem.isEmpty() ? reading.name() : "UNCONFIRMED");
        }
        done.accept(new ReleaseOutcome(decision, true, reading, problem));
    }
}
