package org.lifeline.groundstation.logs.archive;

import java.time.Instant;
import java.util.List;

/**
 * Which deliveries a vehicle carried in a time window: the seam to the dispatch store. Without
 * one, sorties are filed without deliveries.
 */
@FunctionalInterface
public interface DeliverySource {

    /** Delivery ids flown by {@code vehicle} between {@code from} and {@code to}. */
    List<String> deliveries(String vehicle, Instant from, Instant to);

    static DeliverySource none() {
        return (vehicle, from, to) -> List.of();
    }
}
