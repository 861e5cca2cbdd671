package org.lifeline.agent.drops;

/**
 * The limits used for a drop the ground station did not describe (or described inconsistently):
 * zone radius around the mission's waypoint, altitude window ± around its altitude, speed limit.
 */
public record DropDefaults(double zoneRadiusMetres, double altitudeWindowMetres, double maxGroundSpeed) {

    public DropDefaults {
        if (!(zoneRadiusMetres > 0) || !(altitudeWindowMetres > 0) || !(maxGroundSpeed > 0)) {
            throw new IllegalArgumentException("drop defaults must be positive: zone radius " + zoneRadiusMetres
                    + " m, altitude window " + altitudeWindowMetres + " m, speed " + maxGroundSpeed + " m/s");
        }
    }
}
