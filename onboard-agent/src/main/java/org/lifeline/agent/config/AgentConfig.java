package org.lifeline.agent.config;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

import org.lifeline.agent.release.ReleaseOwner;

/**
 * A checked configuration (see {@link ConfigLoader} for the keys).
 *
 * @param droneId            drone id on the fleet bus (MQTT user name too, for the broker's ACL)
 * @param fcUri              flight-controller link, e.g. {@code serial:/dev/serial0?baud=921600}
 * @param systemId           the vehicle's MAVLink system id (the agent shares it, as component 191)
 * @param autopilotComponent the flight controller's component id
 * @param linkLostSeconds    FC link lost after this long without HEARTBEAT
 * @param gripperChannel     SERVO_OUTPUT_RAW channel of the autopilot's own gripper (0 = not watched)
 * @param gripperReleasePwm  that channel's "open" PWM
 * @param broker             MQTT settings
 * @param commandKeyFile     file holding the command-signing key (hex)
 * @param commandKey         the key read from it
 * @param maxSkewSeconds     how far a command's time may be from ours
 * @param dataDir            journal and outbox directory
 * @param actuator           servo or relay settings, or the autopilot's gripper (release.owner = autopilot)
 * @param openMillis         how long the release stays open
 * @param sensorPin          parcel sensor BCM pin, if fitted
 * @param sensorPresentHigh  the sensor reads high while a parcel is held
 * @param telemetryRateHz    1–10
 * @param maxTelemetryAgeMillis interlock: telemetry older than this is stale
 * @param maxVerticalSpeed   interlock: the fastest climb or descent at which a parcel may leave, m/s
 * @param zoneRadiusMetres   default drop zone radius
 * @param altitudeWindowMetres default drop altitude window (±)
 * @param maxGroundSpeed     default ground-speed limit at the drop
 * @param refusalSeconds     how long after arriving at a drop the interlocks may take to hold
 * @param lowBatteryPercent  LOW_BATTERY threshold
 * @param hardware           which GPIO implementation to use
 */
public record AgentConfig(String droneId, String fcUri, int systemId, int autopilotComponent, double linkLostSeconds,
                          int gripperChannel, int gripperReleasePwm, BrokerConfig broker, Path commandKeyFile,
                          byte[] commandKey, double maxSkewSeconds, Path dataDir, Actuator actuator, int openMillis,
                          OptionalInt sensorPin, boolean sensorPresentHigh, double telemetryRateHz,
                          int maxTelemetryAgeMillis, double maxVerticalSpeed, double zoneRadiusMetres, double altitudeWindowMetres,
                          double maxGroundSpeed, double refusalSeconds, double lowBatteryPercent, Hardware hardware) {

    /** Which GPIO implementation drives the actuator and reads the sensor. */
    public enum Hardware { AUTO, PI, MOCK }

    /**
     * The release actuator: a servo on hardware PWM or a relay on a digital output (the release
     * belongs to the agent), or the autopilot's own gripper, commanded by the agent.
     */
    public sealed interface Actuator permits Servo, Relay, AutopilotRelease {
    }

    /** The autopilot's gripper ({@code release.owner = autopilot}): DO_GRIPPER to that gripper number. */
    public record AutopilotRelease(int gripper) implements Actuator {
    }

    /** Who moves the release on this airframe ({@code release.owner}). */
    public ReleaseOwner releaseOwner() {
        return actuator instanceof AutopilotRelease ? ReleaseOwner.AUTOPILOT : ReleaseOwner.AGENT;
    }

    /** A servo: PWM channel (0 = PWM0 = GPIO18), frequency and the two pulse widths. */
    public record Servo(int pwmChannel, int frequencyHz, int closedMicros, int openMicros) implements Actuator {
    }

    /** A relay or solenoid driver on a BCM pin. */
    public record Relay(int pin, boolean activeHigh) implements Actuator {
    }

    /** MQTT broker settings; secrets are read from files so they stay out of the config and the logs. */
    public record BrokerConfig(String uri, Optional<String> username, Optional<String> password,
                               Optional<Path> trustStore, Optional<String> trustStorePassword,
                               Optional<Path> keyStore, Optional<String> keyStorePassword, int keepAliveSeconds) {

        @Override
        public String toString() {
            return "BrokerConfig[" + uri + ", user=" + username.orElse("-") + "]";
        }
    }

    @Override
    public String toString() {
        return "AgentConfig[drone=" + droneId + ", fc=" + fcUri + ", sysid=" + systemId + ", broker=" + broker
                + ", dataDir=" + dataDir + ", release=" + releaseOwner() + ", actuator=" + actuator + ", telemetry=" + telemetryRateHz + " Hz]";
    }
}
