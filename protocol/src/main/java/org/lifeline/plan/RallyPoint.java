package org.lifeline.plan;

/** A rally point: where the vehicle may return instead of home. Altitude relative to home. */
public record RallyPoint(GeoPoint position) {
}
