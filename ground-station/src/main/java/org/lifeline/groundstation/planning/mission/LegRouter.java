package org.lifeline.groundstation.planning.mission;

import java.util.List;

import org.lifeline.plan.GeoPoint;

/**
 * Finds the route of one leg: the shortest path from one stop to the next that keeps the
 * safety margin from every zone the vehicle may not cross at its transit altitude and stays
 * inside the operating area. Implemented over the airspace route planner; the seam keeps the
 * mission builder independent of how paths are searched.
 */
@FunctionalInterface
public interface LegRouter {

    /**
     * @return the route points from {@code from} to {@code to}, both included
     * @throws NoRouteException when no such path exists
     */
    List<GeoPoint> route(Stop from, Stop to) throws NoRouteException;
}
