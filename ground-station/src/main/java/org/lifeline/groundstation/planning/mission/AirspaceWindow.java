package org.lifeline.groundstation.planning.mission;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.airspace.LeftOut;
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
        List<LeftOut> notInForce = new ArrayList<>();
        airspace.launchSites().stream().filter(l -> !l.validity().contains(takeoff))
                .forEach(l -> notInForce.add(notInForce(l.id(), l.validity(), takeoff)));
        airspace.dropPoints().stream().filter(d -> !d.validity().contains(takeoff))
                .forEach(d -> notInForce.add(notInForce(d.id(), d.validity(), takeoff)));
        return airspace.withZones(
                        airspace.noFlyZones().stream().filter(z -> overlaps(z.validity(), takeoff, end)).toList(),
                        airspace.quarantineZones().stream().filter(z -> overlaps(z.validity(), takeoff, end)).toList())
                .withPoints(airspace.launchSites().stream().filter(l -> l.validity().contains(takeoff)).toList(),
                        airspace.dropPoints().stream().filter(d -> d.validity().contains(takeoff)).toList(), notInForce);
    }

    private static LeftOut notInForce(String id, TimeWindow w, Instant takeoff) {
        return new LeftOut(id, id + " is not in force at takeoff (" + takeoff + "): it is valid"
                + (w.validFrom() == null ? "" : " from " + w.validFrom()) + (w.validUntil() == null ? "" : " until " + w.validUntil()));
    }

    private static boolean overlaps(TimeWindow w, Instant from, Instant until) {
        return (w.validFrom() == null || w.validFrom().isBefore(until))
                && (w.validUntil() == null || w.validUntil().isAfter(from));
    }
}
