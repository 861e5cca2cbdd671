package org.lifeline.groundstation.logs.report;

import org.lifeline.fleet.DroneStatus;
import org.lifeline.fleet.EventType;
import org.lifeline.fleet.FleetEvent;
import org.lifeline.groundstation.logs.report.Check.Status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The checks that need more than the log: energy against the planner's prediction, and the onboard agent's events. */
final class ContextChecks {

    private final Thresholds t;

    ContextChecks(Thresholds t) {
        this.t = t;
    }

    Check energy(Optional<EnergyComparison> energy, boolean havePlan, boolean haveVehicle) {
        String threshold = String.format(Locale.ROOT, "pass ≤ prediction + %.0f %%, warn above, fail when the landing eats into the reserve",
                t.energyOverrunWarnPercent());
        String why = "The planner accepts a sortie only if its predicted energy leaves the vehicle's reserve on landing. Using much "
                + "more than predicted (wind, a heavy parcel, a tired battery) means the model or the airframe needs attention; "
                + "landing inside the reserve means the margin meant for the unexpected was spent.";
        if (energy.isEmpty()) {
            String value = !havePlan ? "no plan file for this sortie" : !haveVehicle ? "no vehicle profile given (--vehicle)"
                    : "the plan has no mission to predict";
            return new Check("Energy against the plan's prediction", Status.NOT_APPLICABLE, value, threshold, why);
        }
        EnergyComparison e = energy.get();
        if (Double.isNaN(e.consumedWh())) {
            return new Check("Energy against the plan's prediction", Status.NOT_APPLICABLE,
                    String.format(Locale.ROOT, "predicted %.1f Wh, but the log has no battery energy", e.predictedWh()), threshold, why);
        }
        Status status = e.reserveBreached() ? Status.FAIL : e.overrunPercent() > t.energyOverrunWarnPercent() ? Status.WARN : Status.PASS;
        String value = String.format(Locale.ROOT, "used %.1f Wh, predicted %.1f Wh (%+.0f %%); %.1f Wh left of %.1f Wh, reserve %.1f Wh%s",
                e.consumedWh(), e.predictedWh(), e.overrunPercent(), e.remainingWh(), e.batteryWh(), e.reserveWh(),
                e.reserveBreached() ? " (RESERVE BREACHED)" : "");
        return new Check("Energy against the plan's prediction", status, value, threshold, why + " Vehicle profile: " + e.vehicle() + ".");
    }

    List<Check> agent(FlightRecord f, AgentEvents a) {
        List<Check> out = new ArrayList<>();
        String why = "The onboard agent owns the release: it refuses a drop when an interlock fails and reports a parcel that did "
                + "not fall. Either means the parcel did not reach its recipient as planned.";
        if (a.isEmpty()) {
            out.add(new Check("Parcel release (onboard agent)", Status.NOT_APPLICABLE, "no agent events filed with this sortie",
                    "fail on a refused release or a stuck parcel", why));
            return out;
        }
        List<String> failures = new ArrayList<>();
        List<String> released = new ArrayList<>();
        for (FleetEvent e : a.events()) {
            String parcel = e.parcelId().map(p -> "parcel " + p + ": ").orElse("");
            if (e.type() == EventType.DROP_REFUSED) {
                failures.add("release refused: " + parcel + e.message());
            } else if (e.type() == EventType.PARCEL_STUCK) {
                failures.add("parcel stuck after release: " + parcel + e.message());
            } else if (e.type() == EventType.RELEASED) {
                released.add(e.parcelId().orElse("a parcel"));
            }
        }
        out.add(new Check("Parcel release (onboard agent)", failures.isEmpty() ? Status.PASS : Status.FAIL,
                failures.isEmpty() ? (released.isEmpty() ? "no release reported, none refused" : "released " + String.join(", ", released))
                        : String.join("; ", failures),
                "fail on a refused release or a stuck parcel", why));
        List<String> trouble = new ArrayList<>();
        for (DroneStatus s : a.statuses()) {
            if (s.state() == DroneStatus.State.OFFLINE) {
                trouble.add("agent offline at " + when(f, s.timeMillis()));
            }
        }
        for (FleetEvent e : a.events()) {
            if (e.type() == EventType.LINK_LOST || e.type() == EventType.DROP_PLAN_MISMATCH || e.type() == EventType.LOW_BATTERY) {
                trouble.add(e.type().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " at " + when(f, e.timeMillis())
                        + (e.message().isEmpty() ? "" : " (" + e.message() + ")"));
            }
        }
        out.add(new Check("Onboard agent health", trouble.isEmpty() ? Status.PASS : Status.WARN,
                trouble.isEmpty() ? a.events().size() + (a.events().size() == 1 ? " event" : " events") + ", agent online throughout" : String.join("; ", trouble),
                "pass: online, no link loss, plan mismatch or low battery; warn otherwise",
                "An agent that drops off the bus or loses its autopilot link cannot release or report; a drop plan that disagrees "
                        + "with the mission means the release may not be where the plan says."
                        + (a.problems().isEmpty() ? "" : " Unreadable event lines: " + String.join("; ", a.problems()))));
        return out;
    }

    /** A wall-clock time (ms) as seconds into the log when the log has real time, else as UTC. */
    static String when(FlightRecord f, long epochMillis) {
        if (f.absoluteTime && f.firstMicros != Long.MIN_VALUE) {
            return String.format(Locale.ROOT, "%.1f s", (f.logMicros(epochMillis * 1000) - f.firstMicros) / 1e6);
        }
        return java.time.Instant.ofEpochMilli(epochMillis).toString();
    }
}
