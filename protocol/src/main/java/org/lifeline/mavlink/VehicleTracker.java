package org.lifeline.mavlink;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;

/**
 * Keeps track of the vehicles heard on one endpoint, from their HEARTBEATs.
 *
 * <p>Each vehicle (system id, component id) moves through:
 * <pre>
 *   (unknown) --HEARTBEAT--> CONNECTED          [discovered]
 *   CONNECTED --HEARTBEAT--> CONNECTED          [changed, if mode/armed/status/type differ]
 *   CONNECTED --no HEARTBEAT for timeout--> LOST [linkLost]
 *   LOST      --HEARTBEAT--> CONNECTED          [linkRestored]
 * </pre>
 * Vehicles are never forgotten: a lost one keeps its last known state so it can be restored.
 * Timeouts are noticed by {@link #checkTimeouts()}, which the endpoint calls from a periodic task;
 * heartbeats are noted from the reader thread. Listener calls happen outside the lock.
 */
public final class VehicleTracker {

    private static final Logger LOG = LoggerFactory.getLogger(VehicleTracker.class);

    /** A vehicle's link state. */
    public enum LinkState { CONNECTED, LOST }

    private record Entry(VehicleInfo info, long lastHeartbeatNanos, LinkState state) {
    }

    private final Duration timeout;
    private final LongSupplier nanoTime;
    private final Map<SourceId, Entry> vehicles = new LinkedHashMap<>();
    private final List<VehicleListener> listeners = new CopyOnWriteArrayList<>();

    /** @param nanoTime monotonic clock (the endpoint passes its scheduler's) */
    public VehicleTracker(Duration timeout, LongSupplier nanoTime) {
        this.timeout = timeout;
        this.nanoTime = nanoTime;
    }

    public void addListener(VehicleListener listener) {
        listeners.add(listener);
    }

    public void removeListener(VehicleListener listener) {
        listeners.remove(listener);
    }

    /** Notes a HEARTBEAT; ignores ground stations and components without an autopilot. */
    public void onHeartbeat(VehicleInfo info) {
        if (!VehicleInfo.isVehicle(info.type(), info.autopilot())) {
            return;
        }
        Entry previous;
        synchronized (this) {
            previous = vehicles.put(info.source(), new Entry(info, nanoTime.getAsLong(), LinkState.CONNECTED));
        }
        for (VehicleListener l : listeners) {
            if (previous == null) {
                safely(() -> l.discovered(info));
            } else if (previous.state() == LinkState.LOST) {
                safely(() -> l.linkRestored(info));
            }
            if (previous != null && !previous.info().equals(info)) {
                safely(() -> l.changed(previous.info(), info));
            }
        }
    }

    /** Marks vehicles silent for longer than the timeout as lost and tells the listeners. */
    public void checkTimeouts() {
        List<VehicleInfo> lost = new ArrayList<>();
        long now = nanoTime.getAsLong();
        synchronized (this) {
            for (Map.Entry<SourceId, Entry> e : vehicles.entrySet()) {
                Entry v = e.getValue();
                if (v.state() == LinkState.CONNECTED && now - v.lastHeartbeatNanos() >= timeout.toNanos()) {
                    e.setValue(new Entry(v.info(), v.lastHeartbeatNanos(), LinkState.LOST));
                    lost.add(v.info());
                }
            }
        }
        for (VehicleInfo v : lost) {
            for (VehicleListener l : listeners) {
                safely(() -> l.linkLost(v));
            }
        }
    }

    /** A failing listener must not keep the others from hearing, nor stop the reader or timer thread. */
    private static void safely(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.error("a vehicle listener failed", e);
        }
    }

    /** Every vehicle heard so far (connected or lost), in order of discovery. */
    public synchronized List<VehicleInfo> vehicles() {
        return vehicles.values().stream().map(Entry::info).toList();
    }

    /** The vehicle's last state, if it was ever heard. */
    public synchronized Optional<VehicleInfo> vehicle(SourceId source) {
        return Optional.ofNullable(vehicles.get(source)).map(Entry::info);
    }

    /** The vehicle's link state, if it was ever heard. */
    public synchronized Optional<LinkState> linkState(SourceId source) {
        return Optional.ofNullable(vehicles.get(source)).map(Entry::state);
    }
}
