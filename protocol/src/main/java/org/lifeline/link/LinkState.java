package org.lifeline.link;

/** Whether a link can carry bytes right now. */
public enum LinkState {
    /** Connected: writes are sent, reads return bytes as they arrive. */
    UP,
    /**
     * Not connected yet, or lost and being re-established (device unplugged, peer closed,
     * no client or no datagram yet): reads block, writes are dropped and counted.
     */
    DOWN,
    /** Closed by its owner; final. Reads return -1. */
    CLOSED
}
