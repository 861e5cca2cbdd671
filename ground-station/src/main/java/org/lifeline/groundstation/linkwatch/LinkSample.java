package org.lifeline.groundstation.linkwatch;

/**
 * A drone as its MAVLink link shows it now.
 *
 * @param droneId        the fleet registry's id
 * @param uri            the link
 * @param state          where the link stands
 * @param detail         why it is not {@link State#LIVE} ("no heartbeat for 6 s", the open error), empty when live
 * @param mode           flight mode name, "?" before the first heartbeat
 * @param armed          motors armed
 * @param haveFix        a position has arrived
 * @param latitude       degrees (NaN without a fix)
 * @param longitude      degrees
 * @param altitude       metres above home
 * @param heading        degrees from north, NaN unknown
 * @param groundSpeed    m/s
 * @param batteryPercent remaining, -1 unknown
 * @param missionSeq     current mission item, -1 unknown
 * @param qualityPercent frames received of those sent over the last few seconds (sequence gaps), -1 before it can be told
 * @param fenceBreached  the autopilot reports a fence breach (FENCE_STATUS)
 * @param heardAtMillis  the vehicle's last heartbeat, ground-station clock; -1 never
 * @param atMillis       when this sample was made, ground-station clock
 */
public record LinkSample(String droneId, String uri, State state, String detail, String mode, boolean armed, boolean haveFix,
                         double latitude, double longitude, double altitude, double heading, double groundSpeed,
                         int batteryPercent, int missionSeq, int qualityPercent, boolean fenceBreached, long heardAtMillis,
                         long atMillis) {

    /** Where a drone's link stands. */
    public enum State {
        /** Opening the link, or waiting for the vehicle's first heartbeat. */
        CONNECTING,
        /** The vehicle's heartbeat is heard. */
        LIVE,
        /** It was heard, and has gone quiet or the link failed since: an alarm. */
        LOST,
        /** Never reached since the ground station started (the drone may simply be switched off). */
        UNREACHABLE
    }

    /** A drone whose link has given nothing yet. */
    static LinkSample nothingYet(String droneId, String uri, State state, String detail, long atMillis) {
        return new LinkSample(droneId, uri, state, detail, "?", false, false, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, -1, -1, -1, false, -1, atMillis);
    }

    /** The same sample with the link's state changed. */
    LinkSample withState(State s, String why, long at) {
        return new LinkSample(droneId, uri, s, why, mode, armed, haveFix, latitude, longitude, altitude, heading, groundSpeed,
                batteryPercent, missionSeq, qualityPercent, fenceBreached, heardAtMillis, at);
    }
}
