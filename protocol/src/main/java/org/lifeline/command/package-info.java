/**
 * Commanding a vehicle: the MAVLink command protocol (COMMAND_LONG / COMMAND_INT answered by
 * COMMAND_ACK, with retries and IN_PROGRESS updates) in {@link org.lifeline.command.CommandClient},
 * and the pilot's actions on top of it — arm, disarm, change mode, start the mission, return,
 * land — in {@link org.lifeline.command.VehicleControl}. Asking a vehicle for telemetry, which
 * ArduPilot sends on no port until asked, is {@link org.lifeline.command.TelemetryRequests}
 * (SET_MESSAGE_INTERVAL, acks checked, REQUEST_DATA_STREAM as the fallback, renewed when the
 * vehicle comes back after a silence).
 *
 * <p>Why a package of its own: commands are the one place where the ground station changes what
 * a vehicle does right now, so their outcome must never be ambiguous. Every command ends in
 * exactly one {@link org.lifeline.command.CommandOutcome}; every pilot action ends in one
 * {@link org.lifeline.command.ControlResult} whose message says what the vehicle said. The
 * autopilot quirks we know (ArduPilot will not arm in AUTO; its pre-arm checks pass only some
 * seconds after the vehicle looks healthy) are handled here, not by each caller.
 *
 * <p>Time comes from an injected {@link org.lifeline.time.Scheduler}; tests run every
 * scenario on fake time against a fake vehicle, with no sockets and no sleeps.
 */
package org.lifeline.command;
