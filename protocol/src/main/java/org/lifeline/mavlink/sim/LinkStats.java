package org.lifeline.mavlink.sim;

/**
 * What one direction of a simulated link carried.
 *
 * @param frames     frames put on the link (including lost ones)
 * @param bytes      bytes put on the link
 * @param lost       frames lost
 * @param duplicated frames delivered twice
 * @param reordered  frames held back so that later ones overtook them
 */
public record LinkStats(long frames, long bytes, long lost, long duplicated, long reordered) {
}
