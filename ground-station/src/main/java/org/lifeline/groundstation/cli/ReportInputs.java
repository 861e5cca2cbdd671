package org.lifeline.groundstation.cli;

import org.lifeline.groundstation.airspace.AirspaceException;
import org.lifeline.groundstation.airspace.AirspaceReader;
import org.lifeline.groundstation.logs.report.AgentEvents;
import org.lifeline.groundstation.logs.report.AirspaceLayer;
import org.lifeline.groundstation.logs.report.SortieInputs;
import org.lifeline.groundstation.planning.vehicle.VehicleFileException;
import org.lifeline.groundstation.planning.vehicle.VehicleFileReader;
import org.lifeline.plan.PlanFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** The files {@code log report} takes besides the log, read into {@link SortieInputs}; a bad one is bad input naming it. */
final class ReportInputs {

    /** A file that is there but cannot be read as what it should be. */
    static final class BadInput extends Exception {
        BadInput(String message) {
            super(message);
        }
    }

    private ReportInputs() {
    }

    /** Each argument may be null (not given). */
    static SortieInputs read(Path plan, Path events, Path vehicle, Path airspace) throws IOException, BadInput {
        SortieInputs in = SortieInputs.of(plan == null ? Optional.empty() : Optional.of(PlanFiles.read(plan)),
                plan == null ? "" : plan.getFileName().toString());
        if (events != null) {
            in = in.withAgentEvents(AgentEvents.read(events));
        }
        if (vehicle != null) {
            try {
                in = in.withVehicle(Optional.of(VehicleFileReader.read(vehicle)));
            } catch (VehicleFileException e) {
                throw new BadInput("--vehicle " + e.getMessage());
            }
        }
        if (airspace != null) {
            try {
                in = in.withAirspace(Optional.of(AirspaceLayer.of(AirspaceReader.read(airspace), AirspaceLayer.DEFAULT_MARGIN_METRES)));
            } catch (AirspaceException e) {
                throw new BadInput("--airspace " + airspace + ": " + e.getMessage());
            }
        }
        return in;
    }
}
