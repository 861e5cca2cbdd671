package org.lifeline.groundstation.airspace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Turns a GeoJSON {@code geometry} object into a JTS geometry, reporting each problem with
 * the JSON path of the offending position ({@code geometry.coordinates[0][3]}) so that a user
 * can find it. Built by hand rather than with JTS's GeoJsonReader, which reports neither the
 * position nor the coordinate range.
 *
 * <p>Polygons are checked with {@link IsValidOp}; an invalid one is reported with the location
 * JTS gives (as latitude, longitude), and repaired with {@link GeometryFixer} only when the
 * caller asks for it. Either ring winding is accepted (RFC 7946 recommends one, files in the
 * wild use both).
 */
final class GeoJsonGeometryParser {

    static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private final ProblemLog log;
    private final boolean repair;

    GeoJsonGeometryParser(ProblemLog log, boolean repair) {
        this.log = log;
        this.repair = repair;
    }

    /** A Point's coordinate, or {@code null} after logging why there is none. */
    Coordinate point(JsonNode geometry) {
        if (!hasType(geometry, "Point")) {
            return null;
        }
        return position(geometry.get("coordinates"), "geometry.coordinates");
    }

    /** A valid Polygon or MultiPolygon, or {@code null} after logging why there is none. */
    Geometry polygonal(JsonNode geometry) {
        String type = geometry != null && geometry.isObject() ? geometry.path("type").asText("") : "";
        Geometry g;
        if (type.equals("Polygon")) {
            g = polygon(geometry.get("coordinates"), "geometry.coordinates");
        } else if (type.equals("MultiPolygon")) {
            g = multiPolygon(geometry.get("coordinates"));
        } else {
            hasType(geometry, "Polygon or MultiPolygon");
            return null;
        }
        return g == null ? null : checkedValid(g);
    }

    private boolean hasType(JsonNode geometry, String expected) {
        if (geometry == null || geometry.isNull()) {
            log.add("geometry", "missing; expected a " + expected);
            return false;
        }
        if (!geometry.isObject()) {
            log.add("geometry", "not an object; expected a GeoJSON " + expected + " geometry");
            return false;
        }
        String type = geometry.path("type").asText("");
        if (!expected.contains(type) || type.isEmpty()) {
            log.add("geometry.type", (type.isEmpty() ? "missing" : "\"" + type + "\"")
                    + "; expected " + expected + " for this kind");
            return false;
        }
        return true;
    }

    private Geometry multiPolygon(JsonNode coords) {
        if (coords == null || !coords.isArray() || coords.isEmpty()) {
            log.add("geometry.coordinates", "expected a non-empty array of polygons");
            return null;
        }
        Polygon[] polygons = new Polygon[coords.size()];
        boolean ok = true;
        for (int i = 0; i < coords.size(); i++) {
            polygons[i] = polygon(coords.get(i), "geometry.coordinates[" + i + "]");
            ok &= polygons[i] != null;
        }
        return ok ? FACTORY.createMultiPolygon(polygons) : null;
    }

    private Polygon polygon(JsonNode rings, String path) {
        if (rings == null || !rings.isArray() || rings.isEmpty()) {
            log.add(path,
                    "expected an array of linear rings (outer ring first)");
            return null;
        }
        LinearRing[] parsed = new LinearRing[rings.size()];
        boolean ok = true;
        for (int r = 0; r < rings.size(); r++) {
            parsed[r] = ring(rings.get(r), path + "[" + r + "]");
            ok &= parsed[r] != null;
        }
        if (!ok) {
            return null;
        }
        LinearRing[] holes = new LinearRing[parsed.length - 1];
        System.arraycopy(parsed, 1, holes, 0, holes.length);
        return FACTORY.createPolygon(parsed[0], holes);
    }

    private LinearRing ring(JsonNode positions, String path) {
        if (positions == null || !positions.isArray()) {
            log.add(path, "expected an array of [longitude, latitude] positions");
            return null;
        }
        if (positions.size() < 4) {
            log.add(path, positions.size() + " positions; a linear ring needs at least 4 (the last repeating the first)");
            return null;
        }
        Coordinate[] cs = new Coordinate[positions.size()];
        boolean ok = true;
        for (int i = 0; i < cs.length; i++) {
            cs[i] = position(positions.get(i), path + "[" + i + "]");
            ok &= cs[i] != null;
        }
        if (!ok) {
            return null;
        }
        if (!cs[0].equals2D(cs[cs.length - 1])) {
            log.add(path, "ring is not closed: last position " + latLon(cs[cs.length - 1])
                    + " differs from the first " + latLon(cs[0]) + "; expected the first position repeated at the end");
            return null;
        }
        return FACTORY.createLinearRing(cs);
    }

    private Coordinate position(JsonNode p, String path) {
        if (p == null || !p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
            log.add(path, "expected a position [longitude, latitude] of two numbers, got " + (p == null ? "nothing" : p));
            return null;
        }
        double lon = p.get(0).asDouble();
        double lat = p.get(1).asDouble();
        boolean ok = true;
        if (!(lon >= -180 && lon <= 180)) {
            log.add(path, "longitude " + lon + " is out of range; expected -180..180 (GeoJSON order is [longitude, latitude])");
            ok = false;
        }
        if (!(lat >= -90 && lat <= 90)) {
            log.add(path, "latitude " + lat + " is out of range; expected -90..90 (GeoJSON order is [longitude, latitude])");
            ok = false;
        }
        return ok ? new Coordinate(lon, lat) : null;
    }

    private Geometry checkedValid(Geometry g) {
        TopologyValidationError error = new IsValidOp(g).getValidationError();
        if (error == null) {
            return g;
        }
        if (repair) {
            Geometry fixed = GeometryFixer.fix(g);
            if (!fixed.isEmpty() && (fixed instanceof Polygon || fixed instanceof MultiPolygon)) {
                return fixed;
            }
            log.add("geometry", describe(error) + "; repair left no usable polygon, fix the coordinates by hand");
            return null;
        }
        log.add("geometry", describe(error) + "; expected a simple polygon (use --repair to fix)");
        return null;
    }

    private static String describe(TopologyValidationError error) {
        String what = error.getMessage().toLowerCase(Locale.ROOT);
        Coordinate at = error.getCoordinate();
        return at == null ? what : what + " at " + latLon(at);
    }

    /** A coordinate as "latitude, longitude" with 4 decimals (about 10 m), as users read maps. */
    static String latLon(Coordinate c) {
        return String.format(Locale.ROOT, "%.4f, %.4f", c.y, c.x);
    }
}
