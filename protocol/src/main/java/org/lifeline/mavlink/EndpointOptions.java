package org.lifeline.mavlink;

import org.lifeline.mavlink.signing.SigningKey;
import org.lifeline.tlog.TlogSink;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How a {@link MavlinkEndpoint} presents itself and what it accepts. Start from
 * {@link #groundStation()} or {@link #companion()} and adjust with the {@code with…} methods.
 *
 * @param systemId           our system id (ground stations use 255)
 * @param componentId        our component id (190 = MAV_COMP_ID_MISSIONPLANNER, 191 = onboard computer)
 * @param signingKey         key to sign outgoing frames and verify incoming ones; null = no signing
 * @param signingRequired    drop (and count) unsigned incoming frames; needs a key
 * @param signingLinkId      link id written into our signatures (0..255)
 * @param unsignedAccepted   message ids accepted unsigned even when signing is required; by default
 *                           RADIO_STATUS (109), which SiK radios inject and cannot sign
 * @param signatureWindow    how far behind our clock a new signed stream may start (spec: 1 minute)
 * @param tlog               where every accepted and sent frame is recorded; null = not recorded
 * @param heartbeatType      MAV_TYPE in our HEARTBEAT (6 = GCS, 18 = onboard controller)
 * @param heartbeatAutopilot MAV_AUTOPILOT in our HEARTBEAT (8 = invalid, i.e. not a flight controller)
 * @param heartbeatInterval  how often we send HEARTBEAT; zero = never (the owner sends its own)
 * @param linkLostTimeout    a vehicle is lost after this long without its HEARTBEAT
 */
public record EndpointOptions(int systemId, int componentId, SigningKey signingKey, boolean signingRequired,
                              int signingLinkId, Set<Integer> unsignedAccepted, Duration signatureWindow,
                              TlogSink tlog, int heartbeatType, int heartbeatAutopilot,
                              Duration heartbeatInterval, Duration linkLostTimeout) {

    /** RADIO_STATUS: injected by SiK telemetry radios, which cannot sign. */
    public static final int RADIO_STATUS = 109;

    public EndpointOptions {
        checkId("system id", systemId);
        checkId("component id", componentId);
        checkId("signing link id", signingLinkId);
        if (signingRequired && signingKey == null) {
            throw new IllegalArgumentException("signing is required but no signing key is set");
        }
        unsignedAccepted = Set.copyOf(Objects.requireNonNull(unsignedAccepted, "unsignedAccepted"));
        Objects.requireNonNull(signatureWindow, "signatureWindow");
        Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
        Objects.requireNonNull(linkLostTimeout, "linkLostTimeout");
        if (heartbeatInterval.isNegative() || linkLostTimeout.isNegative() || linkLostTimeout.isZero() || signatureWindow.isNegative()) {
            throw new IllegalArgumentException("heartbeat interval, link-lost timeout and signature window must not be negative"
                    + " (link-lost timeout must be positive)");
        }
    }

    /** A ground station: 255/190, MAV_TYPE_GCS, 1 Hz heartbeat, link lost after 3 s, no signing, no tlog. */
    public static EndpointOptions groundStation() {
        return new EndpointOptions(255, 190, null, false, 0, Set.of(RADIO_STATUS), Duration.ofMinutes(1), null,
                VehicleInfo.TYPE_GCS, VehicleInfo.AUTOPILOT_INVALID, Duration.ofSeconds(1), Duration.ofSeconds(3));
    }

    /** A companion computer beside the autopilot of system {@code systemId}: component 191, MAV_TYPE_ONBOARD_CONTROLLER. */
    public static EndpointOptions companion(int systemId) {
        return groundStation().withIds(systemId, 191).withHeartbeat(18, VehicleInfo.AUTOPILOT_INVALID, Duration.ofSeconds(1));
    }

    public EndpointOptions withIds(int systemId, int componentId) {
        return new EndpointOptions(systemId, componentId, signingKey, signingRequired, signingLinkId, unsignedAccepted,
                signatureWindow, tlog, heartbeatType, heartbeatAutopilot, heartbeatInterval, linkLostTimeout);
    }

    /** Signs with {@code key}; when {@code required}, unsigned incoming frames are dropped. */
    public EndpointOptions withSigning(SigningKey key, boolean required) {
        return new EndpointOptions(systemId, componentId, key, required, signingLinkId, unsignedAccepted,
                signatureWindow, tlog, heartbeatType, heartbeatAutopilot, heartbeatInterval, linkLostTimeout);
    }

    public EndpointOptions withSigningLinkId(int linkId) {
        return new EndpointOptions(systemId, componentId, signingKey, signingRequired, linkId, unsignedAccepted,
                signatureWindow, tlog, heartbeatType, heartbeatAutopilot, heartbeatInterval, linkLostTimeout);
    }

    public EndpointOptions withUnsignedAccepted(Set<Integer> messageIds) {
        return new EndpointOptions(systemId, componentId, signingKey, signingRequired, signingLinkId, messageIds,
                signatureWindow, tlog, heartbeatType, heartbeatAutopilot, heartbeatInterval, linkLostTimeout);
    }

    public EndpointOptions withSignatureWindow(Duration window) {
        return new EndpointOptions(systemId, componentId, signingKey, signingRequired, signingLinkId, unsignedAccepted,
                window, tlog, heartbeatType, heartbeatAutopilot, heartbeatInterval, linkLostTimeout);
    }

    public EndpointOptions withTlog(TlogSink sink) {
        return new EndpointOptions(systemId, componentId, signingKey, signingRequired, signingLinkId, unsignedAccepted,
                signatureWindow, sink, heartbeatType, heartbeatAutopilot, heartbeatInterval, linkLostTimeout);
    }

    /** Our HEARTBEAT's MAV_TYPE and MAV_AUTOPILOT and how often it is sent (zero = never). */
    public EndpointOptions withHeartbeat(int type, int autopilot, Duration interval) {
        return new EndpointOptions(systemId, componentId, signingKey, signingRequired, signingLinkId, unsignedAccepted,
                signatureWindow, tlog, type, autopilot, interval, linkLostTimeout);
    }

    /** The owner sends its own HEARTBEAT (a simulated autopilot, for instance). */
    public EndpointOptions withoutHeartbeat() {
        return withHeartbeat(heartbeatType, heartbeatAutopilot, Duration.ZERO);
    }

    public EndpointOptions withLinkLostTimeout(Duration timeout) {
        return new EndpointOptions(systemId, componentId, signingKey, signingRequired, signingLinkId, unsignedAccepted,
                signatureWindow, tlog, heartbeatType, heartbeatAutopilot, heartbeatInterval, timeout);
    }

    private static void checkId(String what, int value) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException(what + " must be 0..255, got " + value);
        }
    }
}
