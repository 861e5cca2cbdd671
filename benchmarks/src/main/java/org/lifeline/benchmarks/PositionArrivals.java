package org.lifeline.benchmarks;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import io.dronefleet.mavlink.common.GlobalPositionInt;

import org.lifeline.groundstation.session.SessionException;
import org.lifeline.groundstation.session.SessionOpener;
import org.lifeline.groundstation.session.SessionOptions;
import org.lifeline.groundstation.session.VehicleSession;
import org.lifeline.tlog.TlogSink;

/**
 * Opens links as the ground station does and notes, per drone, when each new position
 * (GLOBAL_POSITION_INT, by its latitude and longitude in 1e-7 degrees) reached the ground
 * station, on the link's reader thread: the start of the position's way to the screen, before
 * the link watch's coalescing. Give it to {@link org.lifeline.groundstation.session.SharedLinks}
 * as the real opener.
 */
final class PositionArrivals implements SessionOpener {

    private final SessionOpener real;
    private final Map<String, String> droneByUri;
    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    private final AtomicLong positions = new AtomicLong();

    /** @param links drone id to its link URI */
    PositionArrivals(SessionOpener real, Map<String, String> links) {
        this.real = real;
        this.droneByUri = new ConcurrentHashMap<>();
        links.forEach((drone, uri) -> droneByUri.put(uri, drone));
    }

    @Override
    public VehicleSession open(SessionOptions options, Consumer<String> progress) throws SessionException {
        return noted(options, real.open(options, progress));
    }

    @Override
    public VehicleSession open(SessionOptions options, TlogSink tap, Consumer<String> progress) throws SessionException {
        return noted(options, real.open(options, tap, progress));
    }

    private VehicleSession noted(SessionOptions options, VehicleSession s) {
        String drone = droneByUri.get(options.uri());
        if (drone != null) {
            // lives as long as the link: the subscription ends with the session's channel
            s.channel().subscribe(m -> {
                if (m.payload() instanceof GlobalPositionInt g && m.systemId() == s.targetSystem()
                        && arrivals.putIfAbsent(key(drone, g.lat() + "," + g.lon()), System.currentTimeMillis()) == null) {
                    positions.incrementAndGet();
                }
            });
        }
        return s;
    }

    /** When the position {@code at} ("lat7,lon7") of {@code drone} first reached the ground station. */
    OptionalLong arrival(String drone, String at) {
        Long t = arrivals.get(key(drone, at));
        return t == null ? OptionalLong.empty() : OptionalLong.of(t);
    }

    /** New positions heard so far, all drones. */
    long positions() {
        return positions.get();
    }

    private static String key(String drone, String at) {
        return drone + "|" + at;
    }
}
