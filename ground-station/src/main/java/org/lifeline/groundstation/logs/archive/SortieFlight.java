package org.lifeline.groundstation.logs.archive;

import org.lifeline.groundstation.logs.report.AgentEvents;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One flight to file: which vehicle, from arming to landing, and what belongs to it.
 *
 * @param vehicle  the vehicle's name (the fleet's drone id, or {@code sys<N>})
 * @param armed    when it armed (or took off, if arming was not seen)
 * @param landed   when it disarmed after the flight
 * @param plan     the {@code .plan} / {@code .waypoints} flown, if known
 * @param tlogs    tlogs recorded during the flight (each filed; the one covering most of it is reported)
 * @param agent    the onboard agent's events and status during the flight
 * @param vehicleProfile the vehicle JSON the planner used, for the energy prediction, if known
 * @param airspace the airspace GeoJSON, for the report map, if known
 */
public record SortieFlight(String vehicle, Instant armed, Instant landed, Optional<Path> plan, List<Path> tlogs,
                           AgentEvents agent, Optional<Path> vehicleProfile, Optional<Path> airspace) {

    public SortieFlight {
        Objects.requireNonNull(vehicle, "vehicle");
        Objects.requireNonNull(armed, "armed");
        Objects.requireNonNull(landed, "landed");
        if (landed.isBefore(armed)) {
            throw new IllegalArgumentException("landed " + landed + " is before armed " + armed);
        }
        tlogs = List.copyOf(tlogs);
        Objects.requireNonNull(agent, "agent");
    }

    /** A flight with only its window and tlogs; add the rest with the {@code with…} methods. */
    public static SortieFlight of(String vehicle, Instant armed, Instant landed, List<Path> tlogs) {
        return new SortieFlight(vehicle, armed, landed, Optional.empty(), tlogs, AgentEvents.none(), Optional.empty(), Optional.empty());
    }

    public SortieFlight withPlan(Optional<Path> file) {
        return new SortieFlight(vehicle, armed, landed, file, tlogs, agent, vehicleProfile, airspace);
    }

    public SortieFlight withAgent(AgentEvents events) {
        return new SortieFlight(vehicle, armed, landed, plan, tlogs, events, vehicleProfile, airspace);
    }

    public SortieFlight withVehicleProfile(Optional<Path> file) {
        return new SortieFlight(vehicle, armed, landed, plan, tlogs, agent, file, airspace);
    }

    public SortieFlight withAirspace(Optional<Path> file) {
        return new SortieFlight(vehicle, armed, landed, plan, tlogs, agent, vehicleProfile, file);
    }
}
