package org.lifeline.agent.core;

import java.time.Duration;
import java.util.Objects;

import org.lifeline.agent.drops.DropDefaults;
import org.lifeline.agent.fc.TrackerOptions;
import org.lifeline.agent.release.ReleaseOwner;

/**
 * The core's settings (the configuration file's view of them lives in {@code config}).
 *
 * @param droneId          this drone's id on the fleet bus
 * @param tracker          how to follow the flight controller
 * @param dropDefaults     limits for drops the ground station did not describe consistently
 * @param telemetryRateHz  1–10 Hz
 * @param refusalAfter     how long after arriving at a drop the interlocks may take to hold before it is refused
 * @param missionRetry     wait before reading the mission again after a failed read
 * @param releaseOwner     who moves the release on this airframe, and so how the mission marks drops
 */
public record AgentSettings(String droneId, TrackerOptions tracker, DropDefaults dropDefaults, double telemetryRateHz,
                            Duration refusalAfter, Duration missionRetry, ReleaseOwner releaseOwner) {

    /** Settings for an airframe whose release the agent drives itself. */
    public AgentSettings(String droneId, TrackerOptions tracker, DropDefaults dropDefaults, double telemetryRateHz,
                         Duration refusalAfter, Duration missionRetry) {
        this(droneId, tracker, dropDefaults, telemetryRateHz, refusalAfter, missionRetry, ReleaseOwner.AGENT);
    }

    public AgentSettings {
        Objects.requireNonNull(releaseOwner, "releaseOwner");
        Objects.requireNonNull(droneId, "droneId");
        Objects.requireNonNull(tracker, "tracker");
        Objects.requireNonNull(dropDefaults, "dropDefaults");
        Objects.requireNonNull(refusalAfter, "refusalAfter");
        Objects.requireNonNull(missionRetry, "missionRetry");
    }
}
