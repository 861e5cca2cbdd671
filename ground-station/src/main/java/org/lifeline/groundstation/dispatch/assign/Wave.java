package org.lifeline.groundstation.dispatch.assign;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one dispatch wave: at most one sortie per drone, and an explanation for every
 * parcel of the queue (assigned or not) and for every drone left on the ground.
 *
 * @param at       the wave's time
 * @param sorties  the sorties, one per drone used
 * @param parcels  one explanation per queued parcel, in queue order
 * @param drones   one explanation per drone without a sortie
 */
public record Wave(Instant at, List<Sortie> sorties, List<Explanation> parcels, List<Explanation> drones) {

    public Wave {
        Objects.requireNonNull(at, "at");
        sorties = List.copyOf(sorties);
        parcels = List.copyOf(parcels);
        drones = List.copyOf(drones);
    }

    /** The explanation of one request, if it was in the queue. */
    public Optional<Explanation> explain(String subjectId) {
        return java.util.stream.Stream.concat(parcels.stream(), drones.stream())
                .filter(e -> e.subjectId().equals(subjectId)).findFirst();
    }

    /** The explanations of parcels that stay in the queue. */
    public List<Explanation> unassigned() {
        return parcels.stream().filter(e -> e.kind() != Explanation.Kind.ASSIGNED).toList();
    }
}
