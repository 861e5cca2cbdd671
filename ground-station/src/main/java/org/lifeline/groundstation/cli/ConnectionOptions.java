package org.lifeline.groundstation.cli;

import org.lifeline.groundstation.session.SessionOptions;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalInt;

/** The options every command that talks to a vehicle shares. */
final class ConnectionOptions {

    static final Path DEFAULT_LOG_DIR = Path.of("logs");
    private static final DateTimeFormatter TLOG_NAME = DateTimeFormatter.ofPattern("'lifeline-'yyyyMMdd'-'HHmmss'Z.tlog'");

    @Option(names = "--connect", required = true, paramLabel = "URI",
            description = "The link: serial:/dev/ttyUSB0?baud=57600, udpin://0.0.0.0:14550, udp://HOST:PORT, tcp://HOST:PORT.")
    String uri;

    @Option(names = "--sysid", paramLabel = "ID", defaultValue = "255",
            description = "Our own MAVLink system id (default: ${DEFAULT-VALUE}, a ground station).")
    int ownSystemId;

    @Option(names = "--target-sysid", paramLabel = "ID",
            description = "The vehicle's system id (default: the first vehicle heard).")
    Integer targetSystem;

    @Option(names = "--target-compid", paramLabel = "ID", defaultValue = "1",
            description = "The autopilot's component id (default: ${DEFAULT-VALUE}).")
    int targetComponent;

    @Option(names = "--signing-key", paramLabel = "HEX|@FILE",
            description = "MAVLink 2 signing key: 64 hex digits, or @FILE holding them (keeps the key out of the process list).")
    String signingKey;

    @Option(names = "--tlog", paramLabel = "FILE",
            description = "Record the link to FILE (default: logs/lifeline-<UTC time>.tlog).")
    Path tlog;

    @Option(names = "--no-tlog", description = "Do not record the link.")
    boolean noTlog;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long to wait for the vehicle's heartbeat (default: ${DEFAULT-VALUE}).")
    int waitSeconds;

    /**
     * Validated session options; the default tlog name is taken from {@code now}.
     *
     * @throws IllegalArgumentException naming the option and what was expected
     */
    SessionOptions toSessionOptions(ZonedDateTime now) {
        if (tlog != null && noTlog) {
            throw new IllegalArgumentException("--tlog and --no-tlog: choose one");
        }
        if (waitSeconds < 1) {
            throw new IllegalArgumentException("--wait: expected at least 1 second, got " + waitSeconds);
        }
        Optional<Path> log = noTlog ? Optional.empty()
                : Optional.of(tlog != null ? tlog : DEFAULT_LOG_DIR.resolve(TLOG_NAME.format(now.withZoneSameInstant(ZoneOffset.UTC))));
        OptionalInt target = targetSystem == null ? OptionalInt.empty() : OptionalInt.of(targetSystem);
        return new SessionOptions(uri, ownSystemId, 190, target, targetComponent, parseKey(signingKey), log,
                Duration.ofSeconds(waitSeconds));
    }

    static Optional<byte[]> parseKey(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String hex = value;
        String where = "--signing-key";
        if (value.startsWith("@")) {
            Path file = Path.of(value.substring(1));
            where = "--signing-key file " + file;
            try {
                hex = Files.readString(file).trim();
            } catch (IOException e) {
                throw new IllegalArgumentException(where + ": cannot read (" + e.getClass().getSimpleName() + ")");
            }
        }
        if (!hex.matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException(where + ": expected 64 hex digits (a 32-byte key), got "
                    + hex.length() + " characters" + (hex.matches("[0-9a-fA-F]*") ? "" : " that are not all hex digits"));
        }
        return Optional.of(HexFormat.of().parseHex(hex));
    }
}
