package org.lifeline.groundstation.airspace;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an airspace from a GeoJSON FeatureCollection (the format is described in
 * {@code docs/airspace.md}) and validates it, reporting every problem found.
 *
 * <pre>{@code
 * Airspace a = AirspaceReader.read(Path.of("airspace.geojson"));                    // strict
 * Airspace b = AirspaceReader.read(path, new AirspaceReader.Options(true));        // --repair
 * }</pre>
 *
 * Invalid polygons are refused unless {@link Options#repair()} is set, in which case they are
 * repaired with JTS's GeometryFixer (which keeps every covered area; self-intersecting
 * "bow-ties" become two polygons).
 */
public final class AirspaceReader {

    /** @param repair repair invalid polygons instead of refusing them (the CLI's {@code --repair}) */
    public record Options(boolean repair) {
        public static final Options STRICT = new Options(false);
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String source;
    private final String json;
    private final Options options;

    /**
     * @param source the file name used in messages
     * @param json   the file's content
     */
    public AirspaceReader(String source, String json, Options options) {
        if (source == null || json == null || options == null) {
            throw new IllegalArgumentException("source, json and options are required");
        }
        this.source = source;
        this.json = json;
        this.options = options;
    }

    /** Reads and validates {@code file} strictly (no repair). */
    public static Airspace read(Path file) throws IOException, AirspaceException {
        return read(file, Options.STRICT);
    }

    public static Airspace read(Path file, Options options) throws IOException, AirspaceException {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        return new AirspaceReader(String.valueOf(file.getFileName()), json, options).read();
    }

    /** Parses {@code json} (named {@code source} in messages) strictly. */
    public static Airspace read(String source, String json) throws AirspaceException {
        return new AirspaceReader(source, json, Options.STRICT).read();
    }

    /** Parses and validates the content given to the constructor. */
    public Airspace read() throws AirspaceException {
        ProblemLog log = new ProblemLog(source);
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            log.add(null, where + "not valid JSON (" + e.getOriginalMessage() + "); expected a GeoJSON FeatureCollection");
            throw new AirspaceException(log.problems());
        }
        if (root == null || !root.isObject() || !"FeatureCollection".equals(root.path("type").asText())) {
            log.add("type", "expected a GeoJSON object with \"type\": \"FeatureCollection\"");
            throw new AirspaceException(log.problems());
        }
        JsonNode features = root.get("features");
        if (features == null || !features.isArray()) {
            log.add("features", "missing; expected an array of features");
            throw new AirspaceException(log.problems());
        }
        Airspace airspace = parseFeatures(features, log);
        if (!log.isEmpty()) {
            throw new AirspaceException(log.problems());
        }
        return airspace;
    }

    private Airspace parseFeatures(JsonNode features, ProblemLog log) throws AirspaceException {
        FeatureParser parser = new FeatureParser(log, options.repair());
        Map<String, Integer> indexOf = new HashMap<>();
        List<OperatingArea> areas = new ArrayList<>();
        List<Integer> areaIndexes = new ArrayList<>();
        List<NoFlyZone> noFly = new ArrayList<>();
        List<QuarantineZone> quarantine = new ArrayList<>();
        List<LaunchSite> launches = new ArrayList<>();
        List<DropPoint> drops = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            JsonNode feature = features.get(i);
            if (!feature.isObject()) {
                log.addAt(i, null, null, "not an object; expected a GeoJSON Feature");
                continue;
            }
            String id = FeatureParser.idOf(feature);
            log.enterFeature(i, id);
            if (id != null) {
                Integer first = indexOf.putIfAbsent(id, i);
                if (first != null) {
                    log.add("properties.id", "duplicate id, already used by features[" + first + "]; expected unique ids");
                }
            }
            Object parsed = parser.parse(feature, id);
            if (parsed instanceof OperatingArea a) {
                areas.add(a);
                areaIndexes.add(i);
            } else if (parsed instanceof NoFlyZone z) {
                noFly.add(z);
            } else if (parsed instanceof QuarantineZone z) {
                quarantine.add(z);
            } else if (parsed instanceof LaunchSite l) {
                launches.add(l);
            } else if (parsed instanceof DropPoint d) {
                drops.add(d);
            }
        }
        log.leaveFeature();
        if (areas.isEmpty()) {
            if (log.isEmpty()) {
                log.add("features", "no feature of kind \"operating-area\"; expected exactly one");
            }
            throw new AirspaceException(log.problems());
        }
        for (int k = 1; k < areas.size(); k++) {
            log.addAt(areaIndexes.get(k), areas.get(k).id(), "properties.kind",
                    "a second operating-area (features[" + areaIndexes.get(0) + "] is the first); expected exactly one");
        }
        Airspace airspace = new Airspace(areas.get(0), noFly, quarantine, launches, drops);
        for (AirspaceProblem p : AirspaceValidator.check(source, airspace, indexOf)) {
            log.addAt(p.featureIndex(), p.featureId(), p.field(), p.message());
        }
        return airspace;
    }
}
