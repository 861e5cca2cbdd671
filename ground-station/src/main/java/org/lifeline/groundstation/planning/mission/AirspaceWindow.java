package org.lifeline.groundstation.planning.mission;

import java.time.Duration;
import java.time.Instant;

import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.airspace.TimeWindow;

/**
 * The airspace a flight starting at a given time must respect. Restrictions are kept if they
 * are in force at any moment of the flight window (a school zone that opens ten minutes after
 * takeoff still counts); launch sites and drop points only if they are usable at takeoff. The
 * operating area always stays.
 */
public final class AirspaceWindow {

    /** Longer than any battery lasts: the window a flight's restrictions are taken from. */
    public static final Duration FLIGHT_WINDOW = Duration.ofHours(1);

    private AirspaceWindow() {
    }

    public static Airspace forFlight(Airspace airspace, Instant takeoff) {
        Instant end = takeoff.plus(FLIGHT_WINDOW);
        return new Airspace(airspace.operatingArea(),
                airspace.noFlyZones().stream().filter(z -> overlaps(z.validity(), takeoff, end)).toList(),
                airspace.quarantineZones().stream().filter(z -> overlaps(z.validity(), takeoff, end)).toList(),
                airspace.launchSites().stream().filter(l -> l.validity().contains(takeoff)).toList(),
                airspace.dropPoints().stream().filter(d -> d.validity().contains(takeoff)).toList());
    }

    private static boolean overlaps(TimeWindow w, Instant from, Instant until) {
        return (w.validFrom() == null || w.validFrom().isBefore(until))
                && (w.validUntil() == null || w.validUntil().isAfter(from));
    }
}
