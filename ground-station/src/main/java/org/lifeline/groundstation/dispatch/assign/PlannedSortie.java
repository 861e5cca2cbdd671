package org.lifeline.groundstation.dispatch.assign;

import java.util.Objects;

import org.lifeline.groundstation.planning.mission.DeliveryPlan;

/** A sortie the mission planner accepted, with its plan (mission, fence, rally, energy). */
public record PlannedSortie(Sortie sortie, DeliveryPlan plan) {

    public PlannedSortie {
        Objects.requireNonNull(sortie, "sortie");
        Objects.requireNonNull(plan, "plan");
    }

    /** Planned flight time in seconds. */
    public double seconds() {
        return plan.energy().seconds();
    }

    /** Planned horizontal distance in metres. */
    public double metres() {
        return plan.energy().metres();
    }
}
