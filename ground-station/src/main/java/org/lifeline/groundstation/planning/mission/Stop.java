package org.lifeline.groundstation.planning.mission;

import java.util.Objects;

import org.lifeline.plan.GeoPoint;

/**
 * A place a route starts, ends or delivers at: a launch site or a drop point.
 *
 * @param id       the airspace feature's id
 * @param name     human name, shown on maps and in reports
 * @param position where it is (altitude: ground elevation AMSL if known, else 0)
 */
public record Stop(String id, String name, GeoPoint position) {

    public Stop {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(position, "position");
    }
}
