package org.lifeline.groundstation.alarm;

import java.time.Instant;

/**
 * One alarm.
 *
 * @param kind    what is wrong
 * @param subject the drone or parcel it concerns
 * @param detail  a sentence saying what and why, with the numbers
 * @param since   when it started, as far as known
 */
public record Alarm(Kind kind, String subject, String detail, Instant since) {

    /** Kinds, most urgent first. */
    public enum Kind {
        /** The drone's agent is offline (its will or an OFFLINE status), or its MAVLink link went quiet. */
        LINK_LOST,
        /** No telemetry within the staleness limit. */
        TELEMETRY_STALE,
        /** Battery below the reserve the plans keep. */
        BATTERY_LOW,
        /** The agent refused to release a parcel, or the parcel did not leave. */
        RELEASE_REFUSED,
        /** Released, and the recipient has not confirmed within the grace time. */
        UNCONFIRMED
    }
}
