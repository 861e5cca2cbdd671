package org.lifeline.groundstation.logs.replay;

import java.util.Locale;

/**
 * Where a replay stands.
 *
 * @param positionMicros log time reached, from the start of the log
 * @param totalMicros    the log's length
 * @param speed          log seconds per wall-clock second
 * @param paused         paused by the operator
 * @param finished       the last record has been sent
 * @param framesSent     frames re-emitted so far (all seeks included)
 */
public record PlaybackStatus(long positionMicros, long totalMicros, double speed, boolean paused, boolean finished,
                             long framesSent) {

    /** {@code playing 01:23 / 10:40 ×4, 5210 frames sent}. */
    public String line() {
        String state = finished ? "end of log" : paused ? "paused" : "playing";
        return String.format(Locale.ROOT, "%s %s / %s %s, %d frames sent", state, clock(positionMicros), clock(totalMicros),
                speedText(speed), framesSent);
    }

    static String speedText(double speed) {
        return speed == Math.rint(speed) ? String.format(Locale.ROOT, "×%d", (long) speed)
                : String.format(Locale.ROOT, "×%s", trim(speed));
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** {@code mm:ss}, or {@code h:mm:ss} from an hour. */
    static String clock(long micros) {
        long s = Math.max(0, micros) / 1_000_000L;
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%02d:%02d", s / 60, s % 60);
    }
}
