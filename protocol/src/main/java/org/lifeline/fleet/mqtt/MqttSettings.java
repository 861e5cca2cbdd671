package org.lifeline.fleet.mqtt;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the broker.
 *
 * @param serverUri         {@code tcp://host:1883} or {@code ssl://host:8883}
 * @param clientId          unique per client; the broker keeps a persistent session under it
 * @param cleanSession      false keeps subscriptions and queued QoS 1 messages across disconnects
 * @param username          optional user name (with {@code password})
 * @param password          optional password
 * @param trustStore        for ssl://: a PKCS12/JKS trust store holding the broker's CA
 * @param trustStorePassword its password
 * @param keyStore          for ssl:// with client certificates: a PKCS12 key store
 * @param keyStorePassword  its password
 * @param persistenceDir    where in-flight QoS 1 messages are kept on disk (empty: memory)
 * @param will              the Last Will the broker publishes if this client vanishes
 * @param keepAliveSeconds  MQTT keep-alive
 */
public record MqttSettings(String serverUri, String clientId, boolean cleanSession,
                           Optional<String> username, Optional<String> password,
                           Optional<Path> trustStore, Optional<String> trustStorePassword,
                           Optional<Path> keyStore, Optional<String> keyStorePassword,
                           Optional<Path> persistenceDir, Optional<Will> will, int keepAliveSeconds) {

    /** A Last Will message. */
    public record Will(String topic, byte[] payload, int qos, boolean retained) {
    }

    public MqttSettings {
        Objects.requireNonNull(serverUri, "serverUri");
        if (!serverUri.startsWith("tcp://") && !serverUri.startsWith("ssl://")) {
            throw new IllegalArgumentException("broker \"" + serverUri + "\": expected tcp://HOST:PORT or ssl://HOST:PORT");
        }
        if (clientId == null || clientId.isBlank() || clientId.length() > 64) {
            throw new IllegalArgumentException("MQTT client id \"" + clientId + "\": expected 1 to 64 characters");
        }
        if (keepAliveSeconds < 1 || keepAliveSeconds > 3600) {
            throw new IllegalArgumentException("keepAliveSeconds " + keepAliveSeconds + ": expected 1..3600");
        }
    }

    /** Plain TCP, no credentials, the given session kind, memory persistence, no will. */
    public static MqttSettings plain(String serverUri, String clientId, boolean cleanSession) {
        return new MqttSettings(serverUri, clientId, cleanSession, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 10);
    }

    public MqttSettings withWill(Will value) {
        return new MqttSettings(serverUri, clientId, cleanSession, username, password, trustStore, trustStorePassword,
                keyStore, keyStorePassword, persistenceDir, Optional.of(value), keepAliveSeconds);
    }

    public MqttSettings withPersistenceDir(Path dir) {
        return new MqttSettings(serverUri, clientId, cleanSession, username, password, trustStore, trustStorePassword,
                keyStore, keyStorePassword, Optional.of(dir), will, keepAliveSeconds);
    }

    @Override
    public String toString() {
        return "MqttSettings[" + serverUri + ", clientId=" + clientId + ", cleanSession=" + cleanSession
                + ", user=" + username.orElse("-") + ", password=" + (password.isPresent() ? "<redacted>" : "-") + "]";
    }
}
