package org.lifeline.groundstation.planning.altitude;

import java.util.List;

/**
 * The altitudes of one leg (stop to stop). {@code vertexAltitudes.get(i)} is the altitude at
 * route point {@code i}; the first and last are the altitudes over the stops themselves (where
 * the vehicle climbs or descends vertically), so a segment is flown between its two vertex
 * altitudes, both of which are allowed over it.
 *
 * @param segmentAltitudes the lowest allowed altitude chosen for each segment
 * @param vertexAltitudes  the altitude at each route point, one more than segments
 */
public record LegAltitudes(List<Double> segmentAltitudes, List<Double> vertexAltitudes) {

    public LegAltitudes {
        segmentAltitudes = List.copyOf(segmentAltitudes);
        vertexAltitudes = List.copyOf(vertexAltitudes);
        if (vertexAltitudes.size() != segmentAltitudes.size() + 1) {
            throw new IllegalArgumentException("a leg of " + segmentAltitudes.size() + " segments needs "
                    + (segmentAltitudes.size() + 1) + " vertex altitudes, got " + vertexAltitudes.size());
        }
    }

    /** Highest altitude flown on this leg. */
    public double highest() {
        return vertexAltitudes.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }
}
