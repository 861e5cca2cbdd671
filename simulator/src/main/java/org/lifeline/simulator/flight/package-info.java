/**
 * The flight model: a kinematic multicopter stepped on an injected time step, with wind and
 * gusts, GPS noise, a battery drained by a power model and geofence geometry. Everything here
 * is pure and deterministic for a seed — no wall clock, no I/O — so a flight can be replayed
 * exactly and run hundreds of times faster than real time. Autopilot behaviour (modes,
 * missions, failsafes) lives in {@code org.lifeline.simulator.vehicle} and drives this model
 * through {@link org.lifeline.simulator.flight.Target}s.
 */
package org.lifeline.simulator.flight;
