package org.lifeline.agent.drops;

/** A disagreement between the ground station's drop plan for a parcel and the mission on the vehicle. */
public record Mismatch(String parcelId, int missionSeq, String reason) {
}
