/**
 * Following a flight from the ground station: {@link org.lifeline.groundstation.monitor.FlightMonitor}
 * turns the vehicle's telemetry (HEARTBEAT, GLOBAL_POSITION_INT, GPS_RAW_INT, SYS_STATUS,
 * MISSION_CURRENT, MISSION_ITEM_REACHED, STATUSTEXT) into a {@link org.lifeline.groundstation.monitor.FlightStatus}
 * and a stream of notable moments (took off, item reached, autopilot messages, landed).
 */
package org.lifeline.groundstation.monitor;
