/**
 * Sending a recorded sortie to its drone, the step between a dispatch wave and the flight.
 *
 * <p>A wave ({@code dispatch.desk}) leaves each sortie PLANNED with its {@code .plan}. Here,
 * {@link org.lifeline.groundstation.dispatch.flight.SortieFlight} takes it from there in two
 * separately callable steps:
 * <ol>
 *   <li>{@code upload}: read the sortie's {@code .plan} and find its drops (the hold waypoint
 *       followed by the release owner's DO_GRIPPER marker, as the mission planner writes them and
 *       the agent's drop finder reads them), pair them with the sortie's parcels in drop order,
 *       upload mission, fence and rally with read-back verification over MAVLink, then send the
 *       drone's agent one signed {@code SET_DROP_PLAN} per parcel over the fleet bus, naming the
 *       read-back mission's digest, and wait until each is ACCEPTED in agreement with that
 *       mission ({@code AgentAgreement}), and only then move the parcels PLANNED → UPLOADED; a
 *       disagreement clears the mission on the vehicle;</li>
 *   <li>{@code start}: GUIDED, arm (retried through pre-arm checks), MISSION_START. The agent's
 *       TOOK_OFF event then moves the parcels to IN_FLIGHT ({@code dispatch.fleet}).</li>
 * </ol>
 * A failure before take-off puts the sortie's parcels back in the queue with the reason and
 * closes the sortie, so that the next wave may use the drone again. A refusal (the sortie is not
 * in the state a step needs) changes nothing.
 *
 * <p>The fleet bus is reached through {@link org.lifeline.groundstation.dispatch.flight.DropPlanChannel}
 * ({@link org.lifeline.groundstation.dispatch.flight.FleetCommands} over a
 * {@code FleetBus}); the vehicle through a {@code session.SessionOpener}.
 *
 * <p>After the start, {@link org.lifeline.groundstation.dispatch.flight.SortieLanding} follows the
 * flight on the same link until it lands and files it in the sortie archive ({@code logs.archive}):
 * plan, tlogs, the agent's events, the deliveries.
 */
package org.lifeline.groundstation.dispatch.flight;
