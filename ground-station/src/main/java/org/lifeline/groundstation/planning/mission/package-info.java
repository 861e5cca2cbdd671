/**
 * Turns a planned delivery route into the MAVLink mission the autopilot flies: home, takeoff,
 * route waypoints, and for every drop an approach, a descent to the drop altitude with a hold,
 * the gripper release and the climb back; then the way home and the landing. The items follow
 * what the onboard agent's release interlocks expect (a held waypoint at drop altitude directly
 * followed by {@code DO_GRIPPER}), so the agent can find each drop in the mission it reads back.
 */
package org.lifeline.groundstation.planning.mission;
