package org.lifeline.groundstation.dispatch.flight;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.lifeline.groundstation.session.SessionOptions;

/**
 * How a drone's flight controller is reached for one step: the link URI as {@code --connect}
 * takes it, where the step's {@code .tlog} goes (one file per step), how long to wait for the
 * vehicle's heartbeat, the vehicle's system id when several share a radio, and the MAVLink 2
 * signing key if the link is signed.
 */
public record VehicleLink(String uri, Optional<Path> tlogDir, Duration heartbeatWait, OptionalInt targetSystem,
                          Optional<byte[]> signingKey) {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    public VehicleLink {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(tlogDir, "tlogDir");
        Objects.requireNonNull(heartbeatWait, "heartbeatWait");
        Objects.requireNonNull(targetSystem, "targetSystem");
        Objects.requireNonNull(signingKey, "signingKey");
    }

    /** The link at {@code uri}: not recorded, 10 s for the heartbeat, the first vehicle heard, unsigned. */
    public static VehicleLink of(String uri) {
        return new VehicleLink(uri, Optional.empty(), Duration.ofSeconds(10), OptionalInt.empty(), Optional.empty());
    }

    /** Records each step's link to {@code DIR/<sortie>-<step>-<UTC>.tlog}. */
    public VehicleLink withTlogDir(Path dir) {
        return new VehicleLink(uri, Optional.of(dir), heartbeatWait, targetSystem, signingKey);
    }

    public VehicleLink withHeartbeatWait(Duration wait) {
        return new VehicleLink(uri, tlogDir, wait, targetSystem, signingKey);
    }

    /** The session options of one step ({@code upload}, {@code start}) of {@code sortieId} at {@code now}. */
    SessionOptions options(String sortieId, String step, Instant now) {
        Optional<Path> tlog = tlogDir.map(d -> d.resolve(sortieId + "-" + step + "-" + STAMP.format(now) + ".tlog"));
        return new SessionOptions(uri, 255, 190, targetSystem, 1, signingKey, tlog, heartbeatWait);
    }
}
