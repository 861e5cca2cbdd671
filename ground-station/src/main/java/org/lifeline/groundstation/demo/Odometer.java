package org.lifeline.groundstation.demo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.lifeline.fleet.Telemetry;
import org.lifeline.groundstation.geo.Geodesic;

/**
 * Distance flown per drone, from the telemetry its agent sends over the fleet bus: the sum of
 * the geodesic steps between consecutive positions while the drone is armed. Steps under
 * {@link #NOISE_METRES} wait until they add up; a jump over {@link #MAX_STEP_METRES} (a GPS
 * fault) is not counted.
 */
public final class Odometer implements Consumer<Telemetry> {

    /** Only steps shorter than this are treated as noise when the drone is not moving. */
    static final double NOISE_METRES = 0.3;
    static final double MAX_STEP_METRES = 10_000;

    private record Track(double lat, double lon, double metres) {
    }

    private final Map<String, Track> tracks = new ConcurrentHashMap<>();

    @Override
    public void accept(Telemetry t) {
        tracks.compute(t.droneId(), (id, before) -> {
            if (before == null || !t.armed()) {
                double kept = before == null ? 0 : before.metres();
                return new Track(t.latitude(), t.longitude(), kept);
            }
            double step = Geodesic.distance(before.lat(), before.lon(), t.latitude(), t.longitude());
            if (step < NOISE_METRES || step > MAX_STEP_METRES) {
                return step > MAX_STEP_METRES ? new Track(t.latitude(), t.longitude(), before.metres()) : before;
            }
            return new Track(t.latitude(), t.longitude(), before.metres() + step);
        });
    }

    /** Metres flown by {@code droneId} so far (0 for a drone never heard). */
    public double metres(String droneId) {
        Track t = tracks.get(droneId);
        return t == null ? 0 : t.metres();
    }
}
