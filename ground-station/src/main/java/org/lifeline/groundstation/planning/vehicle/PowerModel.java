package org.lifeline.groundstation.planning.vehicle;

import java.util.List;

/**
 * Electrical power drawn in level flight as a function of airspeed, as a table of measured
 * points interpolated linearly (and held flat beyond its ends). A multirotor draws most at
 * hover, less at a moderate cruise speed (translational lift) and more again when fast, so a
 * single number is only right at one speed; a table lets a pilot enter what the logs show.
 *
 * @param points speed/power pairs, strictly increasing in speed, at least one
 */
public record PowerModel(List<Point> points) {

    /** Power {@code watts} measured at {@code speed} m/s. */
    public record Point(double speed, double watts) {
    }

    public PowerModel {
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a power model needs at least one speed/power point");
        }
        for (int i = 1; i < points.size(); i++) {
            if (!(points.get(i).speed() > points.get(i - 1).speed())) {
                throw new IllegalArgumentException("power model speeds must increase strictly");
            }
        }
    }

    /** A model that draws {@code watts} at every speed. */
    public static PowerModel constant(double watts) {
        return new PowerModel(List.of(new Point(0, watts)));
    }

    /** Power in watts at {@code speed} m/s. */
    public double wattsAt(double speed) {
        Point first = points.get(0);
        if (speed <= first.speed()) {
            return first.watts();
        }
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            if (speed <= b.speed()) {
                double t = (speed - a.speed()) / (b.speed() - a.speed());
                return a.watts() + t * (b.watts() - a.watts());
            }
        }
        return points.get(points.size() - 1).watts();
    }
}
