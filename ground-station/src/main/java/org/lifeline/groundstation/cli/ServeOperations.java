package org.lifeline.groundstation.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lifeline.groundstation.actions.ActionResult;
import org.lifeline.groundstation.actions.DroneActions;
import org.lifeline.groundstation.actions.LinkCommands;
import org.lifeline.groundstation.actions.RecordedActions;
import org.lifeline.groundstation.actions.SortieFlightActions;
import org.lifeline.groundstation.dispatch.flight.CommandKeyFile;
import org.lifeline.groundstation.dispatch.flight.FleetCommands;
import org.lifeline.groundstation.dispatch.flight.FlightSettings;
import org.lifeline.groundstation.dispatch.flight.SortieFlight;
import org.lifeline.groundstation.fleet.FleetBus;
import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.dispatch.assign.RegisteredDrone;
import org.lifeline.groundstation.dispatch.preview.SortiePlans;
import org.lifeline.groundstation.dispatch.request.PayloadLimit;
import org.lifeline.groundstation.dispatch.request.RequestIntake;
import org.lifeline.groundstation.dispatch.request.RequestRules;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.fleet.TrackHistory;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;
import org.lifeline.groundstation.session.SessionOpener;
import org.lifeline.groundstation.web.dashboard.OperationsConfig;

/**
 * What {@code serve} gives the dashboard's operations, from what it was started with: intake
 * needs the airspace and the fleet registry (its vehicles' payload limit); the preview needs
 * the registry's vehicle files; RTL, land, pause and resume need the registry's links; upload and
 * start also need the fleet bus and the agents' command key (the drop plans are signed
 * commands to the agent); tracks need nothing.
 */
final class ServeOperations {

    /** Points kept per drone track, and the least movement between two kept points. */
    static final int TRACK_POINTS = 2000;
    static final double TRACK_METRES = 2.0;

    private ServeOperations() {
    }

    /**
     * @param fleet      the fleet registry, or null
     * @param bus        the fleet bus, or null
     * @param commandKey the agents' command key file (drop plans are signed with it), or null
     * @param data       the data folder: each verified upload is recorded in {@code data/uploaded/} (the fence alarms read it)
     */
    static OperationsConfig build(DeliveryStore store, Airspace airspace, List<RegisteredDrone> fleet, FleetBus bus, Path commandKey,
                                  SessionOpener opener, Path data, Clock clock) {
        // a bad key file is refused at start even when there is no broker to use it on yet
        org.lifeline.fleet.CommandSigner signer = commandKey == null ? null : CommandKeyFile.signer(commandKey);
        if (store == null) {
            return new OperationsConfig(null, null, null, null, new TrackHistory(TRACK_POINTS, TRACK_METRES));
        }
        RequestIntake intake = null;
        if (airspace != null && fleet != null) {
            PayloadLimit limit = PayloadLimit.of(fleet.stream().map(RegisteredDrone::vehicle).toList());
            intake = new RequestIntake(new RequestRules(airspace, limit, clock), store, DeliveryStore.DEFAULT_DUPLICATE_WINDOW);
        }
        Map<String, VehicleProfile> vehicles = fleet == null ? Map.of()
                : fleet.stream().collect(Collectors.toMap(RegisteredDrone::droneId, RegisteredDrone::vehicle));
        Function<String, Optional<VehicleProfile>> vehicleOf = id -> Optional.ofNullable(vehicles.get(id));
        RecordedActions actions = null;
        if (fleet != null) {
            Map<String, RegisteredDrone> byId = fleet.stream().collect(Collectors.toMap(RegisteredDrone::droneId, d -> d));
            Function<String, Optional<String>> links = id -> Optional.ofNullable(byId.get(id)).flatMap(RegisteredDrone::link);
            DroneActions commands = new LinkCommands(opener, links, Duration.ofSeconds(10));
            DroneActions sortieWork;
            if (bus != null && signer != null) {
                SortieFlight flight = new SortieFlight(store, new FleetCommands(bus, signer), opener,
                        FlightSettings.DEFAULTS, clock).recordingUploadsIn(data);
                sortieWork = new SortieFlightActions(flight, byId, link -> link);
            } else {
                sortieWork = r -> ActionResult.failed(r.describe() + ": the drop plans go to the drone's agent over the fleet bus; "
                        + "start serve with --broker URI and --command-key FILE");
            }
            actions = new RecordedActions(LinkCommands.routing(sortieWork, commands), store);
        }
        return new OperationsConfig(intake, new SortiePlans(store, Path.of("").toAbsolutePath()), vehicleOf, actions,
                new TrackHistory(TRACK_POINTS, TRACK_METRES));
    }
}
