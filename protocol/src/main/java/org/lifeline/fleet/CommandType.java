package org.lifeline.fleet;

/** Requests a ground station can make of an agent. */
public enum CommandType {
    /** Release a parcel now (still interlocked). Args: parcelId. */
    RELEASE,
    /** Set the drop plan for a parcel. Args: parcelId, missionSeq, lat, lon, zoneRadius, minAlt, maxAlt, maxSpeed. */
    SET_DROP_PLAN,
    /** Forget a parcel's drop plan (the parcel stays on board). Args: parcelId. */
    CANCEL_DROP,
    /** Answer with an ack; proves the command path end to end. */
    PING
}
