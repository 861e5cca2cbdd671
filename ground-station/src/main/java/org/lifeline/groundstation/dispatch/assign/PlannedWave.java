package org.lifeline.groundstation.dispatch.assign;

import java.util.List;
import java.util.Objects;

/**
 * A wave after the mission planner: the sorties it accepted with their plans, and the wave's
 * explanations updated for parcels taken off a sortie the planner refused.
 */
public record PlannedWave(Wave wave, List<PlannedSortie> sorties) {

    public PlannedWave {
        Objects.requireNonNull(wave, "wave");
        sorties = List.copyOf(sorties);
    }
}
