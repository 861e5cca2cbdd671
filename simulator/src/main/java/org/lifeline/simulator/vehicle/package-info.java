/**
 * A simulated ArduPilot Copter on the wire: it hears {@link org.lifeline.mavlink.MavMessage}s
 * on one or more {@link org.lifeline.mavlink.MessageChannel}s (ground-station and companion
 * ports) and answers with MAVLink message objects, the way ArduCopter 4.x does — heartbeat and
 * telemetry streams at their rates, pre-arm checks, Copter flight modes and custom-mode numbers,
 * mission/fence/rally transfer with item 0 as home, mission execution including the gripper,
 * parameters, and the battery, geofence, GCS and GPS failsafes. The airframe underneath is
 * {@link org.lifeline.simulator.flight.FlightModel}; time comes from a
 * {@link org.lifeline.simulator.vehicle.SimulationClock}, so a whole delivery flight runs in
 * milliseconds in a test and exactly repeats for the same seed. Where ArduPilot SITL was measured
 * to differ from the simulator's first design, {@link org.lifeline.simulator.vehicle.Behaviour}
 * picks ArduPilot's way (the default) or the legacy one.
 */
package org.lifeline.simulator.vehicle;
