/**
 * Route planning: the shortest path, in the plane of a {@link
 * org.lifeline.groundstation.geo.LocalProjection}, that keeps a safety margin from every
 * obstacle zone and stays inside the operating area shrunk by that margin.
 *
 * <p>{@link org.lifeline.groundstation.planning.route.VisibilityGraphPlanner} is the exact
 * algorithm on metric polygons: obstacles are buffered by the margin with mitred corners (a
 * polygon that contains the true round buffer, so every route is conservative), the
 * visibility graph over the convex corners of the free space is built once, and each query
 * only connects its two endpoints and runs A*. {@link
 * org.lifeline.groundstation.planning.route.AirspaceRoutePlanner} applies it to an {@link
 * org.lifeline.groundstation.airspace.Airspace}: it picks the zones that block a flight at a
 * given altitude and time, lets a delivery enter the quarantine zone of its drop point, and
 * plans multi-stop tours. See {@code docs/planning.md}.
 */
package org.lifeline.groundstation.planning.route;
