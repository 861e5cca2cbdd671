/**
 * Mission data as the vehicle holds it: {@link org.lifeline.mission.MissionItem} records in the
 * shape of MAVLink's MISSION_ITEM_INT, grouped per {@link org.lifeline.mission.MissionType}
 * (mission, geofence, rally points). These are Lifeline's own types: the MAVLink library's
 * message classes stop at the adapter that converts to and from them.
 */
package org.lifeline.mission;
