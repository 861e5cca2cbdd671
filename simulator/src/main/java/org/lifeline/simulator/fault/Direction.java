package org.lifeline.simulator.fault;

/** Which way a frame travels, seen from the vehicle. */
public enum Direction {
    /** Vehicle → peer (telemetry, acks, item requests). */
    OUT,
    /** Peer → vehicle (commands, uploads, heartbeats). */
    IN
}
