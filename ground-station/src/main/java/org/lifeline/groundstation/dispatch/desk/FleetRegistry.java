package org.lifeline.groundstation.dispatch.desk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.lifeline.groundstation.dispatch.assign.RegisteredDrone;
import org.lifeline.groundstation.planning.vehicle.VehicleFileException;
import org.lifeline.groundstation.planning.vehicle.VehicleFileReader;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;
import org.lifeline.link.LinkUri;

/**
 * Reads the fleet registry: {@code {"drones": [{"id": "drone-1", "vehicle": "quad-2kg.vehicle.json",
 * "launchSite": "launch-fire", "link": "tcp://127.0.0.1:5760"}, ...]}}
 * ({@code link}, the drone's MAVLink connect URI, is optional). A vehicle path is relative to the registry's folder; a
 * vehicle file shared by several drones is read once. Every problem is reported at once, each
 * naming the field ({@code drones[2].launchSite}) and what was expected.
 */
public final class FleetRegistry {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("id", "vehicle", "launchSite", "link");

    private FleetRegistry() {
    }

    /** The registered drones, in file order. */
    public static List<RegisteredDrone> read(Path file) throws FleetRegistryException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new FleetRegistryException(file + ": no such fleet registry file");
        } catch (IOException e) {
            throw new FleetRegistryException(file + ": cannot read: " + e.getMessage());
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new FleetRegistryException(file + ": line " + e.getLocation().getLineNr() + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !root.path("drones").isArray() || root.path("drones").isEmpty()) {
            throw new FleetRegistryException(file + ": drones: expected {\"drones\": [{\"id\", \"vehicle\", \"launchSite\"}, ...]} with at least one drone");
        }
        Path folder = file.toAbsolutePath().getParent();
        List<String> problems = new ArrayList<>();
        List<RegisteredDrone> drones = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<Path, VehicleProfile> vehicles = new HashMap<>();
        int i = 0;
        for (JsonNode d : root.get("drones")) {
            String at = "drones[" + i++ + "]";
            if (!d.isObject()) {
                problems.add(at + ": expected an object with id, vehicle and launchSite");
                continue;
            }
            for (Iterator<String> it = d.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!FIELDS.contains(f)) {
                    problems.add(at + "." + f + ": unknown field; expected only id, vehicle, launchSite, link");
                }
            }
            String id = text(d, at, "id", "a drone id (its fleet bus id, e.g. drone-1)", problems);
            String vehicle = text(d, at, "vehicle", "a vehicle file path, relative to the registry", problems);
            String site = text(d, at, "launchSite", "a launch site id of the airspace", problems);
            Optional<String> link = link(d, at, id, problems);
            if (id != null && !ids.add(id)) {
                problems.add(at + ".id: \"" + id + "\" is registered twice; expected unique drone ids");
            }
            VehicleProfile profile = null;
            if (vehicle != null) {
                Path v = folder.resolve(vehicle).normalize();
                profile = vehicles.get(v);
                if (profile == null) {
                    try {
                        profile = VehicleFileReader.read(v);
                        vehicles.put(v, profile);
                    } catch (VehicleFileException e) {
                        problems.add(at + ".vehicle: " + e.getMessage());
                    }
                }
            }
            if (id != null && site != null && profile != null && link != null) {
                drones.add(new RegisteredDrone(id, profile, site, link));
            }
        }
        if (!problems.isEmpty()) {
            throw new FleetRegistryException(file + ": " + String.join("; ", problems));
        }
        return List.copyOf(drones);
    }

    /**
     * The vehicle file of drone {@code droneId} as a registry that {@link #read} accepted names it
     * (resolved against the registry's folder), for the files filed with its sorties; empty when the
     * drone or its vehicle is not there.
     */
    public static Optional<Path> vehicleFile(Path file, String droneId) throws FleetRegistryException {
        read(file);
        try {
            Path folder = file.toAbsolutePath().getParent();
            for (JsonNode d : JSON.readTree(Files.readString(file)).get("drones")) {
                if (droneId.equals(d.path("id").asText(null)) && d.path("vehicle").isTextual()) {
                    return Optional.of(folder.resolve(d.get("vehicle").asText().trim()).normalize());
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new FleetRegistryException(file + ": cannot read: " + e.getMessage());
        }
    }

    /**
     * The optional {@code link}: absent is empty; present, it must be a link URI as
     * {@code --connect} takes it. Returns null (and records the problem) when it is not.
     */
    private static Optional<String> link(JsonNode d, String at, String id, List<String> problems) {
        JsonNode n = d.get("link");
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        String who = at + (id == null ? "" : " (drone " + id + ")") + ".link: ";
        if (!n.isTextual() || n.asText().isBlank()) {
            problems.add(who + "got " + n + "; expected a MAVLink connect URI such as tcp://127.0.0.1:5760 or "
                    + "serial:/dev/ttyUSB0?baud=57600");
            return null;
        }
        try {
            LinkUri.parse(n.asText().trim());
        } catch (IllegalArgumentException e) {
            problems.add(who + e.getMessage());
            return null;
        }
        return Optional.of(n.asText().trim());
    }

    private static String text(JsonNode d, String at, String field, String expected, List<String> problems) {
        JsonNode n = d.get(field);
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            problems.add(at + "." + field + ": " + (n == null ? "missing" : "got " + n) + "; expected " + expected);
            return null;
        }
        return n.asText().trim();
    }
}
