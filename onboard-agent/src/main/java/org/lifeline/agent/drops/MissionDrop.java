package org.lifeline.agent.drops;

/**
 * A drop as the mission on the flight controller describes it.
 *
 * @param seq              the hold waypoint's sequence number (the item the vehicle is at while dropping)
 * @param gripperSeq       the DO_GRIPPER (release) item that follows it
 * @param latitude         degrees
 * @param longitude        degrees
 * @param relativeAltitude metres above home
 * @param holdSeconds      the waypoint's hold time
 */
public record MissionDrop(int seq, int gripperSeq, double latitude, double longitude, double relativeAltitude,
                          double holdSeconds) {
}
