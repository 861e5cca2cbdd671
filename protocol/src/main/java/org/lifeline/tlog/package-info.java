/**
 * Telemetry logs in the {@code .tlog} format that QGroundControl, Mission Planner and pymavlink
 * read and write: each record is an 8-byte big-endian timestamp (microseconds since the Unix
 * epoch) followed by one raw MAVLink frame, with no length field. {@link org.lifeline.tlog.TlogWriter}
 * records a link (signatures stripped, SETUP_SIGNING never written);
 * {@link org.lifeline.tlog.TlogReader} replays one and survives garbage and truncated files.
 */
package org.lifeline.tlog;
