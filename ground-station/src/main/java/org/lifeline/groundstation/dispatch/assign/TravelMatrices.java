package org.lifeline.groundstation.dispatch.assign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.airspace.DropPoint;
import org.lifeline.groundstation.planning.route.AirspaceRoutePlanner;

/**
 * A small cache of {@link TravelMatrix} per airspace, margin and transit altitude: waves in the
 * same airspace reuse the matrix; a changed airspace (a zone comes into force) gets its own.
 * Keeps the few most recently used. Thread-safe.
 *
 * <p>Drops given by coordinates ({@link CoordinateDrops}) come and go with the queue; each is
 * planned against the stops of its airspace once (one route per stop, over the same prepared
 * planner) and kept, so a wave with such drops costs a few routes, not a new matrix.
 */
public final class TravelMatrices {

    private record Key(Airspace airspace, double margin, double altitude) {
    }

    private record Entry(TravelMatrix matrix, AirspaceRoutePlanner planner) {
    }

    private record Row(Key key, DropPoint point) {
    }

    /** Rows of drops by coordinates kept per airspace. */
    private static final int ROWS = 2_000;

    private final int capacity;
    private final Map<Key, Entry> cache;
    private final Map<Row, double[]> rows = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Row, double[]> eldest) {
            return size() > ROWS;
        }
    };

    public TravelMatrices(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity + " is not >= 1");
        }
        this.capacity = capacity;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                return size() > TravelMatrices.this.capacity;
            }
        };
    }

    public synchronized TravelMatrix get(Airspace airspace, double marginMetres, double transitAltitude) {
        return entry(new Key(airspace, marginMetres, transitAltitude)).matrix();
    }

    /**
     * The matrix of {@code airspace} with {@code extra} drop points (positions of drops given by
     * coordinates, not in the airspace) as more stops, after the airspace's own.
     */
    public synchronized TravelMatrix get(Airspace airspace, List<DropPoint> extra, double marginMetres,
                                         double transitAltitude) {
        Key key = new Key(airspace, marginMetres, transitAltitude);
        Entry e = entry(key);
        if (extra.isEmpty()) {
            return e.matrix();
        }
        AirspaceRoutePlanner planner = e.planner().withDropPoints(extra);
        List<double[]> toStops = new ArrayList<>();
        for (DropPoint d : extra) {
            Row r = new Row(key, d);
            double[] row = rows.get(r);
            if (row == null) {
                row = e.matrix().row(planner, d.id());
                rows.put(r, row);
            }
            toStops.add(row);
        }
        return e.matrix().extended(extra.stream().map(DropPoint::id).toList(), toStops, planner);
    }

    private Entry entry(Key key) {
        Entry e = cache.get(key);
        if (e == null) {
            AirspaceRoutePlanner planner = TravelMatrix.planner(key.airspace(), key.margin(), key.altitude());
            e = new Entry(TravelMatrix.compute(key.airspace(), planner), planner);
            cache.put(key, e);
        }
        return e;
    }

    public synchronized int size() {
        return cache.size();
    }
}
