/**
 * Flight plans as files: the model ({@link org.lifeline.plan.FlightPlan}: mission, geofence,
 * rally points) and its file formats (QGC WPL 110 {@code .waypoints}, QGroundControl
 * {@code .plan}), plus the conversion of fences and rally points to and from the mission items
 * that the MAVLink mission protocol carries for FENCE and RALLY.
 *
 * <p>Entry points: {@link org.lifeline.plan.PlanFiles} reads and writes a file, picking the
 * format by extension and writing atomically; {@link org.lifeline.plan.VehiclePlans} turns a
 * plan into the MISSION (home at 0), FENCE and RALLY plans for upload and back;
 * {@link org.lifeline.plan.FenceItems} and {@link org.lifeline.plan.RallyItems} do the fence
 * and rally halves alone. Every refusal is a {@link org.lifeline.plan.PlanFileException} whose
 * one-line message names the file (or item set), the line, JSON path or item, and what was
 * expected: bad input is stopped here, where it enters.
 */
package org.lifeline.plan;
