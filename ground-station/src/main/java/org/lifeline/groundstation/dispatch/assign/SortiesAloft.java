package org.lifeline.groundstation.dispatch.assign;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The sorties flying now, one per drone, and what becomes of their parcels: an immutable value
 * the store keeps beside its deliveries. Each change returns the new state and the parcels to
 * put back in the queue with the reason, so the caller can record both before acting.
 *
 * <pre>
 *   launched(sortie) ──▶ aloft ──released(drone, request)──▶ aloft (parcel delivered)
 *                          │
 *                          ├── landed(drone) ─────────▶ gone; parcels still on board back to the queue
 *                          └── offline(drone) ────────▶ gone; parcels not known released back to the queue
 * </pre>
 * A returned parcel keeps its request time, so it keeps its place in the queue.
 */
public record SortiesAloft(Map<String, Sortie> byDrone, Map<String, Set<String>> released) {

    /** A parcel going back to the queue, and why. */
    public record Requeued(QueuedParcel parcel, String reason) {
    }

    /** The state after a change, and the parcels it gives back. */
    public record Change(SortiesAloft next, List<Requeued> requeued) {
    }

    public static final SortiesAloft NONE = new SortiesAloft(Map.of(), Map.of());

    public SortiesAloft {
        byDrone = Map.copyOf(byDrone);
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        released.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
        released = Map.copyOf(copy);
    }

    /** A sortie takes off. A drone flies one sortie at a time. */
    public SortiesAloft launched(Sortie sortie) {
        Objects.requireNonNull(sortie, "sortie");
        if (byDrone.containsKey(sortie.droneId())) {
            throw new IllegalStateException("drone " + sortie.droneId() + " is already flying a sortie");
        }
        Map<String, Sortie> next = new LinkedHashMap<>(byDrone);
        next.put(sortie.droneId(), sortie);
        Map<String, Set<String>> rel = new LinkedHashMap<>(released);
        rel.put(sortie.droneId(), Set.of());
        return new SortiesAloft(next, rel);
    }

    /** The drone reported one parcel released. Unknown drones or requests change nothing. */
    public SortiesAloft released(String droneId, String requestId) {
        Sortie s = byDrone.get(droneId);
        if (s == null || s.parcels().stream().noneMatch(p -> p.requestId().equals(requestId))) {
            return this;
        }
        Map<String, Set<String>> rel = new LinkedHashMap<>(released);
        Set<String> set = new HashSet<>(rel.getOrDefault(droneId, Set.of()));
        set.add(requestId);
        rel.put(droneId, set);
        return new SortiesAloft(byDrone, rel);
    }

    /** The drone landed: parcels still on board go back to the queue. */
    public Change landed(String droneId) {
        return end(droneId, "returned: " + droneId + " landed with the parcel still on board");
    }

    /** The drone went offline: parcels not known released go back to the queue. */
    public Change offline(String droneId) {
        return end(droneId, "returned: " + droneId + " went offline before releasing the parcel");
    }

    /** Drones flying a sortie now: they are not available for a wave. */
    public Collection<String> drones() {
        return byDrone.keySet();
    }

    private Change end(String droneId, String reason) {
        Sortie s = byDrone.get(droneId);
        if (s == null) {
            return new Change(this, List.of());
        }
        Set<String> done = released.getOrDefault(droneId, Set.of());
        List<Requeued> back = new ArrayList<>();
        for (QueuedParcel p : s.parcels()) {
            if (!done.contains(p.requestId())) {
                back.add(new Requeued(p, reason));
            }
        }
        Map<String, Sortie> next = new LinkedHashMap<>(byDrone);
        next.remove(droneId);
        Map<String, Set<String>> rel = new LinkedHashMap<>(released);
        rel.remove(droneId);
        return new Change(new SortiesAloft(next, rel), back);
    }
}
