package org.lifeline.groundstation.dispatch.desk;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.lifeline.groundstation.dispatch.assign.Explanation;

/**
 * What one wave of the desk did.
 *
 * @param claimed      how many queued deliveries the wave held
 * @param sorties      the sorties recorded and planned
 * @param explanations one per parcel of the claim and one per drone, in the wave's words
 * @param failures     sorties or parcels that could not be recorded or planned, and why
 */
public record WaveOutcome(int claimed, List<Recorded> sorties, List<Explanation> explanations, List<String> failures) {

    public WaveOutcome {
        sorties = List.copyOf(sorties);
        explanations = List.copyOf(explanations);
        failures = List.copyOf(failures);
    }

    /**
     * A sortie recorded in the store with its plan file.
     *
     * @param sortieId  the store's sortie id
     * @param droneId   the drone flying it
     * @param launchSiteId where it takes off
     * @param parcelIds the deliveries, in drop order
     * @param metres    the planned mission's horizontal distance
     * @param seconds   the planned flight time
     * @param planFile  the {@code .plan} written
     */
    public record Recorded(String sortieId, String droneId, String launchSiteId, List<String> parcelIds, double metres,
                           double seconds, Path planFile) {
        public Recorded {
            Objects.requireNonNull(sortieId, "sortieId");
            parcelIds = List.copyOf(parcelIds);
        }
    }
}
