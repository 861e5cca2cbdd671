/**
 * Assignment: which drone carries which parcels, in which order, in the next dispatch wave.
 *
 * <p>A wave takes the queued parcels, the fleet (vehicle, launch site, live battery and
 * availability) and the airspace, and gives every available drone at most one sortie, loaded
 * with as many parcels as its payload and the energy model allow. The vehicle routing problem
 * is solved by jsprit ({@link org.lifeline.groundstation.dispatch.assign.JspritAssignment}, the
 * only class that sees jsprit types) over the geofenced travel distances of our own planner
 * ({@link org.lifeline.groundstation.dispatch.assign.TravelMatrix}), never straight lines; a drop
 * given by coordinates becomes a drop point of its own for the wave
 * ({@link org.lifeline.groundstation.dispatch.assign.CoordinateDrops}).
 * {@code URGENT_MEDICINE} goes first and displaces lower priorities. Every parcel left in the
 * queue and every drone left on the ground gets an explanation. Each sortie then becomes a
 * delivery plan through the mission planner ({@link org.lifeline.groundstation.dispatch.assign.SortiePlanner}),
 * which has the last word on energy. A drone that goes offline or lands with parcels on board
 * gives its requests back to the queue ({@link org.lifeline.groundstation.dispatch.assign.SortiesAloft}).
 *
 * <p>Everything here is pure: no database, no clock of its own (the wave's time is given), no
 * threads. The durable store maps its requests to {@link org.lifeline.groundstation.dispatch.assign.QueuedParcel}s
 * and records the outcome.
 */
package org.lifeline.groundstation.dispatch.assign;
