package org.lifeline.fleet;

import java.util.Locale;

/** The five per-drone topics and their delivery rules. */
public enum Channel {
    /** Position, battery, mode: QoS 0, 1–10 Hz, not retained (the next sample replaces a lost one). */
    TELEMETRY(0, false),
    /** Armed, took off, dropped, refused…: QoS 1 with a persistent session, so none is lost. */
    EVENTS(1, false),
    /** online / offline: QoS 1, retained; the agent's Last Will publishes offline. */
    STATUS(1, true),
    /** Ground station → agent requests, QoS 1, idempotent by command id. */
    COMMANDS(1, false),
    /** Agent → ground station answers to commands, QoS 1. */
    ACKS(1, false);

    private final int qos;
    private final boolean retained;

    Channel(int qos, boolean retained) {
        this.qos = qos;
        this.retained = retained;
    }

    public int qos() {
        return qos;
    }

    public boolean retained() {
        return retained;
    }

    /** The last topic level, e.g. {@code telemetry}. */
    public String topicLevel() {
        return name().toLowerCase(Locale.ROOT);
    }
}
