package org.lifeline.groundstation.planning.vehicle;

/**
 * One airframe as the planner sees it. Speeds in m/s, altitudes in metres above the launch
 * point (the frame of the mission's relative altitudes), power in watts, energy in watt-hours.
 * Power figures are those drawn with the full payload: the estimate stays on the safe side
 * after a parcel is dropped.
 *
 * @param name               shown in reports
 * @param cruiseSpeed        horizontal speed between waypoints
 * @param climbRate          vertical speed going up
 * @param descentRate        vertical speed going down
 * @param hoverPower         power while hovering, descending or holding
 * @param climbPower         power while climbing
 * @param forwardPower       power in level flight against speed
 * @param batteryWh          usable battery energy when full
 * @param reservePercent     share of {@code batteryWh} that must remain on landing
 * @param maxPayloadKg       heaviest parcel the airframe may carry
 * @param maxAltitude        legal (and airframe) ceiling above ground, 120 m by default
 * @param cruiseAltitude     preferred altitude between stops
 * @param verticalMargin     clearance kept above a zone's ceiling or below its floor
 * @param dropWindow         release altitudes above the drop point
 * @param holdSeconds        hover time over a drop before release
 * @param acceptanceRadius   radius within which a waypoint counts as reached
 * @param fenceVertexBudget  how many fence items (polygon vertices plus circles) the autopilot stores
 * @param fenceClearance     distance the planned track keeps from a simplified fence edge
 * @param releaseOwner       who lets the parcel go: the onboard agent (default) or the autopilot's gripper
 */
public record VehicleProfile(String name, double cruiseSpeed, double climbRate, double descentRate,
                             double hoverPower, double climbPower, PowerModel forwardPower,
                             double batteryWh, double reservePercent, double maxPayloadKg,
                             double maxAltitude, double cruiseAltitude, double verticalMargin,
                             DropWindow dropWindow, double holdSeconds, double acceptanceRadius,
                             int fenceVertexBudget, double fenceClearance, ReleaseOwner releaseOwner) {

    /** Energy that must remain on landing, in watt-hours. */
    public double reserveWh() {
        return batteryWh * reservePercent / 100.0;
    }

    /** Power in level flight at the cruise speed. */
    public double cruisePower() {
        return forwardPower.wattsAt(cruiseSpeed);
    }
}
