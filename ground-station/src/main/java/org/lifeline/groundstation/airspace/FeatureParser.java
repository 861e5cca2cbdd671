package org.lifeline.groundstation.airspace;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.lifeline.plan.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads the {@code properties} of one feature into the record for its kind, logging every
 * problem (missing or mistyped field, unknown kind, wrong geometry) instead of stopping at the
 * first. Returns {@code null} when the feature cannot be used.
 */
final class FeatureParser {

    private final ProblemLog log;
    private final GeoJsonGeometryParser geometries;

    FeatureParser(ProblemLog log, boolean repair) {
        this.log = log;
        this.geometries = new GeoJsonGeometryParser(log, repair);
    }

    /** The feature's id: {@code properties.id}, or the GeoJSON {@code id} member; {@code null} if neither. */
    static String idOf(JsonNode feature) {
        JsonNode id = feature.path("properties").path("id");
        if (id.isTextual() && !id.asText().isBlank()) {
            return id.asText();
        }
        JsonNode top = feature.path("id");
        return top.isTextual() && !top.asText().isBlank() ? top.asText() : null;
    }

    Object parse(JsonNode feature, String id) {
        if (!"Feature".equals(feature.path("type").asText())) {
            log.add("type", "expected \"Feature\"");
        }
        JsonNode props = feature.path("properties");
        if (!props.isObject()) {
            log.add("properties", "missing; expected an object with at least \"id\" and \"kind\"");
            return null;
        }
        if (id == null) {
            log.add("properties.id", "missing; every feature needs a unique id");
        }
        JsonNode kindNode = props.get("kind");
        if (kindNode == null || !kindNode.isTextual()) {
            log.add("properties.kind", "missing; expected one of " + ZoneKind.spellings());
            return null;
        }
        ZoneKind kind = ZoneKind.fromJson(kindNode.asText()).orElse(null);
        if (kind == null) {
            log.add("properties.kind", "unknown kind \"" + kindNode.asText() + "\"; expected one of " + ZoneKind.spellings());
            return null;
        }
        String name = props.path("name").isTextual() ? props.get("name").asText() : id;
        TimeWindow validity = validity(props);
        JsonNode geometry = feature.get("geometry");
        if (kind.isPolygonal()) {
            Geometry area = geometries.polygonal(geometry);
            return polygonal(kind, id, name, area, props, validity);
        }
        Coordinate c = geometries.point(geometry);
        OptionalDouble radius = number(props, "zoneRadius", 0, false);
        OptionalDouble dropAltitude = number(props, "dropAltitude", 0, false);
        if (c == null || id == null || validity == null || radius == null || dropAltitude == null) {
            return null;
        }
        GeoPoint p = GeoPoint.of(c.y, c.x);
        return kind == ZoneKind.LAUNCH_SITE ? new LaunchSite(id, name, p, validity)
                : new DropPoint(id, name, p, radius, dropAltitude, validity);
    }

    private Object polygonal(ZoneKind kind, String id, String name, Geometry area, JsonNode props, TimeWindow validity) {
        switch (kind) {
            case OPERATING_AREA:
                return area == null || id == null || validity == null ? null : new OperatingArea(id, name, area, validity);
            case NO_FLY: {
                OptionalDouble floor = number(props, "floor", 0, true);
                OptionalDouble ceiling = number(props, "ceiling", 0, false);
                if (floor == null || ceiling == null) {
                    return null;
                }
                double f = floor.orElse(0);
                double c = ceiling.orElse(Double.POSITIVE_INFINITY);
                if (f > c) {
                    log.add("properties.ceiling", "ceiling " + c + " m is below floor " + f + " m; expected floor <= ceiling");
                    return null;
                }
                return area == null || id == null || validity == null ? null : new NoFlyZone(id, name, area, f, c, validity);
            }
            default: {
                QuarantineLevel level = level(props);
                Optional<List<String>> destinations = destinations(props);
                OptionalDouble over = number(props, "minOverflightAltitude", 0, true);
                if (area == null || id == null || validity == null || level == null || destinations == null || over == null) {
                    return null;
                }
                return new QuarantineZone(id, name, area, level, destinations, over.orElse(Double.POSITIVE_INFINITY), validity);
            }
        }
    }

    private QuarantineLevel level(JsonNode props) {
        JsonNode n = props.get("level");
        String expected = "expected \"sealed\", \"controlled\" or \"precaution\"";
        if (n == null || !n.isTextual()) {
            log.add("properties.level", "missing; " + expected);
            return null;
        }
        QuarantineLevel level = QuarantineLevel.fromJson(n.asText()).orElse(null);
        if (level == null) {
            log.add("properties.level", "unknown level \"" + n.asText() + "\"; " + expected);
        }
        return level;
    }

    /** Empty when the zone lists none (every drop point inside may receive parcels), {@code null} after logging. */
    private Optional<List<String>> destinations(JsonNode props) {
        JsonNode n = props.get("destinations");
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (!n.isArray()) {
            log.add("properties.destinations", "expected an array of drop-point ids");
            return null;
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            if (!n.get(i).isTextual()) {
                log.add("properties.destinations[" + i + "]", "expected a drop-point id (a string), got " + n.get(i));
                return null;
            }
            ids.add(n.get(i).asText());
        }
        return Optional.of(ids);
    }

    /** An optional non-negative number of metres: empty when absent, {@code null} after logging a bad value. */
    private OptionalDouble number(JsonNode props, String field, double min, boolean zeroAllowed) {
        JsonNode n = props.get(field);
        if (n == null || n.isNull()) {
            return OptionalDouble.empty();
        }
        double v = n.asDouble();
        if (!n.isNumber() || Double.isNaN(v) || Double.isInfinite(v) || v < min || (!zeroAllowed && v == min)) {
            log.add("properties." + field, "got " + n + "; expected a " + (zeroAllowed ? "non-negative" : "positive")
                    + " number of metres");
            return null;
        }
        return OptionalDouble.of(v);
    }

    private TimeWindow validity(JsonNode props) {
        Instant from = instant(props, "validFrom");
        Instant until = instant(props, "validUntil");
        if (from == Instant.MIN || until == Instant.MIN) {
            return null;
        }
        if (from != null && until != null && !from.isBefore(until)) {
            log.add("properties.validUntil", until + " is not after validFrom " + from);
            return null;
        }
        return new TimeWindow(from, until);
    }

    /** {@code null} when absent, {@link Instant#MIN} after logging a bad value. */
    private Instant instant(JsonNode props, String field) {
        JsonNode n = props.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(n.asText()).toInstant();
        } catch (DateTimeParseException e) {
            log.add("properties." + field, "got " + n + "; expected an ISO-8601 time with offset, e.g. \"2026-04-01T06:00:00Z\"");
            return Instant.MIN;
        }
    }
}
