package org.lifeline.groundstation.planning.energy;

/** Totals of one route leg. */
public record LegEstimate(String leg, double metres, double seconds, double wattHours) {
}
