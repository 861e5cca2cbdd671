package org.lifeline.groundstation.alarm;

import java.time.Instant;
import java.util.Comparator;

/**
 * One alarm.
 *
 * @param kind    what is wrong
 * @param subject the drone or parcel it concerns
 * @param detail  a sentence saying what and why, with the numbers
 * @param since   when it started, as far as known
 */
public record Alarm(Kind kind, String subject, String detail, Instant since) {

    /**
     * The order alarms are shown in: most urgent kind first, then the oldest, then by subject; for
     * merging lists from several sources ({@link Alarms#now}, {@link FenceWatch#alarms}).
     */
    public static final Comparator<Alarm> MOST_URGENT_FIRST =
            Comparator.comparing(Alarm::kind).thenComparing(Alarm::since).thenComparing(Alarm::subject);

    /**
     * Kinds, most urgent first. A fence breach leads: the drone is outside the airspace it may use
     * now, and the autopilot's fence action (return or land) is taking over. Nearing the fence
     * comes after a lost link (the pilot can no longer see or command it) and before stale
     * telemetry, which it outranks because the drone is known to be heading for the edge.
     */
    public enum Kind {
        /** An armed drone is outside its uploaded fence, or its autopilot reports a fence breach. */
        FENCE_BREACH,
        /** The drone's agent is offline (its will or an OFFLINE status), or its MAVLink link went quiet. */
        LINK_LOST,
        /** An armed drone is inside its uploaded fence but closer to it than the alarm margin. */
        FENCE_MARGIN,
        /** No telemetry within the staleness limit. */
        TELEMETRY_STALE,
        /** Battery below the reserve the plans keep. */
        BATTERY_LOW,
        /** An armed drone's uploaded plan cannot be read, so its fence is not watched. */
        FENCE_UNWATCHED,
        /** The agent refused to release a parcel, or the parcel did not leave. */
        RELEASE_REFUSED,
        /** Released, and the recipient has not confirmed within the grace time. */
        UNCONFIRMED
    }
}
