package org.lifeline.groundstation.logs.report;

import org.lifeline.groundstation.planning.vehicle.VehicleProfile;
import org.lifeline.plan.FlightPlan;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Everything known about a sortie besides its log: the plan flown, the onboard agent's events, the
 * vehicle's figures (for the planner's energy prediction) and the airspace (for the map).
 *
 * @param plan               the plan flown, if known (otherwise the log's own mission is used)
 * @param planName           the plan's file name, shown in the report
 * @param agentReleaseMicros when the agent released, in the log's µs: overrides the events and the log
 * @param agentEvents        the agent's events and status during the sortie
 * @param vehicle            the vehicle profile the planner used, for the energy prediction
 * @param airspace           no-fly and quarantine zones and drop points, for the map
 */
public record SortieInputs(Optional<FlightPlan> plan, String planName, OptionalLong agentReleaseMicros,
                           AgentEvents agentEvents, Optional<VehicleProfile> vehicle, Optional<AirspaceLayer> airspace) {

    public static SortieInputs of(Optional<FlightPlan> plan, String planName) {
        return new SortieInputs(plan, planName, OptionalLong.empty(), AgentEvents.none(), Optional.empty(), Optional.empty());
    }

    public SortieInputs withAgentRelease(OptionalLong micros) {
        return new SortieInputs(plan, planName, micros, agentEvents, vehicle, airspace);
    }

    public SortieInputs withAgentEvents(AgentEvents events) {
        return new SortieInputs(plan, planName, agentReleaseMicros, events, vehicle, airspace);
    }

    public SortieInputs withVehicle(Optional<VehicleProfile> profile) {
        return new SortieInputs(plan, planName, agentReleaseMicros, agentEvents, profile, airspace);
    }

    public SortieInputs withAirspace(Optional<AirspaceLayer> layer) {
        return new SortieInputs(plan, planName, agentReleaseMicros, agentEvents, vehicle, layer);
    }
}
