package org.lifeline.groundstation.planning.mission;

import java.util.List;
import java.util.Objects;

/**
 * A complete delivery tour: from the launch site through every drop in order and back. Leg
 * {@code i} ends at drop {@code i}; the last leg returns to the launch site.
 */
public record DeliveryRoute(Stop launch, List<Drop> drops, List<RouteLeg> legs) {

    public DeliveryRoute {
        Objects.requireNonNull(launch, "launch");
        drops = List.copyOf(drops);
        legs = List.copyOf(legs);
        if (drops.isEmpty()) {
            throw new IllegalArgumentException("a delivery route needs at least one drop");
        }
        if (legs.size() != drops.size() + 1) {
            throw new IllegalArgumentException(drops.size() + " drops need " + (drops.size() + 1) + " legs, got "
                    + legs.size());
        }
    }
}
