package org.lifeline.mission.transfer;

import java.time.Duration;
import java.util.Objects;

/**
 * How the vehicle-side {@link MissionServer} behaves.
 *
 * @param systemId        the vehicle's system id (requests addressed elsewhere are ignored)
 * @param componentId     the vehicle's component id
 * @param capacity        most items one plan may hold; a longer COUNT is answered MAV_MISSION_NO_SPACE
 * @param legacyRequests  request items with MISSION_REQUEST (message 40) as ArduPilot Copter does,
 *                        instead of MISSION_REQUEST_INT
 * @param timing          timeouts, retries and adaptivity of the server's own item requests
 *                        (its target fields are unused: the server answers whoever asked)
 * @param patience        how long the server keeps re-requesting one item before it abandons
 *                        the upload with MISSION_ACK(OPERATION_CANCELLED)
 */
public record ServerOptions(int systemId, int componentId, int capacity, boolean legacyRequests,
                            TransferOptions timing, Duration patience) {

    public ServerOptions {
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(patience, "patience");
        if (capacity < 0 || capacity > 0xFFFF) {
            throw new IllegalArgumentException("capacity must be 0..65535, was " + capacity);
        }
    }

    /** How long the default vehicle waits for a requested item. */
    public static final Duration DEFAULT_PATIENCE = Duration.ofSeconds(8);

    /**
     * Vehicle 1/1, room for 700 items, MISSION_REQUEST_INT, adaptive timeouts under the spec
     * ceilings, and the patience of an autopilot: a stalled upload is abandoned (ACK
     * OPERATION_CANCELLED) after 8 s without the requested item, re-requesting it meanwhile —
     * a vehicle that gave up after 1.5 s would lose long uploads on a noisy radio.
     */
    public static ServerOptions defaults() {
        return new ServerOptions(1, 1, 700, false, TransferOptions.defaults().withTarget(0, 0).withOwnSystemId(1),
                DEFAULT_PATIENCE);
    }

    public ServerOptions withCapacity(int value) {
        return new ServerOptions(systemId, componentId, value, legacyRequests, timing, patience);
    }

    public ServerOptions withLegacyRequests(boolean value) {
        return new ServerOptions(systemId, componentId, capacity, value, timing, patience);
    }

    public ServerOptions withTiming(TransferOptions value) {
        return new ServerOptions(systemId, componentId, capacity, legacyRequests,
                value.withTarget(0, 0).withOwnSystemId(systemId), patience);
    }

    public ServerOptions withIds(int system, int component) {
        return new ServerOptions(system, component, capacity, legacyRequests, timing.withOwnSystemId(system), patience);
    }

    public ServerOptions withPatience(Duration value) {
        return new ServerOptions(systemId, componentId, capacity, legacyRequests, timing, value);
    }

    /** The spec's fixed timeouts on the vehicle side (for baselines). */
    public ServerOptions withFixedTimeouts() {
        return withTiming(timing.withAdaptive(false));
    }
}
