package org.lifeline.fleet;

import java.util.Objects;
import java.util.Optional;

/**
 * One event (topic {@code .../events}, QoS 1). {@code eventId} is unique per event so that a
 * receiver drops the duplicates QoS 1 may deliver; {@code sequence} increases per drone across
 * restarts, so a receiver can order events and notice gaps.
 *
 * @param eventId    unique id (drone id + sequence is enough)
 * @param droneId    the sending drone
 * @param sequence   per-drone event counter, from 1, persisted across restarts
 * @param timeMillis when it happened, ms since the Unix epoch
 * @param type       what happened
 * @param parcelId   the parcel concerned, if any
 * @param message    a human-readable sentence (for refusals: the failed interlocks)
 */
public record FleetEvent(String eventId, String droneId, long sequence, long timeMillis, EventType type,
                         Optional<String> parcelId, String message) {

    public FleetEvent {
        Objects.requireNonNull(eventId, "eventId");
        FleetTopics.requireDroneId(droneId);
        Objects.requireNonNull(type, "type");
        parcelId = parcelId == null ? Optional.empty() : parcelId;
        message = message == null ? "" : message;
    }
}
