/**
 * The fleet bus moving deliveries along: a drone's take-off, release, refused release, stuck
 * parcel and landing events become transitions of the deliveries on its sortie
 * ({@link org.lifeline.groundstation.dispatch.fleet.FleetDispatch}); parcels released but not
 * confirmed in time raise an alert
 * ({@link org.lifeline.groundstation.dispatch.fleet.UnconfirmedAlerts}). Fed
 * {@link org.lifeline.fleet.FleetEvent}s, so it runs without a broker in tests.
 */
package org.lifeline.groundstation.dispatch.fleet;
