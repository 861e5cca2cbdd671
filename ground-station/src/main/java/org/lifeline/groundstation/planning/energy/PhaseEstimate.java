package org.lifeline.groundstation.planning.energy;

/**
 * Time and energy of one phase.
 *
 * @param leg       route leg the phase belongs to
 * @param phase     what the vehicle does
 * @param item      mission sequence number of the item flown towards
 * @param metres    horizontal distance covered
 * @param seconds   duration
 * @param wattHours energy drawn from the battery
 */
public record PhaseEstimate(String leg, FlightPhase phase, int item, double metres, double seconds,
                            double wattHours) {
}
