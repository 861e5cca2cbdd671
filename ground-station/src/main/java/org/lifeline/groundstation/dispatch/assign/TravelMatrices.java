package org.lifeline.groundstation.dispatch.assign;

import java.util.LinkedHashMap;
import java.util.Map;

import org.lifeline.groundstation.airspace.Airspace;

/**
 * A small cache of {@link TravelMatrix} per airspace, margin and transit altitude: waves in the
 * same airspace reuse the matrix; a changed airspace (a zone comes into force) gets its own.
 * Keeps the few most recently used. Thread-safe.
 */
public final class TravelMatrices {

    private record Key(Airspace airspace, double margin, double altitude) {
    }

    private final int capacity;
    private final Map<Key, TravelMatrix> cache;

    public TravelMatrices(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity + " is not >= 1");
        }
        this.capacity = capacity;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, TravelMatrix> eldest) {
                return size() > TravelMatrices.this.capacity;
            }
        };
    }

    public synchronized TravelMatrix get(Airspace airspace, double marginMetres, double transitAltitude) {
        return cache.computeIfAbsent(new Key(airspace, marginMetres, transitAltitude),
                k -> TravelMatrix.compute(k.airspace(), k.margin(), k.altitude()));
    }

    public synchronized int size() {
        return cache.size();
    }
}
