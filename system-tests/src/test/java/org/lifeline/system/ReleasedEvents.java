package org.lifeline.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lifeline.fleet.EventType;
import org.lifeline.fleet.FleetEvent;

/** Reads what the agent says in a RELEASED event about the vehicle at the release. */
final class ReleasedEvents {

    private static final Pattern VERTICAL = Pattern.compile("vertical ([+-]?[0-9]+\\.[0-9]+) m/s");

    private ReleasedEvents() {
    }

    /** The vertical speed (m/s, positive climbing) the agent judged when it released. */
    static double verticalSpeed(FleetEvent released) {
        if (released.type() != EventType.RELEASED) {
            throw new IllegalArgumentException("not a RELEASED event: " + released);
        }
        Matcher m = VERTICAL.matcher(released.message());
        if (!m.find()) {
            throw new AssertionError("RELEASED event names no vertical speed: " + released.message());
        }
        return Double.parseDouble(m.group(1));
    }
}
