package org.lifeline.groundstation.web.dashboard;

import java.util.Optional;
import java.util.function.Function;

import org.lifeline.groundstation.actions.RecordedActions;
import org.lifeline.groundstation.dispatch.preview.SortiePlans;
import org.lifeline.groundstation.dispatch.request.RequestIntake;
import org.lifeline.groundstation.fleet.TrackHistory;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;

/**
 * What the dashboard's operations need; each may be missing, and its routes then answer 503
 * saying what {@code serve} was started without.
 *
 * @param intake   the request intake (needs the airspace and the fleet's vehicle files), or null
 * @param plans    where sorties' plans are found, or null
 * @param vehicles a drone's vehicle file (for the energy of a preview)
 * @param actions  the actions on drones, recorded, or null
 * @param tracks   the flown tracks (fed by the dashboard from the fleet bus), or null for none
 */
public record OperationsConfig(RequestIntake intake, SortiePlans plans, Function<String, Optional<VehicleProfile>> vehicles,
                               RecordedActions actions, TrackHistory tracks) {

    public OperationsConfig {
        vehicles = vehicles == null ? id -> Optional.empty() : vehicles;
    }
}
