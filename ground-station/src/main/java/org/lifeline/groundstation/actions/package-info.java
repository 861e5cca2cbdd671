/**
 * The operators' actions on a drone — upload a sortie's plan, start it, return to launch,
 * land, pause, resume — behind one small interface ({@link org.lifeline.groundstation.actions.DroneActions}),
 * so that the dashboard can be tested with a fake and the real work stays with the code that
 * owns it (the MAVLink command client, the sortie flight). {@link
 * org.lifeline.groundstation.actions.RecordedActions} writes every action to the store's action
 * log with the operator, before it is sent and again with its result, and lets one drone do one
 * action at a time.
 */
package org.lifeline.groundstation.actions;
