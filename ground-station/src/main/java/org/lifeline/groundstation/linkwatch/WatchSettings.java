package org.lifeline.groundstation.linkwatch;

import java.time.Duration;

/**
 * How a drone's link is watched.
 *
 * @param heartbeatTimeout how long an open waits for the vehicle's heartbeat
 * @param silence          no heartbeat for this long and the link counts as lost (ArduPilot sends 1 Hz)
 * @param retry            pause between attempts to open a link that failed
 * @param tick             how often the state is re-judged and published without new messages
 * @param publishEvery     the least time between two positions published for one drone (closer ones coalesce into the newest)
 * @param positionHz       the position rate asked of the vehicle
 */
public record WatchSettings(Duration heartbeatTimeout, Duration silence, Duration retry, Duration tick, Duration publishEvery,
                            double positionHz) {

    /** 5 s to open, lost after 3 s of silence, retry every 5 s, re-judged every second, at most 5 positions/s, 2 Hz asked. */
    public static final WatchSettings DEFAULTS = new WatchSettings(Duration.ofSeconds(5), Duration.ofSeconds(3), Duration.ofSeconds(5),
            Duration.ofSeconds(1), Duration.ofMillis(200), 2);

    public WatchSettings {
        if (silence.compareTo(Duration.ofSeconds(1)) < 0 || tick.isNegative() || tick.isZero() || retry.isNegative()) {
            throw new IllegalArgumentException("link watch: silence must be at least 1 s, tick positive, retry not negative");
        }
    }
}
