/**
 * A pilot's session with one vehicle: open the link named by a URI, run the MAVLink endpoint
 * over it (recording a .tlog by default), wait for the vehicle's heartbeat, and hand the
 * command-line actions a {@link org.lifeline.mavlink.MessageChannel} addressed to that vehicle.
 *
 * <p>Why it is separate from the commands: every command needs the same opening sequence and
 * the same failure reporting ("no heartbeat from a vehicle on udpin://0.0.0.0:14550 within 10 s"
 * and exit code 3), and tests replace the whole opening with an in-process vehicle through
 * {@link org.lifeline.groundstation.session.SessionOpener}. Also here: the link inspector that
 * counts what a link carries. A command that shows telemetry asks the vehicle for it through
 * {@link org.lifeline.groundstation.session.VehicleSession#requestTelemetry}: ArduPilot sends
 * none until asked.
 */
package org.lifeline.groundstation.session;
