package org.lifeline.agent.core;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.lifeline.agent.drops.DropBook;
import org.lifeline.agent.fc.VehicleState;
import org.lifeline.agent.release.DropPlan;
import org.lifeline.agent.release.InterlockCheck;
import org.lifeline.agent.release.PayloadReleaser;
import org.lifeline.agent.release.ReleaseDecision;
import org.lifeline.agent.release.ReleaseOutcome;
import org.lifeline.fleet.EventType;
import org.lifeline.time.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Releases each parcel at its drop. The vehicle <em>arrives</em> at a drop when its current
 * mission item is a drop and it has either reached that item (MISSION_ITEM_REACHED) or is inside
 * the drop zone. From arrival on, every new vehicle state is put to the interlocks
 * ({@link PayloadReleaser#release}); the first state in which all hold releases the parcel. If
 * none does within {@code refusalAfter} of arrival, or the vehicle moves on to another item
 * first, the drop is refused once, with the last decision's reasons — the vehicle usually arrives
 * still drifting, so a single early state does not decide a refusal.
 *
 * <pre>
 *   EN_ROUTE ──at drop item, reached or in zone and window──▶ ARRIVED (REACHED_DROP)
 *   ARRIVED ──interlocks hold──▶ SETTLED (RELEASED; PARCEL_STUCK if the sensor still sees it)
 *   ARRIVED ──refusalAfter elapsed, or item changed──▶ SETTLED (DROP_REFUSED with reasons)
 *   SETTLED ──current item changes──▶ EN_ROUTE
 * </pre>
 */
public final class DropController {

    private static final Logger LOG = LoggerFactory.getLogger(DropController.class);

    private final DropBook book;
    private final PayloadReleaser releaser;
    private final AgentOutput out;
    private final Scheduler scheduler;
    private final Duration refusalAfter;
    private Arrival arrival;

    private static final class Arrival {
        final DropPlan plan;
        final long atMillis;
        boolean settled;
        ReleaseDecision last;

        Arrival(DropPlan plan, long atMillis) {
            this.plan = plan;
            this.atMillis = atMillis;
        }
    }

    public DropController(DropBook book, PayloadReleaser releaser, AgentOutput out, Scheduler scheduler, Duration refusalAfter) {
        this.book = book;
        this.releaser = releaser;
        this.out = out;
        this.scheduler = scheduler;
        this.refusalAfter = refusalAfter;
    }

    /** Judges a new vehicle state. */
    public synchronized void onState(VehicleState state) {
        if (arrival != null && state.currentSeq() != arrival.plan.missionSeq()) {
            if (!arrival.settled && arrival.last != null) {
                refuse(arrival, "the vehicle left the drop item before every interlock held");
            }
            arrival = null;
        }
        if (arrival == null) {
            Optional<DropPlan> plan = book.planAt(state.currentSeq());
            if (plan.isEmpty() || !arrived(plan.get(), state)) {
                return;
            }
            arrival = new Arrival(plan.get(), scheduler.millis());
            out.event(EventType.REACHED_DROP, Optional.of(plan.get().parcelId()),
                    "at drop item " + plan.get().missionSeq() + position(state));
        }
        if (arrival.settled) {
            return;
        }
        ReleaseDecision d = releaser.release(arrival.plan, state.snapshot(), this::finished);
        arrival.last = d;
        if (d.allowed()) {
            arrival.settled = true;
            released(arrival.plan, state, "mission drop");
        } else if (scheduler.millis() - arrival.atMillis >= refusalAfter.toMillis()) {
            refuse(arrival, "no state within " + refusalAfter.toMillis() + " ms of arrival passed every interlock");
        }
    }

    /** A manual release (already verified as a signed command): still every interlock must hold. */
    public synchronized ReleaseDecision manualRelease(DropPlan plan, VehicleState state) {
        ReleaseDecision d = releaser.release(plan, state.snapshot(), this::finished);
        if (d.allowed()) {
            if (arrival != null && arrival.plan.parcelId().equals(plan.parcelId())) {
                arrival.settled = true;
            }
            released(plan, state, "manual release command");
        } else {
            out.event(EventType.DROP_REFUSED, Optional.of(plan.parcelId()), "manual release: " + d.summary());
        }
        return d;
    }

    private void released(DropPlan plan, VehicleState state, String why) {
        LOG.info("released parcel={} item={} cause=\"{}\"", plan.parcelId(), plan.missionSeq(), why);
        out.event(EventType.RELEASED, Optional.of(plan.parcelId()), "released (" + why + ") at item "
                + plan.missionSeq() + position(state) + String.format(Locale.ROOT, ", %.1f m above home, %.2f m/s, vertical %+.2f m/s",
                state.relativeAltitude(), state.groundSpeed(), state.climbRate()));
    }

    private void refuse(Arrival a, String why) {
        a.settled = true;
        LOG.warn("drop refused parcel={} item={} why=\"{}\" decision=\"{}\"", a.plan.parcelId(), a.plan.missionSeq(), why, a.last.summary());
        out.event(EventType.DROP_REFUSED, Optional.of(a.plan.parcelId()), a.last.summary());
    }

    private void finished(ReleaseOutcome outcome) {
        if (outcome.actuated() && !outcome.actuatorProblem().isEmpty()) {
            LOG.warn("release not confirmed parcel={} why=\"{}\"", outcome.decision().parcelId(), outcome.actuatorProblem());
            out.event(EventType.PARCEL_STUCK, Optional.of(outcome.decision().parcelId()),
                    "the release was not confirmed: " + outcome.actuatorProblem());
        } else if (outcome.actuated() && outcome.sensor() == ReleaseOutcome.SensorReading.STILL_PRESENT) {
            out.event(EventType.PARCEL_STUCK, Optional.of(outcome.decision().parcelId()),
                    "the parcel sensor still sees the parcel after the release");
        }
    }

    private static boolean arrived(DropPlan plan, VehicleState s) {
        if (s.reachedSeq() == plan.missionSeq()) {
            return true;
        }
        // In the zone means in the drop's volume: a drop is usually approached from straight above
        // (the previous waypoint over the same point, higher), and the descent must not count.
        double altitude = s.snapshot().altitude(plan.frame());
        return s.hasPosition() && altitude >= plan.minAltitudeMetres() && altitude <= plan.maxAltitudeMetres()
                && InterlockCheck.distanceMetres(s.latitude(), s.longitude(), plan.latitude(), plan.longitude()) <= plan.zoneRadiusMetres();
    }

    private static String position(VehicleState s) {
        return String.format(Locale.ROOT, " (%.7f,%.7f)", s.latitude(), s.longitude());
    }
}
