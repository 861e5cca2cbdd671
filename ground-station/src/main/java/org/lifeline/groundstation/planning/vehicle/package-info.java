/**
 * The vehicle file: what a planner must know about one airframe (speeds, climb and descent
 * rates, power draw, battery, payload, altitude limits, drop window, fence budget), read from
 * JSON and checked where it enters so that a wrong number is reported with the file and field
 * instead of turning into a wrong mission.
 */
package org.lifeline.groundstation.planning.vehicle;
