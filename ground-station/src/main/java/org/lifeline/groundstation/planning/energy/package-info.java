/**
 * Flight time and energy of a mission, estimated item by item from the vehicle's speeds,
 * climb and descent rates and power draw, and the check that refuses a mission which would
 * land with less than the vehicle's reserve.
 */
package org.lifeline.groundstation.planning.energy;
