/**
 * How a simulated flight controller meets its peers: in-process channel pairs for tests (no
 * bytes, no threads), and MAVLink ports over real links for the standalone simulator.
 */
package org.lifeline.simulator.port;
