/**
 * The standalone simulator: {@code java -jar lifeline-simulator.jar --gcs URI --companion URI}
 * starts one or more simulated flight controllers whose MAVLink ports are real links (serial,
 * UDP, TCP), so a ground station and an onboard agent in other processes cannot tell them from
 * ArduPilot over a radio.
 */
package org.lifeline.simulator.cli;
