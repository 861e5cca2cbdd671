/**
 * The dispatch desk: one wave from the store's queue to recorded sorties and written plans.
 * {@link org.lifeline.groundstation.dispatch.desk.DispatchDesk} claims queued deliveries, hands
 * them to the assignment as {@code QueuedParcel}s, plans each sortie through the mission planner,
 * records it (ASSIGNED, then PLANNED with its plan file) and releases the claim;
 * {@link org.lifeline.groundstation.dispatch.desk.FleetRegistry} reads the fleet registry file.
 */
package org.lifeline.groundstation.dispatch.desk;
