/**
 * The MAVLink Mission Protocol, written once for MISSION, FENCE and RALLY (keyed by
 * {@code mission_type}), in both roles: {@link org.lifeline.mission.transfer.MissionTransferClient}
 * for the ground station (upload, verified upload, download, clear, set current) and
 * {@link org.lifeline.mission.transfer.MissionServer} for a simulated vehicle. Each transaction
 * is a small state machine with one exit that reports a
 * {@link org.lifeline.mission.transfer.TransferResult}; timeouts adapt to the link's measured
 * round trip ({@link org.lifeline.mission.transfer.RetransmissionTimeout}) under the spec's
 * ceilings. Works on any {@link org.lifeline.mavlink.MessageChannel} and takes time from an
 * injected {@link org.lifeline.time.Scheduler}. The MAVLink library's message classes stop here:
 * callers see only {@link org.lifeline.mission.MissionPlan}s and results.
 */
package org.lifeline.mission.transfer;
