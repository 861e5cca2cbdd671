package org.lifeline.groundstation.planning.route;

import java.util.List;

/**
 * Why no route exists, for a person: e.g. {@code goal is enclosed by zones "school-2" and
 * "hospital"}, with the ids of the zones responsible (empty when the operating area itself is
 * the cause).
 */
public record Blockage(String reason, List<String> zoneIds) {

    public Blockage {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a blockage needs a reason");
        }
        zoneIds = List.copyOf(zoneIds);
    }
}
