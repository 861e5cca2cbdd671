package org.lifeline.agent.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;

import org.lifeline.agent.release.InterlockCheck;
import org.lifeline.agent.release.ReleaseOwner;
import org.lifeline.fleet.CommandSigner;
import org.lifeline.fleet.FleetTopics;
import org.lifeline.link.LinkUri;

/**
 * Reads and checks the agent's configuration file (Java properties, UTF-8). Every key, its
 * default and its meaning is in docs/onboard-agent.md ("Configuration reference"). Required:
 * {@code drone.id}, {@code fc.uri}, {@code broker.uri}, {@code commands.keyFile}, {@code data.dir}.
 */
public final class ConfigLoader {

    private ConfigLoader() {
    }

    public static AgentConfig load(Path file) throws ConfigException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException(List.of(file + ": cannot be read as a properties file: " + e.getMessage()));
        }
        PropertyReader in = new PropertyReader(file, props);

        String droneId = in.required("drone.id", "the drone's id (letters, digits, '-' or '_')");
        if (!droneId.isEmpty()) {
            try {
                FleetTopics.requireDroneId(droneId);
            } catch (IllegalArgumentException e) {
                in.problem("drone.id", "\"" + droneId + "\": " + e.getMessage());
            }
        }
        String fcUri = in.required("fc.uri", "a link URI such as serial:/dev/serial0?baud=921600 or udpin://0.0.0.0:14550");
        if (!fcUri.isEmpty()) {
            try {
                LinkUri.parse(fcUri);
            } catch (IllegalArgumentException e) {
                in.problem("fc.uri", "\"" + fcUri + "\": " + e.getMessage());
            }
        }
        int systemId = in.integer("fc.systemId", 1, 1, 255);
        int component = in.integer("fc.componentId", 1, 1, 255);
        double linkLost = in.number("fc.linkLostSeconds", 3, 1, 60);
        int gripperChannel = in.integer("fc.gripperChannel", 0, 0, 16);
        int gripperPwm = in.integer("fc.gripperReleasePwm", 1900, 800, 2200);

        AgentConfig.BrokerConfig broker = broker(in);

        Optional<Path> keyFile = in.path("commands.keyFile");
        byte[] key = new byte[0];
        if (keyFile.isEmpty()) {
            in.required("commands.keyFile", "the file holding the command-signing key (64 hex digits)");
        } else {
            Optional<String> hex = in.secretFile("commands.keyFile");
            if (hex.isPresent()) {
                try {
                    key = CommandSigner.keyFromHex(hex.get());
                    if (key.length < 16) {
                        in.problem("commands.keyFile", "key in " + keyFile.get() + " has " + key.length + " bytes: expected at least 16 (64 hex digits for 32)");
                    }
                } catch (IllegalArgumentException e) {
                    in.problem("commands.keyFile", "file " + keyFile.get() + ": expected hex digits (64 for a 32-byte key)");
                }
            }
        }
        double skew = in.number("commands.maxSkewSeconds", 30, 1, 3600);

        Optional<Path> dataDir = in.path("data.dir");
        if (dataDir.isEmpty()) {
            in.required("data.dir", "a writable directory for the release journal and the event outbox");
        }

        ReleaseOwner owner = in.choice("release.owner", ReleaseOwner.class, ReleaseOwner.AGENT);
        AgentConfig.Actuator actuator = actuator(in);
        int gripperNumber = in.integer("release.gripper", 1, 1, 255);
        if (owner == ReleaseOwner.AUTOPILOT) {
            if (in.optional("actuator.kind").isPresent()) {
                in.problem("actuator.kind", "set, but release.owner = autopilot: the autopilot's gripper releases, "
                        + "commanded by the agent; expected no Pi actuator (remove actuator.kind, or set release.owner = agent)");
            }
            actuator = new AgentConfig.AutopilotRelease(gripperNumber);
        }
        int openMillis = in.integer("actuator.openMillis", 1500, 100, 30_000);
        int sensorPin = in.integer("sensor.pin", -1, 0, 27);
        boolean sensorHigh = in.bool("sensor.presentWhenHigh", true);
        double rate = in.number("telemetry.rateHz", 2, 1, 10);
        int maxAge = in.integer("interlock.maxTelemetryAgeMillis", 1000, 100, 5000);
        double maxVertical = in.number("interlock.maxVerticalSpeed", InterlockCheck.DEFAULT_MAX_VERTICAL_SPEED, 0.05, 1.0);
        double zone = in.number("drop.zoneRadiusMetres", 5, 0.5, 100);
        double window = in.number("drop.altitudeWindowMetres", 3, 0.5, 50);
        double speed = in.number("drop.maxGroundSpeed", 1.0, 0.1, 10);
        double refusal = in.number("drop.refusalSeconds", 5, 0.5, 120);
        double lowBattery = in.number("battery.lowPercent", 25, 0, 100);
        AgentConfig.Hardware hardware = in.choice("hardware", AgentConfig.Hardware.class, AgentConfig.Hardware.AUTO);

        in.unknownKeys().forEach(k -> in.problem(k, "unknown key: expected one of the keys in docs/onboard-agent.md"));
        if (!in.problems().isEmpty()) {
            throw new ConfigException(in.problems());
        }
        return new AgentConfig(droneId, fcUri, systemId, component, linkLost, gripperChannel, gripperPwm, broker,
                keyFile.get(), key, skew, dataDir.get(), actuator, openMillis,
                sensorPin < 0 ? OptionalInt.empty() : OptionalInt.of(sensorPin), sensorHigh, rate, maxAge, maxVertical, zone,
                window, speed, refusal, lowBattery, hardware);
    }

    private static AgentConfig.BrokerConfig broker(PropertyReader in) {
        String uri = in.required("broker.uri", "tcp://HOST:PORT or ssl://HOST:PORT");
        if (!uri.isEmpty() && !uri.matches("(tcp|ssl)://[^:/\\s]+:\\d{1,5}")) {
            in.problem("broker.uri", "\"" + uri + "\": expected tcp://HOST:PORT or ssl://HOST:PORT");
        }
        Optional<String> user = in.optional("broker.username");
        Optional<String> password = in.secretFile("broker.passwordFile");
        Optional<Path> trust = in.path("broker.trustStore");
        Optional<String> trustPassword = in.secretFile("broker.trustStorePasswordFile");
        Optional<Path> keyStore = in.path("broker.keyStore");
        Optional<String> keyPassword = in.secretFile("broker.keyStorePasswordFile");
        for (var p : List.of(Optional.of("broker.trustStore").filter(k -> trust.isPresent()),
                Optional.of("broker.keyStore").filter(k -> keyStore.isPresent()))) {
            p.ifPresent(k -> {
                Path path = k.equals("broker.trustStore") ? trust.get() : keyStore.get();
                if (!Files.isReadable(path)) {
                    in.problem(k, "file " + path + " cannot be read: expected a PKCS12 or JKS store");
                }
            });
        }
        if (uri.startsWith("tcp://") && (trust.isPresent() || keyStore.isPresent())) {
            in.problem("broker.uri", "\"" + uri + "\" is plain TCP but TLS stores are configured: expected ssl://HOST:PORT");
        }
        if (password.isPresent() && user.isEmpty()) {
            in.problem("broker.username", "missing: a password file is configured, expected the user name (the drone id)");
        }
        int keepAlive = in.integer("broker.keepAliveSeconds", 10, 1, 3600);
        return new AgentConfig.BrokerConfig(uri, user, password, trust, trustPassword, keyStore, keyPassword, keepAlive);
    }

    private static AgentConfig.Actuator actuator(PropertyReader in) {
        String kind = in.optional("actuator.kind").orElse("servo");
        int channel = in.integer("actuator.servo.pwmChannel", 0, 0, 1);
        int freq = in.integer("actuator.servo.frequencyHz", 50, 20, 400);
        int closed = in.integer("actuator.servo.closedMicros", 1000, 500, 2500);
        int open = in.integer("actuator.servo.openMicros", 2000, 500, 2500);
        int pin = in.integer("actuator.relay.pin", 17, 0, 27);
        boolean activeHigh = in.bool("actuator.relay.activeHigh", true);
        switch (kind) {
            case "servo":
                if (closed == open) {
                    in.problem("actuator.servo.openMicros", open + ": expected a pulse width different from actuator.servo.closedMicros");
                }
                return new AgentConfig.Servo(channel, freq, closed, open);
            case "relay":
                return new AgentConfig.Relay(pin, activeHigh);
            default:
                in.problem("actuator.kind", "\"" + kind + "\": expected servo or relay");
                return new AgentConfig.Servo(channel, freq, closed, open);
        }
    }
}
