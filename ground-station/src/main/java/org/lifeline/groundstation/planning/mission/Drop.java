package org.lifeline.groundstation.planning.mission;

import java.util.Objects;

/**
 * A delivery: where to release and from which height.
 *
 * @param stop         the drop point
 * @param dropAltitude release altitude above the drop point, metres
 */
public record Drop(Stop stop, double dropAltitude) {

    public Drop {
        Objects.requireNonNull(stop, "stop");
        if (!(dropAltitude > 0)) {
            throw new IllegalArgumentException("drop " + stop.id() + ": drop altitude " + dropAltitude + " is not > 0");
        }
    }
}
