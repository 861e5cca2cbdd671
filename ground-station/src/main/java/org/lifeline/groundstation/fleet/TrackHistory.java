package org.lifeline.groundstation.fleet;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.lifeline.fleet.Telemetry;

/**
 * The track each drone has flown, from its telemetry, bounded: the newest {@code maxPoints}
 * per drone, a point kept when the drone moved at least {@code minMetres} (horizontally or
 * vertically) since the last one kept. Feed it from {@link FleetBus#onTelemetry}; thread-safe.
 */
public final class TrackHistory {

    /** One kept position: latitude, longitude, altitude relative to home, the sample's time. */
    public record Point(double lat, double lon, double alt, long timeMillis) {
    }

    private final int maxPoints;
    private final double minMetres;
    private final Map<String, Deque<Point>> tracks = new ConcurrentHashMap<>();

    public TrackHistory(int maxPoints, double minMetres) {
        if (maxPoints < 2) {
            throw new IllegalArgumentException("maxPoints: expected at least 2, got " + maxPoints);
        }
        this.maxPoints = maxPoints;
        this.minMetres = minMetres;
    }

    /** Adds a sample; returns whether it was kept. */
    public boolean add(Telemetry t) {
        if (!Double.isFinite(t.latitude()) || !Double.isFinite(t.longitude())) {
            return false;
        }
        Deque<Point> track = tracks.computeIfAbsent(t.droneId(), k -> new ArrayDeque<>());
        synchronized (track) {
            Point last = track.peekLast();
            if (last != null && moved(last, t) < minMetres) {
                return false;
            }
            track.addLast(new Point(t.latitude(), t.longitude(), t.relativeAltitude(), t.timeMillis()));
            while (track.size() > maxPoints) {
                track.removeFirst();
            }
            return true;
        }
    }

    /** Every drone's track, oldest point first, drones by id. */
    public Map<String, List<Point>> tracks() {
        Map<String, List<Point>> out = new LinkedHashMap<>();
        new TreeMap<>(tracks).forEach((id, track) -> {
            synchronized (track) {
                out.put(id, new ArrayList<>(track));
            }
        });
        return out;
    }

    private static double moved(Point p, Telemetry t) {
        double dLat = Math.toRadians(t.latitude() - p.lat());
        double dLon = Math.toRadians(t.longitude() - p.lon()) * Math.cos(Math.toRadians(p.lat()));
        double horizontal = 6_371_008.8 * Math.hypot(dLat, dLon);
        return Math.max(horizontal, Math.abs(t.relativeAltitude() - p.alt()));
    }
}
