/**
 * The agent's core: follows the flight controller, releases each parcel at its drop when the
 * interlocks allow ({@link org.lifeline.agent.core.DropController}), answers signed commands from
 * the ground station exactly once each ({@link org.lifeline.agent.core.CommandProcessor}) and
 * publishes telemetry ({@link org.lifeline.agent.core.TelemetryPublisher});
 * {@link org.lifeline.agent.core.Agent} ties them together on one MAVLink channel and one output.
 */
package org.lifeline.agent.core;
