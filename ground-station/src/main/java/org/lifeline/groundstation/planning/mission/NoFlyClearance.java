package org.lifeline.groundstation.planning.mission;

/**
 * The smallest horizontal distance the route keeps from a no-fly zone it does not overfly.
 *
 * @param metres the distance; {@link Double#POSITIVE_INFINITY} when there is no such zone
 * @param zoneId the zone it is kept from, empty when there is none
 */
public record NoFlyClearance(double metres, String zoneId) {

    public static final NoFlyClearance NONE = new NoFlyClearance(Double.POSITIVE_INFINITY, "");
}
