/**
 * The flight controller as the agent sees it: a companion component (same system id as the
 * vehicle, component 191) that announces itself with HEARTBEAT, asks the autopilot for the
 * telemetry streams it needs, keeps the newest picture of the vehicle
 * ({@link org.lifeline.agent.fc.VehicleState}) and notices the transitions worth an event
 * (armed, took off, landed, low battery, link lost and restored, mission changed).
 */
package org.lifeline.agent.fc;
