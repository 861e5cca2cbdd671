package org.lifeline.groundstation.dispatch.state;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where one delivery is. Every transition carries a reason and is appended to the history
 * before anyone acts on it.
 *
 * <pre>
 *   REQUESTED ──▶ ASSIGNED ──▶ PLANNED ──▶ UPLOADED ──▶ IN_FLIGHT ──▶ RELEASED ──▶ CONFIRMED
 *
 *   exits, each with its reason:
 *     REQUESTED | ASSIGNED | PLANNED                        ──▶ REFUSED
 *     ASSIGNED | PLANNED | UPLOADED | IN_FLIGHT | RELEASED  ──▶ FAILED
 *     REQUESTED | ASSIGNED | PLANNED | UPLOADED | RETURNED  ──▶ CANCELLED
 *     ASSIGNED | PLANNED | UPLOADED | IN_FLIGHT | RELEASED  ──▶ RETURNED ──▶ REQUESTED (back in the queue)
 * </pre>
 *
 * <ul>
 *   <li>{@code REFUSED}: the dispatcher (or the assignment) found that no drone can deliver
 *       it, e.g. the drop point was closed after intake. Requests refused at intake are never
 *       stored.</li>
 *   <li>{@code FAILED}: planning, upload or the flight failed and nobody should retry it
 *       without looking; from {@code RELEASED} it means the parcel was lost.</li>
 *   <li>{@code CANCELLED}: the requester or dispatcher withdrew it before take-off.</li>
 *   <li>{@code RETURNED}: the parcel is not going to be delivered by its sortie (the drone
 *       went offline before flying, the release was refused, the parcel stuck, or the drone
 *       landed with it). It is not terminal: {@code RETURNED → REQUESTED} puts the request
 *       back in the queue (done when the sortie lands, so the parcel is back on the ground),
 *       or {@code RETURNED → CANCELLED} withdraws it.</li>
 * </ul>
 * {@code CONFIRMED}, {@code REFUSED}, {@code FAILED} and {@code CANCELLED} are terminal.
 */
public enum DeliveryState {
    REQUESTED,
    ASSIGNED,
    PLANNED,
    UPLOADED,
    IN_FLIGHT,
    RELEASED,
    CONFIRMED,
    REFUSED,
    FAILED,
    CANCELLED,
    RETURNED;

    /** The states that may directly follow this one. */
    public Set<DeliveryState> next() {
        return switch (this) {
            case REQUESTED -> EnumSet.of(ASSIGNED, REFUSED, CANCELLED);
            case ASSIGNED -> EnumSet.of(PLANNED, REFUSED, FAILED, CANCELLED, RETURNED);
            case PLANNED -> EnumSet.of(UPLOADED, REFUSED, FAILED, CANCELLED, RETURNED);
            case UPLOADED -> EnumSet.of(IN_FLIGHT, FAILED, CANCELLED, RETURNED);
            case IN_FLIGHT -> EnumSet.of(RELEASED, FAILED, RETURNED);
            case RELEASED -> EnumSet.of(CONFIRMED, FAILED, RETURNED);
            case RETURNED -> EnumSet.of(REQUESTED, CANCELLED);
            case CONFIRMED, REFUSED, FAILED, CANCELLED -> EnumSet.noneOf(DeliveryState.class);
        };
    }

    public boolean canMoveTo(DeliveryState to) {
        return next().contains(to);
    }

    /** No transition leaves a terminal state. */
    public boolean terminal() {
        return next().isEmpty();
    }

    /** Waiting for a drone: in the queue that waves claim from. */
    public boolean queued() {
        return this == REQUESTED;
    }
}
