/**
 * The fleet bus contract between onboard agents and ground stations (DESIGN.md, "MQTT"): the
 * versioned topic tree ({@link org.lifeline.fleet.FleetTopics}), one record per payload
 * (telemetry, event, status, command, ack) and their JSON form ({@link org.lifeline.fleet.FleetJson}).
 * Every payload carries a {@code schema} version; unknown fields are ignored; a missing or
 * malformed required field is rejected with a {@link org.lifeline.fleet.FleetMessageException}
 * that names the field. Commands are signed ({@link org.lifeline.fleet.CommandSigner}). No MQTT
 * client library appears here: the Paho adapters live in the agent and the ground station.
 */
package org.lifeline.fleet;
