package org.lifeline.groundstation.dispatch.flight;

import java.time.Duration;

/**
 * How a sortie is sent and started.
 *
 * @param ackTimeout          how long to wait for the agent's ack of each drop plan
 * @param armingTimeout       how long arming is retried through pre-arm checks
 * @param minZoneRadiusMetres the smallest drop zone radius sent to the agent; the plan's waypoint
 *                            acceptance radius is used when larger (GPS noise needs some room)
 * @param maxDropSpeed        the ground-speed limit at a release, m/s
 * @param transferGuard       an upper bound on one plan transfer (each step has its own timeouts
 *                            and retries; this only guards against a bug)
 * @param missionReadTimeout  how long, after the verified upload, the agent may take to read the
 *                            new mission from the vehicle (it answers "mission not read yet" until
 *                            then, and the drop plan is sent again every {@link #MISSION_READ_RETRY})
 */
public record FlightSettings(Duration ackTimeout, Duration armingTimeout, double minZoneRadiusMetres, double maxDropSpeed,
                             Duration transferGuard, Duration missionReadTimeout) {

    /** The pause before a drop plan is sent again to an agent that has not read the new mission yet. */
    public static final Duration MISSION_READ_RETRY = Duration.ofMillis(500);

    /** 10 s per ack, 30 s of arming, 5 m zone (the agent's own default), 1 m/s, 15 min per transfer, 30 s to read the mission. */
    public static final FlightSettings DEFAULTS = new FlightSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), 5.0, 1.0,
            Duration.ofMinutes(15));

    /** Settings with the default 30 s for the agent to read the new mission. */
    public FlightSettings(Duration ackTimeout, Duration armingTimeout, double minZoneRadiusMetres, double maxDropSpeed,
                          Duration transferGuard) {
        this(ackTimeout, armingTimeout, minZoneRadiusMetres, maxDropSpeed, transferGuard, Duration.ofSeconds(30));
    }

    public FlightSettings {
        if (ackTimeout.isNegative() || ackTimeout.isZero() || armingTimeout.isNegative() || armingTimeout.isZero()
                || transferGuard.isNegative() || transferGuard.isZero() || missionReadTimeout.isNegative()
                || missionReadTimeout.isZero()) {
            throw new IllegalArgumentException("flight timeouts must be positive: ack " + ackTimeout + ", arming "
                    + armingTimeout + ", transfer " + transferGuard + ", mission read " + missionReadTimeout);
        }
        if (!(minZoneRadiusMetres > 0) || !(maxDropSpeed > 0)) {
            throw new IllegalArgumentException("drop zone radius and speed must be positive: " + minZoneRadiusMetres
                    + " m, " + maxDropSpeed + " m/s");
        }
    }

    public FlightSettings withAckTimeout(Duration value) {
        return new FlightSettings(value, armingTimeout, minZoneRadiusMetres, maxDropSpeed, transferGuard, missionReadTimeout);
    }

    public FlightSettings withArmingTimeout(Duration value) {
        return new FlightSettings(ackTimeout, value, minZoneRadiusMetres, maxDropSpeed, transferGuard, missionReadTimeout);
    }

    public FlightSettings withMissionReadTimeout(Duration value) {
        return new FlightSettings(ackTimeout, armingTimeout, minZoneRadiusMetres, maxDropSpeed, transferGuard, value);
    }
}
