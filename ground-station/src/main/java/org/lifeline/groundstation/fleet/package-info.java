/**
 * The ground station's view of the fleet: {@link org.lifeline.groundstation.fleet.FleetBus}
 * subscribes to every drone's telemetry, events, status and acks, keeps each drone's live state
 * and event history, removes duplicate events, flags drones that went offline or whose
 * telemetry is stale, and sends signed commands.
 */
package org.lifeline.groundstation.fleet;
