package org.lifeline.groundstation.airspace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The most restrictive reading of a zone the file gets wrong. Leaving a broken no-fly zone out
 * would open a hospital to overflight; so a zone that restricts flight (a no-fly or quarantine
 * zone, or any polygon whose kind is missing or unknown, most likely a misspelt no-fly zone)
 * is kept closed at every altitude and at all times, over the convex hull of every usable
 * position in its geometry. The hull covers every reading of a ring that does not close or
 * that crosses itself. A quarantine zone so kept accepts no deliveries.
 */
final class RestrictiveZones {

    private RestrictiveZones() {
    }

    /** Whether a feature that failed to parse is a zone that restricts flight. */
    static boolean restricts(JsonNode feature) {
        String kind = feature.path("properties").path("kind").asText("");
        Optional<ZoneKind> known = ZoneKind.fromJson(kind);
        if (known.isPresent()) {
            return known.get() == ZoneKind.NO_FLY || known.get() == ZoneKind.QUARANTINE_ZONE;
        }
        String type = feature.path("geometry").path("type").asText("");
        return type.equals("Polygon") || type.equals("MultiPolygon");
    }

    /** The zone kept in place of a broken one, or empty when its geometry has no area at all. */
    static Optional<Zone> closedZone(JsonNode feature, String id, int index) {
        List<Coordinate> positions = new ArrayList<>();
        collect(feature.path("geometry").path("coordinates"), positions);
        Geometry hull = GeoJsonGeometryParser.FACTORY.createMultiPointFromCoords(positions.toArray(Coordinate[]::new))
                .convexHull();
        if (!(hull instanceof Polygon polygon) || !(polygon.getArea() > 0)) {
            return Optional.empty();
        }
        String zoneId = id != null ? id : "features[" + index + "]";
        JsonNode name = feature.path("properties").path("name");
        String zoneName = (name.isTextual() ? name.asText() + ", " : "") + "kept closed for a problem in features[" + index + "]";
        boolean quarantine = ZoneKind.QUARANTINE_ZONE.jsonName().equals(feature.path("properties").path("kind").asText());
        return Optional.of(quarantine
                ? new QuarantineZone(zoneId, zoneName, polygon, QuarantineLevel.SEALED, Optional.of(List.of()),
                        Double.POSITIVE_INFINITY, TimeWindow.ALWAYS)
                : new NoFlyZone(zoneId, zoneName, polygon, 0, Double.POSITIVE_INFINITY, TimeWindow.ALWAYS));
    }

    /** Every position [longitude, latitude] in range, at any depth of nesting. */
    private static void collect(JsonNode node, List<Coordinate> out) {
        if (!node.isArray()) {
            return;
        }
        if (node.size() >= 2 && node.get(0).isNumber() && node.get(1).isNumber()) {
            double lon = node.get(0).asDouble();
            double lat = node.get(1).asDouble();
            if (lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90) {
                out.add(new Coordinate(lon, lat));
            }
            return;
        }
        for (JsonNode child : node) {
            collect(child, out);
        }
    }
}
