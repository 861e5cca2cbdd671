package org.lifeline.groundstation.demo;

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
import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.dispatch.assign.RegisteredDrone;
import org.lifeline.groundstation.dispatch.flight.CommandKeyFile;
import org.lifeline.groundstation.dispatch.flight.FleetCommands;
import org.lifeline.groundstation.dispatch.flight.FlightSettings;
import org.lifeline.groundstation.dispatch.flight.SortieFlight;
import org.lifeline.groundstation.dispatch.preview.SortiePlans;
import org.lifeline.groundstation.dispatch.request.PayloadLimit;
import org.lifeline.groundstation.dispatch.request.RequestIntake;
import org.lifeline.groundstation.dispatch.request.RequestRules;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.fleet.FleetBus;
import org.lifeline.groundstation.fleet.TrackHistory;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;
import org.lifeline.groundstation.session.SessionOpener;
import org.lifeline.groundstation.web.dashboard.OperationsConfig;

/**
 * The dashboard's operations over the demo's fleet, as {@code serve --fleet --command-key}
 * builds them: the intake (the sample airspace, the fleet's payload limit), the preview with
 * each drone's vehicle (energy against the reserve), and the actions — upload and start by the
 * sortie flight with the demo's command key, RTL, land and pause over each drone's link.
 */
final class DemoOperations {

    static final int TRACK_POINTS = 2000;
    static final double TRACK_METRES = 2.0;

    private DemoOperations() {
    }

    static OperationsConfig of(DeliveryStore store, Airspace airspace, List<RegisteredDrone> registry, FleetBus bus, Path commandKey,
                               SessionOpener opener, Path dataDir, Clock clock) {
        RequestIntake intake = new RequestIntake(new RequestRules(airspace,
                PayloadLimit.of(registry.stream().map(RegisteredDrone::vehicle).toList()), clock), store, DeliveryStore.DEFAULT_DUPLICATE_WINDOW);
        Map<String, RegisteredDrone> byId = registry.stream().collect(Collectors.toMap(RegisteredDrone::droneId, d -> d));
        Function<String, Optional<VehicleProfile>> vehicles = id -> Optional.ofNullable(byId.get(id)).map(RegisteredDrone::vehicle);
        DroneActions commands = new LinkCommands(opener, id -> Optional.ofNullable(byId.get(id)).flatMap(RegisteredDrone::link),
                Duration.ofSeconds(10));
        DroneActions sortieWork;
        if (bus != null && commandKey != null) {
            SortieFlight flight = new SortieFlight(store, new FleetCommands(bus, CommandKeyFile.signer(commandKey)), opener,
                    FlightSettings.DEFAULTS, clock).recordingUploadsIn(dataDir);
            sortieWork = new SortieFlightActions(flight, byId, link -> link);
        } else {
            sortieWork = r -> ActionResult.failed(r.describe() + ": the drop plans go to the drone's agent over the fleet bus, "
                    + "and the demo has none");
        }
        RecordedActions actions = new RecordedActions(LinkCommands.routing(sortieWork, commands), store);
        return new OperationsConfig(intake, new SortiePlans(store, Path.of("").toAbsolutePath()), vehicles, actions,
                new TrackHistory(TRACK_POINTS, TRACK_METRES));
    }
}
