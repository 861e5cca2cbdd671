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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads an airspace from a GeoJSON FeatureCollection (the format is described in
 * {@code docs/airspace.md}) and validates it, reporting every problem found.
 *
 * <p>One bad feature does not stop the operation. Only a file that cannot be an airspace at
 * all (not JSON, not a FeatureCollection, no usable operating area) is refused, with an
 * {@link AirspaceException}. Otherwise every problem is in {@link Airspace#problems()}: a
 * launch site or drop point with a problem is left out ({@link Airspace#leftOut()}, with the
 * reason a plan naming it is refused with), a zone that restricts flight is kept in its most
 * restrictive reading ({@link RestrictiveZones}), and everything else plans normally.
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

    /** Reads and validates {@code file} without repairing polygons. */
    public static Airspace read(Path file) throws IOException, AirspaceException {
        return read(file, Options.STRICT);
    }

    public static Airspace read(Path file, Options options) throws IOException, AirspaceException {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        return new AirspaceReader(String.valueOf(file.getFileName()), json, options).read();
    }

    /** Parses {@code json} (named {@code source} in messages) without repairing polygons. */
    public static Airspace read(String source, String json) throws AirspaceException {
        return new AirspaceReader(source, json, Options.STRICT).read();
    }

    /**
     * Parses and validates the content given to the constructor.
     *
     * @throws AirspaceException when the content cannot be an airspace at all; every other
     *                           problem is in the result's {@link Airspace#problems()}
     */
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
        return parseFeatures(features, log);
    }

    private Airspace parseFeatures(JsonNode features, ProblemLog log) throws AirspaceException {
        FeatureParser parser = new FeatureParser(log, options.repair());
        Map<String, List<Integer>> indexesOf = new LinkedHashMap<>();
        Map<String, Integer> indexOf = new HashMap<>();
        List<OperatingArea> areas = new ArrayList<>();
        List<Integer> areaIndexes = new ArrayList<>();
        boolean areaKindSeen = false;
        List<NoFlyZone> noFly = new ArrayList<>();
        List<QuarantineZone> quarantine = new ArrayList<>();
        List<LaunchSite> launches = new ArrayList<>();
        List<DropPoint> drops = new ArrayList<>();
        List<LeftOut> leftOut = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            JsonNode feature = features.get(i);
            if (!feature.isObject()) {
                log.addAt(i, null, null, "not an object; expected a GeoJSON Feature; left out");
                continue;
            }
            String id = FeatureParser.idOf(feature);
            log.enterFeature(i, id);
            int before = log.size();
            if (id != null) {
                indexesOf.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
                Integer first = indexOf.putIfAbsent(id, i);
                if (first != null) {
                    log.add("properties.id", "duplicate id, already used by features[" + first + "]; expected unique ids");
                }
            }
            areaKindSeen |= ZoneKind.OPERATING_AREA.jsonName().equals(feature.path("properties").path("kind").asText());
            Object parsed = parser.parse(feature, id);
            boolean troubled = log.size() > before;
            if (parsed instanceof OperatingArea a) {
                areas.add(a);
                areaIndexes.add(i);
            } else if (parsed instanceof NoFlyZone z) {
                noFly.add(z);
                keptAsWritten(troubled, log);
            } else if (parsed instanceof QuarantineZone z) {
                quarantine.add(z);
                keptAsWritten(troubled, log);
            } else if (troubled && (parsed != null || !RestrictiveZones.restricts(feature))) {
                if (!isOperatingArea(feature)) {
                    if (id != null) {
                        leftOut.add(new LeftOut(id, reason(log.problems().get(before))));
                    }
                    log.appendToLast("; left out");
                }
            } else if (parsed instanceof LaunchSite l) {
                launches.add(l);
            } else if (parsed instanceof DropPoint d) {
                drops.add(d);
            } else if (parsed == null) {
                keepClosed(feature, id, i, log, noFly, quarantine);
            }
        }
        log.leaveFeature();
        if (areas.isEmpty()) {
            log.add("features", areaKindSeen
                    ? "the operating area cannot be used (see above); expected exactly one usable operating area, the file is refused"
                    : "no feature of kind \"operating-area\"; expected exactly one");
            throw new AirspaceException(log.problems());
        }
        for (int k = 1; k < areas.size(); k++) {
            log.addAt(areaIndexes.get(k), areas.get(k).id(), "properties.kind",
                    "a second operating-area (features[" + areaIndexes.get(0) + "] is the first); expected exactly one; left out");
        }
        launches = unambiguous(launches, LaunchSite::id, indexesOf, leftOut, log);
        drops = unambiguous(drops, DropPoint::id, indexesOf, leftOut, log);
        Airspace read = new Airspace(areas.get(0), noFly, quarantine, launches, drops, leftOut, List.of());
        List<LeftOut> misplaced = new ArrayList<>();
        for (AirspaceProblem p : AirspaceValidator.check(source, read, indexOf, misplaced)) {
            log.addAt(p.featureIndex(), p.featureId(), p.field(), p.message());
        }
        Set<String> out = new HashSet<>();
        misplaced.forEach(l -> out.add(l.id()));
        return read.withPoints(launches.stream().filter(l -> !out.contains(l.id())).toList(),
                drops.stream().filter(d -> !out.contains(d.id())).toList(), misplaced).withProblems(log.problems());
    }

    /** A zone read in full despite a problem (a duplicate id, a wrong "type") restricts flight as written. */
    private static void keptAsWritten(boolean troubled, ProblemLog log) {
        if (troubled) {
            log.appendToLast("; the zone is kept as written");
        }
    }

    private static boolean isOperatingArea(JsonNode feature) {
        return ZoneKind.OPERATING_AREA.jsonName().equals(feature.path("properties").path("kind").asText());
    }

    /** A zone that failed to parse, kept in its most restrictive reading (see {@link RestrictiveZones}). */
    private static void keepClosed(JsonNode feature, String id, int index, ProblemLog log, List<NoFlyZone> noFly,
                                   List<QuarantineZone> quarantine) {
        Optional<Zone> closed = RestrictiveZones.closedZone(feature, id, index);
        if (closed.isEmpty()) {
            log.appendToLast("; left out: it has no area to keep flights out of, fix it before flying near it");
        } else if (closed.get() instanceof QuarantineZone q) {
            quarantine.add(q);
            log.appendToLast("; kept closed to every flight and delivery, over the convex hull of its positions");
        } else {
            noFly.add((NoFlyZone) closed.get());
            log.appendToLast("; kept as a no-fly zone at every altitude and time, over the convex hull of its positions");
        }
    }

    /** Points whose id another feature also uses are left out: a plan naming that id would be ambiguous. */
    private static <T> List<T> unambiguous(List<T> points, java.util.function.Function<T, String> idOf,
                                           Map<String, List<Integer>> indexesOf, List<LeftOut> leftOut, ProblemLog log) {
        List<T> kept = new ArrayList<>();
        for (T p : points) {
            String id = idOf.apply(p);
            List<Integer> at = indexesOf.get(id);
            if (at.size() == 1) {
                kept.add(p);
                continue;
            }
            String others = at.subList(1, at.size()).stream().map(i -> "features[" + i + "]").collect(Collectors.joining(", "));
            String reason = "its id is also used by " + others + "; expected unique ids";
            log.addAt(at.get(0), id, "properties.id", reason + "; left out");
            leftOut.add(new LeftOut(id, reason));
        }
        return kept;
    }

    /** A problem as the reason a plan naming its feature is refused. */
    private static String reason(AirspaceProblem p) {
        return "features[" + p.featureIndex() + "] " + (p.field() == null ? "" : p.field() + ": ") + p.message();
    }
}
