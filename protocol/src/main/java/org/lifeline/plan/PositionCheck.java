package org.lifeline.plan;

import org.lifeline.mission.MissionItem;

/** Refuses an item read from a vehicle whose x/y are not a valid latitude/longitude. */
final class PositionCheck {

    private PositionCheck() {
    }

    static void require(String source, String location, MissionItem item) {
        if (!(Math.abs(item.latitude()) <= 90)) {
            throw PlanFileException.field(source, location, "x", "a latitude within -90..90 degrees",
                    String.valueOf(item.latitude()));
        }
        if (!(Math.abs(item.longitude()) <= 180)) {
            throw PlanFileException.field(source, location, "y", "a longitude within -180..180 degrees",
                    String.valueOf(item.longitude()));
        }
    }
}
