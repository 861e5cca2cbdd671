package org.lifeline.groundstation.session;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a session is opened with (the command line's common options, validated).
 *
 * @param uri              the link, e.g. {@code udpin://0.0.0.0:14550} or {@code serial:/dev/ttyUSB0?baud=57600}
 * @param ownSystemId      our MAVLink system id (255: a ground station)
 * @param ownComponentId   our component id (190: MAV_COMP_ID_MISSIONPLANNER)
 * @param targetSystem     the vehicle's system id; empty = the first vehicle heard
 * @param targetComponent  the vehicle's autopilot component id (1)
 * @param signingKey       the 32-byte MAVLink 2 signing key, if the link is signed
 * @param tlog             where to record the link; empty = do not record
 * @param heartbeatTimeout how long to wait for the vehicle's heartbeat before giving up
 */
public record SessionOptions(String uri, int ownSystemId, int ownComponentId, OptionalInt targetSystem,
                             int targetComponent, Optional<byte[]> signingKey, Optional<Path> tlog,
                             Duration heartbeatTimeout) {

    public SessionOptions {
        if (uri == null || uri.isBlank()) {
            throw new IllegalArgumentException("--connect: expected a link URI such as udpin://0.0.0.0:14550");
        }
        checkId("--sysid", ownSystemId, 1);
        targetSystem.ifPresent(t -> checkId("--target-sysid", t, 1));
        checkId("--target-compid", targetComponent, 0);
        signingKey.ifPresent(k -> {
            if (k.length != 32) {
                throw new IllegalArgumentException("--signing-key: expected 32 bytes, got " + k.length);
            }
        });
    }

    private static void checkId(String option, int value, int min) {
        if (value < min || value > 255) {
            throw new IllegalArgumentException(option + ": expected " + min + "..255, got " + value);
        }
    }
}
