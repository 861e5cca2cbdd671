package org.lifeline.groundstation.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.lifeline.groundstation.dispatch.assign.RegisteredDrone;
import org.lifeline.groundstation.dispatch.flight.FlightOrder;
import org.lifeline.groundstation.dispatch.flight.FlightResult;
import org.lifeline.groundstation.dispatch.flight.SortieFlight;
import org.lifeline.groundstation.dispatch.flight.VehicleLink;

/**
 * Upload and start of a sortie, done by the sortie flight ({@link SortieFlight}): drop plans to
 * the agent, mission, fence and rally uploaded and read back, parcels to UPLOADED; then GUIDED,
 * arm, MISSION_START. Each step's notes (the read-back verification among them) become the
 * result's details; a failure says whether the parcels went back to the queue.
 */
public final class SortieFlightActions implements DroneActions {

    private final SortieFlight flight;
    private final Map<String, RegisteredDrone> fleet;
    private final Function<VehicleLink, VehicleLink> linkSettings;

    /**
     * @param fleet        the fleet registry by drone id (the drone's link and vehicle)
     * @param linkSettings adjusts each drone's link (a tlog folder, the heartbeat wait)
     */
    public SortieFlightActions(SortieFlight flight, Map<String, RegisteredDrone> fleet, Function<VehicleLink, VehicleLink> linkSettings) {
        this.flight = Objects.requireNonNull(flight, "flight");
        this.fleet = Map.copyOf(fleet);
        this.linkSettings = Objects.requireNonNull(linkSettings, "linkSettings");
    }

    @Override
    public ActionResult perform(ActionRequest request) {
        RegisteredDrone drone = fleet.get(request.droneId());
        if (drone == null) {
            return ActionResult.failed(request.droneId() + " is not in the fleet registry");
        }
        String sortie = request.sortieId().orElse("");
        FlightOrder order;
        try {
            order = FlightOrder.of(sortie, drone, Optional.empty());
        } catch (IllegalArgumentException e) {
            return ActionResult.failed(e.getMessage());
        }
        order = order.withLink(linkSettings.apply(order.link()));
        List<String> notes = new ArrayList<>();
        FlightResult r = switch (request.action()) {
            case UPLOAD -> flight.upload(order, notes::add);
            case START -> flight.start(order, notes::add);
            default -> null;
        };
        if (r == null) {
            return ActionResult.failed(request.action().word() + " is not a sortie step");
        }
        if (r.ok()) {
            return ActionResult.succeeded(r.message(), notes);
        }
        String requeued = r.requeued().isEmpty() ? "" : "; back in the queue: " + String.join(", ", r.requeued());
        return ActionResult.failed(r.step() + " " + r.kind() + ": " + r.message() + requeued, notes);
    }
}
