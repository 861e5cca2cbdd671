package org.lifeline.agent.drops;

import org.lifeline.agent.release.AltitudeFrame;

/**
 * A drop as the mission on the flight controller describes it.
 *
 * @param seq         the hold waypoint's sequence number (the item the vehicle is at while dropping)
 * @param gripperSeq  the DO_GRIPPER item that marks it
 * @param latitude    degrees
 * @param longitude   degrees
 * @param altitude    metres, in {@code frame}
 * @param holdSeconds the waypoint's hold time
 * @param frame       what {@code altitude} is measured from
 */
public record MissionDrop(int seq, int gripperSeq, double latitude, double longitude, double altitude,
                          double holdSeconds, AltitudeFrame frame) {

    /** A drop whose altitude is relative to home. */
    public MissionDrop(int seq, int gripperSeq, double latitude, double longitude, double relativeAltitude, double holdSeconds) {
        this(seq, gripperSeq, latitude, longitude, relativeAltitude, holdSeconds, AltitudeFrame.HOME);
    }
}
