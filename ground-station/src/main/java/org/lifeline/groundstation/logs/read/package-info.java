/**
 * Full decoding of every field of every MAVLink message in a {@code .tlog}, as pymavlink does.
 *
 * <p>The message table ({@link org.lifeline.groundstation.logs.read.MavlinkSchema}) is built once
 * from the MAVLink library's annotations (ArduPilot dialect, which includes common): names, wire
 * order, types, array lengths. Each message's and field's name is checked by recomputing the
 * message's CRC_EXTRA from them, so the names are the ones in the XML definitions. Decoding is then
 * a table walk over the payload bytes ({@link org.lifeline.groundstation.logs.read.MavlinkDecoder}),
 * with no reflection and no per-message objects beyond the values themselves.
 *
 * <p>{@link org.lifeline.groundstation.logs.read.LogClock} gives each record of a log a time that
 * can be true (a tlog's checksum does not cover its timestamps, a DataFlash message has none), for
 * every reader here that turns records into time: report, replay, archive.
 */
package org.lifeline.groundstation.logs.read;
