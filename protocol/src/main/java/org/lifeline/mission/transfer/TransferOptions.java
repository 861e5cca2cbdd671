package org.lifeline.mission.transfer;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Timeouts, retries and addressing of one side of the mission protocol.
 *
 * <p>The Mission Protocol spec gives fixed defaults: 1500 ms for a command (COUNT,
 * REQUEST_LIST, CLEAR_ALL) and 250 ms for an item. With {@code adaptive} set, those become the
 * <em>ceilings</em> of a TCP-style retransmission timeout measured on the link (see
 * {@link RetransmissionTimeout}); {@link #fixedSpecTimeouts()} keeps the spec's fixed values,
 * which is the baseline the adaptive timeout is measured against.
 *
 * @param commandTimeout       wait for the answer to a command (spec: 1500 ms); adaptive ceiling
 * @param itemTimeout          wait for a requested item (spec: 250 ms); adaptive ceiling
 * @param minTimeout           adaptive floor (never retransmit sooner than this)
 * @param maxRetries           retransmissions of one message without progress before TIMEOUT
 * @param adaptive             measure round trips and adapt the timeout (false: fixed spec timeouts)
 * @param targetSystem         the peer's system id (0: accept any and send to broadcast)
 * @param targetComponent      the peer's component id
 * @param ownSystemId          our system id: messages addressed to another system are ignored (0: accept all)
 * @param homeAtSeqZero        the vehicle keeps home in MISSION item 0 and overwrites it (ArduPilot):
 *                             verification does not compare that item
 * @param startupWait          how long an upload waits out a vehicle that refuses MISSION_COUNT while
 *                             it is still booting (ArduPilot answers NO_SPACE until its mission
 *                             storage is initialised, about 1.5 s after power-on on SITL)
 * @param vehicleRerequest     the interval at which the vehicle itself asks again for an item it is
 *                             still waiting for (ArduPilot: 1000 ms plus its stream slow-down,
 *                             {@code MissionItemProtocol::update}); an upload that knows the vehicle
 *                             already holds the item it would resend waits this long instead
 */
public record TransferOptions(Duration commandTimeout, Duration itemTimeout, Duration minTimeout, int maxRetries,
                              boolean adaptive, int targetSystem, int targetComponent, int ownSystemId,
                              boolean homeAtSeqZero, Duration startupWait, Duration vehicleRerequest) {

    public static final Duration SPEC_COMMAND_TIMEOUT = Duration.ofMillis(1500);
    public static final Duration SPEC_ITEM_TIMEOUT = Duration.ofMillis(250);
    /** ArduPilot re-requests an item it is waiting for every 1000 ms (MissionItemProtocol.cpp, update()). */
    public static final Duration ARDUPILOT_REREQUEST = Duration.ofMillis(1000);
    /** Long enough for a flight controller to initialise its mission storage after power-on. */
    public static final Duration DEFAULT_STARTUP_WAIT = Duration.ofSeconds(20);

    public TransferOptions {
        Objects.requireNonNull(commandTimeout, "commandTimeout");
        Objects.requireNonNull(itemTimeout, "itemTimeout");
        Objects.requireNonNull(minTimeout, "minTimeout");
        Objects.requireNonNull(startupWait, "startupWait");
        Objects.requireNonNull(vehicleRerequest, "vehicleRerequest");
        if (startupWait.isNegative() || vehicleRerequest.isNegative() || vehicleRerequest.isZero()) {
            throw new IllegalArgumentException("expected startupWait >= 0 and vehicleRerequest > 0, was "
                    + startupWait + ", " + vehicleRerequest);
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0, was " + maxRetries);
        }
        if (minTimeout.isNegative() || minTimeout.compareTo(itemTimeout) > 0
                || itemTimeout.compareTo(commandTimeout) > 0) {
            throw new IllegalArgumentException("expected minTimeout <= itemTimeout <= commandTimeout, was "
                    + minTimeout + ", " + itemTimeout + ", " + commandTimeout);
        }
    }

    /** Adaptive timeouts under the spec ceilings, 5 retries, talking to vehicle 1/1 from a GCS (255). */
    public static TransferOptions defaults() {
        return new TransferOptions(SPEC_COMMAND_TIMEOUT, SPEC_ITEM_TIMEOUT, Duration.ofMillis(50), 5, true,
                1, 1, 255, true, DEFAULT_STARTUP_WAIT, ARDUPILOT_REREQUEST);
    }

    /** The spec's fixed 1500 ms / 250 ms timeouts, no adaptation (the benchmark baseline). */
    public static TransferOptions fixedSpecTimeouts() {
        return defaults().withAdaptive(false);
    }

    public TransferOptions withAdaptive(boolean value) {
        return with(b -> b.adaptive = value);
    }

    public TransferOptions withMaxRetries(int value) {
        return with(b -> b.maxRetries = value);
    }

    public TransferOptions withMinTimeout(Duration value) {
        return with(b -> b.minTimeout = value);
    }

    public TransferOptions withTarget(int system, int component) {
        return with(b -> {
            b.targetSystem = system;
            b.targetComponent = component;
        });
    }

    public TransferOptions withOwnSystemId(int value) {
        return with(b -> b.ownSystemId = value);
    }

    public TransferOptions withHomeAtSeqZero(boolean value) {
        return with(b -> b.homeAtSeqZero = value);
    }

    public TransferOptions withStartupWait(Duration value) {
        return with(b -> b.startupWait = value);
    }

    public TransferOptions withVehicleRerequest(Duration value) {
        return with(b -> b.vehicleRerequest = value);
    }

    /** A copy with {@code change} applied, checked by the canonical constructor. */
    private TransferOptions with(Consumer<Copy> change) {
        Copy b = new Copy(this);
        change.accept(b);
        return b.build();
    }

    /** The record's fields, changeable one at a time: the one place that lists them in order. */
    private static final class Copy {
        Duration commandTimeout;
        Duration itemTimeout;
        Duration minTimeout;
        int maxRetries;
        boolean adaptive;
        int targetSystem;
        int targetComponent;
        int ownSystemId;
        boolean homeAtSeqZero;
        Duration startupWait;
        Duration vehicleRerequest;

        Copy(TransferOptions o) {
            commandTimeout = o.commandTimeout;
            itemTimeout = o.itemTimeout;
            minTimeout = o.minTimeout;
            maxRetries = o.maxRetries;
            adaptive = o.adaptive;
            targetSystem = o.targetSystem;
            targetComponent = o.targetComponent;
            ownSystemId = o.ownSystemId;
            homeAtSeqZero = o.homeAtSeqZero;
            startupWait = o.startupWait;
            vehicleRerequest = o.vehicleRerequest;
        }

        TransferOptions build() {
            return new TransferOptions(commandTimeout, itemTimeout, minTimeout, maxRetries, adaptive, targetSystem,
                    targetComponent, ownSystemId, homeAtSeqZero, startupWait, vehicleRerequest);
        }
    }

    /** The spec ceiling for a wait of this kind. */
    Duration ceiling(TimeoutKind kind) {
        return kind == TimeoutKind.ITEM ? itemTimeout : commandTimeout;
    }
}
