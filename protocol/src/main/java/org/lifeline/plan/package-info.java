/**
 * Flight plans as files: the model ({@link org.lifeline.plan.FlightPlan}: mission, geofence,
 * rally points) and its file formats (QGC WPL 110 {@code .waypoints}, QGroundControl
 * {@code .plan}), plus the conversion of fences and rally points to and from the mission items
 * that the MAVLink mission protocol carries for FENCE and RALLY.
 */
package org.lifeline.plan;
