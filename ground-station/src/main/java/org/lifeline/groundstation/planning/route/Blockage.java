package org.lifeline.groundstation.planning.route;

import java.util.List;
import java.util.Objects;

/**
 * Why no route exists, for a person: e.g. {@code goal is enclosed by zones "school-2" and
 * "hospital"}, with the ids of the zones responsible (empty when the operating area itself is
 * the cause), which end of the path cannot be reached ({@link End}) and how ({@link Cause}), so
 * that a caller that knows what the ends are can say it in its own words; {@code areaEdge} says
 * whether the operating area's edge (or one of its holes) takes part.
 */
public record Blockage(String reason, List<String> zoneIds, End end, Cause cause, boolean areaEdge) {

    /** The end of the path the blockage is about. */
    public enum End { START, GOAL, NEITHER }

    /** What keeps that end from the other. */
    public enum Cause {
        /** The end lies outside the operating area or within the margin of its edge (holes included). */
        OUTSIDE_AREA,
        /** The end lies inside a zone or within the margin around it. */
        IN_ZONE,
        /** The end lies in a pocket of free space that zones (and the area's edge) close in. */
        ENCLOSED,
        /** Anything else (a planner defect, a leg of a tour). */
        OTHER
    }

    public Blockage {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a blockage needs a reason");
        }
        zoneIds = List.copyOf(zoneIds);
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(cause, "cause");
    }

    public Blockage(String reason, List<String> zoneIds) {
        this(reason, zoneIds, End.NEITHER, Cause.OTHER, false);
    }
}
