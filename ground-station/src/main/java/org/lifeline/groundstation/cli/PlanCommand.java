package org.lifeline.groundstation.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;

import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.airspace.AirspaceException;
import org.lifeline.groundstation.airspace.AirspaceReader;
import org.lifeline.groundstation.planning.export.ExportException;
import org.lifeline.groundstation.planning.export.GeoJsonExporter;
import org.lifeline.groundstation.planning.export.KmlExporter;
import org.lifeline.groundstation.planning.export.MapRenderer;
import org.lifeline.groundstation.planning.mission.AirspaceLegRouter;
import org.lifeline.groundstation.planning.mission.AirspaceWindow;
import org.lifeline.groundstation.planning.mission.DeliveryPlan;
import org.lifeline.groundstation.planning.mission.DeliveryPlanner;
import org.lifeline.groundstation.planning.mission.DeliveryRequest;
import org.lifeline.groundstation.planning.mission.Landing;
import org.lifeline.groundstation.planning.mission.PlanningException;
import org.lifeline.groundstation.planning.vehicle.VehicleFileException;
import org.lifeline.groundstation.planning.vehicle.VehicleFileReader;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;
import org.lifeline.plan.FlightPlan;
import org.lifeline.plan.GeoPoint;
import org.lifeline.plan.Geofence;
import org.lifeline.plan.PlanFileException;
import org.lifeline.plan.PlanFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lifeline plan}: plans a delivery tour in an airspace file for a vehicle file and writes
 * the mission (QGroundControl .plan with fence and rally points) and, on request, a .waypoints
 * file, GeoJSON, KML and a PNG or SVG map. Prints distance, time, energy with the reserve left,
 * and the smallest distance kept from a no-fly zone.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Plan a geofenced delivery mission from a launch site to one or more drop points.")
