package org.lifeline.groundstation.planning.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.lifeline.groundstation.airspace.NoFlyZone;
import org.lifeline.groundstation.airspace.QuarantineZone;
import org.lifeline.groundstation.airspace.Zone;
import org.lifeline.groundstation.planning.energy.LegEstimate;
import org.lifeline.groundstation.planning.fence.FenceShape;
import org.lifeline.groundstation.planning.fence.FenceZone;
import org.lifeline.groundstation.planning.mission.DeliveryPlan;
import org.lifeline.groundstation.planning.mission.Drop;
import org.lifeline.groundstation.planning.mission.RouteLeg;
import org.lifeline.plan.GeoPoint;
import org.lifeline.plan.RallyPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * A delivery plan as one GeoJSON FeatureCollection: the airspace zones (with their kind and
 * limits), the route legs (3-D, altitude above launch), the launch site, the drops in order, the
 * uploaded fence and the rally points. Each feature's {@code kind} property says what it is;
 * a foreign member {@code summary} carries distance, time and energy.
 */
public final class GeoJsonExporter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GeoJsonExporter() {
    }

    public static void write(Path file, DeliveryPlan plan) throws ExportException {
        AtomicFiles.write(file, toJson(plan).getBytes(StandardCharsets.UTF_8));
    }

    public static String toJson(DeliveryPlan plan) {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "FeatureCollection");
        ObjectNode summary = root.putObject("summary");
        summary.put("vehicle", plan.vehicle().name());
        summary.put("distanceMetres", round(plan.energy().metres()));
        summary.put("flightSeconds", round(plan.energy().seconds()));
        summary.put("energyWh", round(plan.energy().wattHours()));
        summary.put("remainingWh", round(plan.energy().remainingWh()));
        summary.put("remainingPercent", round(plan.energy().remainingPercent()));
        summary.put("marginMetres", plan.margin());
        if (Double.isFinite(plan.clearance().metres())) {
            summary.put("minNoFlyClearanceMetres", round(plan.clearance().metres()));
            summary.put("closestNoFlyZone", plan.clearance().zoneId());
        }
        ArrayNode features = root.putArray("features");
        for (Zone z : plan.airspace().zones()) {
            ObjectNode props = feature(features, polygonal(z.area()), z.kind().jsonName(), z.id(), z.name());
            if (z instanceof NoFlyZone n) {
                props.put("floor", n.floorMetres());
                if (Double.isFinite(n.ceilingMetres())) {
                    props.put("ceiling", n.ceilingMetres());
                }
            } else if (z instanceof QuarantineZone q) {
                props.put("level", q.level().jsonName());
                if (Double.isFinite(q.minOverflightAltitudeMetres())) {
                    props.put("minOverflightAltitude", q.minOverflightAltitudeMetres());
                }
            }
        }
        List<LegEstimate> legEnergy = plan.energy().legs();
        for (int i = 0; i < plan.route().legs().size(); i++) {
            RouteLeg leg = plan.route().legs().get(i);
            ObjectNode g = JSON.createObjectNode();
            g.put("type", "LineString");
            ArrayNode coords = g.putArray("coordinates");
            for (int k = 0; k < leg.points().size(); k++) {
                GeoPoint p = leg.points().get(k);
                coords.addArray().add(round7(p.longitude())).add(round7(p.latitude())).add(leg.altitudeAt(k));
            }
            ObjectNode props = feature(features, g, "route-leg", "leg-" + (i + 1), leg.name());
            props.put("order", i + 1);
            legEnergy.stream().filter(e -> e.leg().equals(leg.name())).findFirst().ifPresent(e -> {
                props.put("lengthMetres", round(e.metres()));
                props.put("flightSeconds", round(e.seconds()));
                props.put("energyWh", round(e.wattHours()));
            });
        }
        GeoPoint launch = plan.route().launch().position();
        feature(features, point(launch), "launch", plan.route().launch().id(), plan.route().launch().name());
        List<Integer> releases = plan.mission().releaseSequences();
        for (int i = 0; i < plan.route().drops().size(); i++) {
            Drop d = plan.route().drops().get(i);
            ObjectNode props = feature(features, point(d.stop().position()), "drop", d.stop().id(), d.stop().name());
            props.put("order", i + 1);
            props.put("dropAltitude", d.dropAltitude());
            props.put("releaseItem", releases.get(i));
        }
        plan.fence().inclusion().ifPresent(z -> fence(features, plan, z, "fence-inclusion"));
        for (FenceZone z : plan.fence().exclusions()) {
            fence(features, plan, z, "fence-exclusion");
        }
        int n = 1;
        for (RallyPoint r : plan.rally()) {
            feature(features, point(r.position()), "rally-point", "rally-" + n, "Rally point " + n++);
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree built in memory always serialises", e);
        }
    }

    private static void fence(ArrayNode features, DeliveryPlan plan, FenceZone z, String kind) {
        Geometry geographic = plan.projection().toGeographic(z.shape().outline());
        ObjectNode props = feature(features, polygonal(geographic), kind, "fence-" + z.id(), z.id());
        props.put("fenceItems", z.shape().cost());
        if (z.shape() instanceof FenceShape.Circle c) {
            props.put("radiusMetres", round(c.radius()));
        }
    }

    private static ObjectNode feature(ArrayNode features, ObjectNode geometry, String kind, String id, String name) {
        ObjectNode f = features.addObject();
        f.put("type", "Feature");
        ObjectNode props = f.putObject("properties");
        props.put("kind", kind);
        props.put("id", id);
        props.put("name", name);
        f.set("geometry", geometry);
        return props;
    }

    private static ObjectNode point(GeoPoint p) {
        ObjectNode g = JSON.createObjectNode();
        g.put("type", "Point");
        g.putArray("coordinates").add(round7(p.longitude())).add(round7(p.latitude()));
        return g;
    }

    /** A Polygon or MultiPolygon in geographic coordinates (x = longitude). */
    static ObjectNode polygonal(Geometry g) {
        ObjectNode out = JSON.createObjectNode();
        if (g instanceof Polygon p) {
            out.put("type", "Polygon");
            rings(out.putArray("coordinates"), p);
        } else {
            out.put("type", "MultiPolygon");
            ArrayNode polys = out.putArray("coordinates");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof Polygon p) {
                    rings(polys.addArray(), p);
                }
            }
        }
        return out;
    }

    private static void rings(ArrayNode out, Polygon p) {
        ring(out.addArray(), p.getExteriorRing());
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            ring(out.addArray(), p.getInteriorRingN(i));
        }
    }

    private static void ring(ArrayNode out, LineString ring) {
        for (Coordinate c : ring.getCoordinates()) {
            out.addArray().add(round7(c.x)).add(round7(c.y));
        }
    }

    private static double round7(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
