package org.lifeline.groundstation.planning.route;

import java.time.Instant;

/**
 * How a route is flown: the clearance kept from zones and from the operating area's edge,
 * the cruise altitude above ground (which decides which altitude-limited no-fly zones and
 * which quarantine zones must be flown around), and the time of flight (which decides which
 * time-limited zones are in force; {@code null} treats every zone as in force).
 */
public record RouteOptions(double marginMetres, double altitudeMetres, Instant at) {

    public RouteOptions {
        if (!(marginMetres >= 0) || Double.isInfinite(marginMetres)) {
            throw new IllegalArgumentException("margin " + marginMetres + " m is not a finite non-negative number");
        }
        if (!(altitudeMetres >= 0) || Double.isInfinite(altitudeMetres)) {
            throw new IllegalArgumentException("altitude " + altitudeMetres + " m is not a finite non-negative number");
        }
    }
}
