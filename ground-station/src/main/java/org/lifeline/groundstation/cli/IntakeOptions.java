package org.lifeline.groundstation.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.airspace.AirspaceException;
import org.lifeline.groundstation.airspace.AirspaceReader;
import org.lifeline.groundstation.dispatch.desk.FleetRegistry;
import org.lifeline.groundstation.dispatch.desk.FleetRegistryException;
import org.lifeline.groundstation.dispatch.request.PayloadLimit;
import org.lifeline.groundstation.dispatch.request.RequestRules;
import org.lifeline.groundstation.planning.vehicle.VehicleFileException;
import org.lifeline.groundstation.planning.vehicle.VehicleFileReader;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;

import picocli.CommandLine.Option;

/**
 * What intake checks a request against: the airspace and the fleet's vehicles, from the fleet
 * registry ({@code --fleet}, as {@code dispatch plan} reads it) or from vehicle files
 * ({@code --vehicle}); the heaviest payload among them is the limit.
 */
final class IntakeOptions {

    /** A file the user named could not be used; the message says which and why. */
    static final class BadFile extends Exception {
        BadFile(String message) {
            super(message);
        }
    }

    @Option(names = "--airspace", required = true, paramLabel = "FILE", description = "The airspace GeoJSON (drop points, zones)")
    Path airspace;

    @Option(names = "--vehicle", paramLabel = "FILE",
            description = "A vehicle file of the fleet; repeat for each type. The heaviest payload among them is the limit.")
    List<Path> vehicles = new ArrayList<>();

    @Option(names = "--fleet", paramLabel = "FILE",
            description = "The fleet registry (fleet.json); its drones' vehicles set the payload limit. Instead of, or with, --vehicle.")
    Path fleetFile;

    /** Reads an airspace file; a missing, unreadable or unusable file is a {@link BadFile} naming it. */
    static Airspace readAirspace(Path file) throws BadFile {
        try {
            return AirspaceReader.read(file);
        } catch (NoSuchFileException e) {
            throw new BadFile(file + ": no such airspace file");
        } catch (IOException e) {
            throw new BadFile(file + ": cannot read: " + e.getMessage());
        } catch (AirspaceException e) {
            throw new BadFile(e.getMessage());
        }
    }

    RequestRules rules(Clock clock) throws BadFile {
        Airspace a = readAirspace(airspace);
        if (fleetFile == null && vehicles.isEmpty()) {
            throw new BadFile("--fleet or --vehicle: expected the fleet registry or at least one vehicle file "
                    + "(the heaviest payload of the fleet is the limit)");
        }
        List<VehicleProfile> fleet = new ArrayList<>();
        if (fleetFile != null) {
            try {
                FleetRegistry.read(fleetFile).forEach(d -> fleet.add(d.vehicle()));
            } catch (FleetRegistryException e) {
                throw new BadFile(e.getMessage());
            }
        }
        for (Path v : vehicles) {
            try {
                fleet.add(VehicleFileReader.read(v));
            } catch (VehicleFileException e) {
                throw new BadFile(e.getMessage());
            }
        }
        return new RequestRules(a, PayloadLimit.of(fleet), clock);
    }
}