public final class PlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--airspace", required = true, paramLabel = "FILE", description = "airspace GeoJSON file")
    Path airspaceFile;

    @Option(names = "--from", required = true, paramLabel = "LAUNCH_ID", description = "launch site id")
    String launchId;

    @Option(names = "--to", required = true, paramLabel = "DROP_ID",
            description = "drop point id; repeat for a multi-drop tour, flown in the order given")
    List<String> dropIds = new ArrayList<>();

    @Option(names = "--vehicle", required = true, paramLabel = "FILE", description = "vehicle JSON file")
    Path vehicleFile;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "mission file to write: .plan (mission, fence and rally) or .waypoints (mission only)")
    Path out;

    @Option(names = "--waypoints", paramLabel = "FILE", description = "also write the mission as QGC WPL 110")
    Path waypoints;

    @Option(names = "--geojson", paramLabel = "FILE", description = "also write route, drops, zones and fence as GeoJSON")
    Path geojson;

    @Option(names = "--kml", paramLabel = "FILE", description = "also write KML")
    Path kml;

    @Option(names = "--map", paramLabel = "FILE", description = "also render a map: route.png or route.svg")
    Path map;

    @Option(names = "--map-size", paramLabel = "WxH", defaultValue = "1400x1200", description = "map size in pixels (default ${DEFAULT-VALUE})")
    String mapSize;

    @Option(names = "--margin", paramLabel = "M", defaultValue = "30",
            description = "safety margin from no-fly zones in metres (default ${DEFAULT-VALUE})")
    double margin;

    @Option(names = "--payload", paramLabel = "KG", description = "parcel weight, checked against the vehicle's maximum")
    Double payloadKg;

    @Option(names = "--rally", paramLabel = "LAT,LON", description = "extra rally point (safe spot); repeatable")
    List<String> rally = new ArrayList<>();

    @Option(names = "--at", paramLabel = "TIME",
            description = "takeoff time, ISO-8601 with offset (default now): zones in force during the next hour apply")
    String at;

    @Option(names = "--rtl", description = "end with RETURN_TO_LAUNCH instead of LAND at the launch site")
    boolean rtl;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outw = spec.commandLine().getOut();
        try {
            checkExtensions();
            int[] size = mapSize();
            Instant takeoff = takeoff();
            List<GeoPoint> safeSpots = safeSpots();
            if (!(margin >= 0 && margin <= 1000)) {
                throw new BadInput("--margin: expected metres 0..1000, got " + margin);
            }
            VehicleProfile vehicle = VehicleFileReader.read(vehicleFile);
            Airspace read = readAirspace();
            // one bad feature does not stop the operation: say what was left out and go on
            read.problems().forEach(p -> err.println("warning: " + p));
            err.flush();
            Airspace airspace = AirspaceWindow.forFlight(read, takeoff);
            DeliveryPlanner planner = new DeliveryPlanner(airspace, vehicle,
                    new AirspaceLegRouter(airspace, vehicle, margin),
                    DeliveryPlanner.projectionFor(airspace));
            DeliveryPlan plan = planner.plan(new DeliveryRequest(launchId, dropIds, margin,
                    payloadKg == null ? OptionalDouble.empty() : OptionalDouble.of(payloadKg), safeSpots,
                    rtl ? Landing.RTL : Landing.LAND));
            List<Path> written = write(plan, size);
            PlanReport.print(outw, plan, written);
            outw.flush();
            return ExitCodes.OK;
        } catch (BadInput | VehicleFileException e) {
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (AirspaceException e) {
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (PlanningException e) {
            err.println(e.getMessage());
            return e.reason() == PlanningException.Reason.BAD_INPUT ? ExitCodes.BAD_INPUT : ExitCodes.FAILED;
        } catch (PlanFileException | ExportException e) {
            err.println(e.getMessage());
            return ExitCodes.FAILED;
        } catch (RuntimeException e) {
            // a defect, not a user error: still one line, with enough to report it
            err.println("plan failed unexpectedly: " + e.getClass().getName() + ": " + e.getMessage());
            return ExitCodes.FAILED;
        } finally {
            err.flush();
        }
    }

    private List<Path> write(DeliveryPlan plan, int[] size) throws ExportException {
        List<Path> written = new ArrayList<>();
        FlightPlan full = plan.flightPlan();
        FlightPlan missionOnly = new FlightPlan(full.plannedHome(), full.mission(), Geofence.none(), List.of());
        PlanFiles.write(out, PlanFiles.Format.of(out) == PlanFiles.Format.QGC_PLAN ? full : missionOnly);
        written.add(out);
        if (waypoints != null) {
            PlanFiles.write(waypoints, missionOnly);
            written.add(waypoints);
        }
        if (geojson != null) {
            GeoJsonExporter.write(geojson, plan);
            written.add(geojson);
        }
        if (kml != null) {
            KmlExporter.write(kml, plan);
            written.add(kml);
        }
        if (map != null) {
            MapRenderer.write(map, plan, size[0], size[1]);
            written.add(map);
        }
        return written;
    }

    private Airspace readAirspace() throws BadInput, AirspaceException {
        try {
            return AirspaceReader.read(airspaceFile);
        } catch (NoSuchFileException e) {
            throw new BadInput(airspaceFile + ": no such airspace file");
        } catch (IOException e) {
            throw new BadInput(airspaceFile + ": cannot read: " + e.getMessage());
        }
    }

    private void checkExtensions() throws BadInput {
        try {
            PlanFiles.Format.of(out);
        } catch (PlanFileException e) {
            throw new BadInput("--out " + e.getMessage());
        }
        if (waypoints != null && PlanFiles.Format.of(waypoints) != PlanFiles.Format.WAYPOINTS) {
            throw new BadInput("--waypoints " + waypoints + ": expected a .waypoints or .txt file name");
        }
        if (map != null) {
            String name = map.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".png") && !name.endsWith(".svg")) {
                throw new BadInput("--map " + map + ": expected a .png or .svg file name");
            }
        }
    }

    private Instant takeoff() throws BadInput {
        if (at == null) {
            return Instant.now();
        }
        try {
            return OffsetDateTime.parse(at).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadInput("--at: expected an ISO-8601 time with offset, e.g. 2026-04-01T09:30:00+08:00, got " + at);
        }
    }

    private int[] mapSize() throws BadInput {
        String[] parts = mapSize.toLowerCase(Locale.ROOT).split("x");
        try {
            int w = Integer.parseInt(parts[0].trim());
            int h = Integer.parseInt(parts[1].trim());
            if (parts.length == 2 && w >= 400 && h >= 400 && w <= 10_000 && h <= 10_000) {
                return new int[]{w, h};
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // reported below
        }
        throw new BadInput("--map-size: expected WIDTHxHEIGHT in pixels, each 400..10000, got " + mapSize);
    }

    private List<GeoPoint> safeSpots() throws BadInput {
        List<GeoPoint> out = new ArrayList<>();
        for (String s : rally) {
            String[] p = s.split(",");
            try {
                out.add(GeoPoint.of(Double.parseDouble(p[0].trim()), Double.parseDouble(p[1].trim())));
                if (p.length != 2) {
                    throw new IllegalArgumentException("too many parts");
                }
            } catch (RuntimeException e) {
                throw new BadInput("--rally: expected LAT,LON in degrees, got " + s);
            }
        }
        return out;
    }

    /** A command-line value that cannot be used. */
    static final class BadInput extends Exception {
        BadInput(String message) {
            super(message);
        }
    }
}
