package org.lifeline.groundstation.fleet;

import java.util.List;
import java.util.Optional;

import org.lifeline.fleet.DroneStatus;
import org.lifeline.fleet.FleetEvent;
import org.lifeline.fleet.Telemetry;

/**
 * One drone as the ground station sees it now.
 *
 * @param status            last status received, empty if none yet
 * @param telemetry         newest telemetry sample
 * @param telemetryAgeMillis how long ago (ground-station clock) that sample arrived, -1 if never
 * @param stale             telemetry is older than the staleness limit (or never came)
 * @param events            the drone's events in sequence order, duplicates removed
 */
public record DroneView(String droneId, Optional<DroneStatus> status, Optional<Telemetry> telemetry,
                        long telemetryAgeMillis, boolean stale, List<FleetEvent> events) {

    public DroneView {
        events = List.copyOf(events);
    }

    public boolean online() {
        return status.map(s -> s.state() == DroneStatus.State.ONLINE).orElse(false);
    }
}
