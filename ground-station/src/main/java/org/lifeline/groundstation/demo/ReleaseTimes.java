package org.lifeline.groundstation.demo;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.lifeline.fleet.EventType;
import org.lifeline.fleet.FleetEvent;

/** When each parcel's release was reported by its drone's agent (the event's own time), for the sortie reports. */
final class ReleaseTimes implements Consumer<FleetEvent> {

    private final Map<String, Long> millis = new ConcurrentHashMap<>();

    @Override
    public void accept(FleetEvent e) {
        if (e.type() == EventType.RELEASED) {
            e.parcelId().ifPresent(p -> millis.putIfAbsent(p, e.timeMillis()));
        }
    }

    /** The agent's release time of {@code parcelId} in microseconds since the epoch (a tlog's time base). */
    OptionalLong micros(String parcelId) {
        Long m = millis.get(parcelId);
        return m == null ? OptionalLong.empty() : OptionalLong.of(m * 1000);
    }
}
