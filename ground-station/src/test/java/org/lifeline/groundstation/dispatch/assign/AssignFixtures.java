package org.lifeline.groundstation.dispatch.assign;

import org.lifeline.groundstation.dispatch.request.Priority;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.airspace.AirspaceReader;
import org.lifeline.groundstation.planning.vehicle.VehicleFileReader;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;

/** The documented sample airspace and vehicle, and small synthetic airspaces written as GeoJSON. */
final class AssignFixtures {

    static final Instant NOW = Instant.parse("2026-04-01T02:00:00Z");
    static final Path EXAMPLES = locate();

    private AssignFixtures() {
    }

    private static Path locate() {
        for (Path p : List.of(Path.of("../docs/examples"), Path.of("docs/examples"))) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IllegalStateException("docs/examples not found from " + Path.of("").toAbsolutePath());
    }

    static Airspace fugou() {
        try {
            return AirspaceReader.read(EXAMPLES.resolve("fugou-airspace.geojson"));
        } catch (Exception e) {
            throw new IllegalStateException("the sample airspace must read cleanly", e);
        }
    }

    static VehicleProfile quad() {
        try {
            return VehicleFileReader.read(EXAMPLES.resolve("quad-2kg.vehicle.json"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static QueuedParcel parcel(String id, String drop, int grams, Priority priority) {
        return new QueuedParcel(id, drop, grams, priority, NOW.minusSeconds(600), Optional.empty());
    }

    static QueuedParcel parcel(String id, String drop, int grams, Priority priority, int minutesAgo) {
        return new QueuedParcel(id, drop, grams, priority, NOW.minusSeconds(60L * minutesAgo), Optional.empty());
    }

    static FleetDrone drone(String id, String launch) {
        return FleetDrone.ready(id, quad(), launch, 100);
    }

    static WaveDispatcher dispatcher() {
        return new WaveDispatcher(new TravelMatrices(4), DispatchSettings.DEFAULTS.withIterations(32));
    }

    /**
     * A 1.8 km square operating area at Fugou with a launch site west of a no-fly wall and drop
     * point "dp-behind-wall" 370 m east of it, behind the wall: the wall leaves a gap only at the
     * north. Drop point "dp-open" is as far from the launch site, south-west, with nothing between.
     */
    static Airspace walled() {
        String json = """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"id":"area","name":"square","kind":"operating-area"},
                  "geometry":{"type":"Polygon","coordinates":[[[114.390,34.040],[114.410,34.040],[114.410,34.060],[114.390,34.060],[114.390,34.040]]]}},
                 {"type":"Feature","properties":{"id":"nf-wall","name":"wall","kind":"no-fly"},
                  "geometry":{"type":"Polygon","coordinates":[[[114.4015,34.0390],[114.4025,34.0390],[114.4025,34.0560],[114.4015,34.0560],[114.4015,34.0390]]]}},
                 {"type":"Feature","properties":{"id":"launch","name":"pad","kind":"launch-site"},
                  "geometry":{"type":"Point","coordinates":[114.400,34.050]}},
                 {"type":"Feature","properties":{"id":"dp-behind-wall","name":"behind the wall","kind":"drop-point"},
                  "geometry":{"type":"Point","coordinates":[114.404,34.050]}},
                 {"type":"Feature","properties":{"id":"dp-open","name":"open field","kind":"drop-point"},
                  "geometry":{"type":"Point","coordinates":[114.3975,34.0475]}}
                ]}""";
        try {
            return AirspaceReader.read("walled.geojson", json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An open square operating area (no zones) of {@code km} kilometres with one launch site in the
     * middle and {@code drops} drop points on a ring of radius {@code ringKm} around it.
     */
    static Airspace ring(double km, int drops, double ringKm) {
        double lat0 = 34.05;
        double lon0 = 114.40;
        double dLat = km / 2 / 111.2;
        double dLon = km / 2 / (111.2 * Math.cos(Math.toRadians(lat0)));
        StringBuilder f = new StringBuilder();
        f.append(String.format(Locale.ROOT, "{\"type\":\"Feature\",\"properties\":{\"id\":\"area\",\"name\":\"a\",\"kind\":\"operating-area\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]}}",
                lon0 - dLon, lat0 - dLat, lon0 + dLon, lat0 - dLat, lon0 + dLon, lat0 + dLat, lon0 - dLon, lat0 + dLat,
                lon0 - dLon, lat0 - dLat));
        f.append(String.format(Locale.ROOT, ",{\"type\":\"Feature\",\"properties\":{\"id\":\"launch\",\"name\":\"pad\",\"kind\":\"launch-site\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[%f,%f]}}", lon0, lat0));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < drops; i++) {
            double a = 2 * Math.PI * i / drops;
            double lat = lat0 + ringKm / 111.2 * Math.sin(a);
            double lon = lon0 + ringKm / (111.2 * Math.cos(Math.toRadians(lat0))) * Math.cos(a);
            ids.add("dp-" + i);
            f.append(String.format(Locale.ROOT, ",{\"type\":\"Feature\",\"properties\":{\"id\":\"dp-%d\",\"name\":\"p%d\",\"kind\":\"drop-point\"},"
                    + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[%f,%f]}}", i, i, lon, lat));
        }
        try {
            return AirspaceReader.read("ring.geojson", "{\"type\":\"FeatureCollection\",\"features\":[" + f + "]}");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
