package org.lifeline.groundstation.planning.export;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.lifeline.groundstation.airspace.NoFlyZone;
import org.lifeline.groundstation.airspace.QuarantineLevel;
import org.lifeline.groundstation.airspace.QuarantineZone;
import org.lifeline.groundstation.airspace.Zone;
import org.lifeline.groundstation.planning.fence.FenceZone;
import org.lifeline.groundstation.planning.mission.DeliveryPlan;
import org.lifeline.groundstation.planning.mission.Drop;
import org.lifeline.groundstation.planning.mission.RouteLeg;
import org.lifeline.plan.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * A delivery plan as KML 2.2 for Google Earth and similar viewers: folders for the airspace,
 * the route (drawn at its flight altitude above ground, extruded to the ground so climbs over
 * zones are visible), the launch site and drops, and the uploaded fence.
 */
public final class KmlExporter {

    private KmlExporter() {
    }

    public static void write(Path file, DeliveryPlan plan) throws ExportException {
        AtomicFiles.write(file, toKml(plan).getBytes(StandardCharsets.UTF_8));
    }

    public static String toKml(DeliveryPlan plan) {
        StringBuilder k = new StringBuilder(16_384);
        k.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n<Document>\n")
                .append("  <name>").append(esc(title(plan))).append("</name>\n");
        style(k, "operating-area", MapStyle.OPERATING_AREA_LINE, 0);
        style(k, "no-fly", MapStyle.NO_FLY, 110);
        for (QuarantineLevel l : QuarantineLevel.values()) {
            style(k, "quarantine-" + l.jsonName(), MapStyle.quarantine(l), 90);
        }
        style(k, "fence", MapStyle.FENCE, 0);
        k.append("  <Style id=\"route\"><LineStyle><color>").append(MapStyle.kml(MapStyle.ROUTE, 255))
                .append("</color><width>4</width></LineStyle><PolyStyle><color>")
                .append(MapStyle.kml(MapStyle.ROUTE, 60)).append("</color></PolyStyle></Style>\n");

        k.append("  <Folder><name>Airspace</name>\n");
        for (Zone z : plan.airspace().zones()) {
            String style = z instanceof NoFlyZone ? "no-fly"
                    : z instanceof QuarantineZone q ? "quarantine-" + q.level().jsonName() : "operating-area";
            k.append("    <Placemark><name>").append(esc(z.name())).append("</name><description>")
                    .append(esc(describe(z))).append("</description><styleUrl>#").append(style).append("</styleUrl>\n");
            polygons(k, z.area());
            k.append("    </Placemark>\n");
        }
        k.append("  </Folder>\n  <Folder><name>Route</name>\n");
        for (RouteLeg leg : plan.route().legs()) {
            k.append("    <Placemark><name>").append(esc(leg.name())).append("</name><styleUrl>#route</styleUrl>\n")
                    .append("      <LineString><extrude>1</extrude><tessellate>1</tessellate>")
                    .append("<altitudeMode>relativeToGround</altitudeMode><coordinates>");
            for (int i = 0; i < leg.points().size(); i++) {
                GeoPoint p = leg.points().get(i);
                k.append(String.format(Locale.ROOT, "%.7f,%.7f,%.1f ", p.longitude(), p.latitude(), leg.altitudeAt(i)));
            }
            k.append("</coordinates></LineString>\n    </Placemark>\n");
        }
        k.append("  </Folder>\n  <Folder><name>Stops</name>\n");
        point(k, "Launch: " + plan.route().launch().name(), plan.route().launch().position(), "launch site");
        int n = 1;
        for (Drop d : plan.route().drops()) {
            point(k, n++ + ". " + d.stop().name(), d.stop().position(),
                    String.format(Locale.ROOT, "drop %s, release at %.0f m", d.stop().id(), d.dropAltitude()));
        }
        k.append("  </Folder>\n  <Folder><name>Geofence (uploaded)</name>\n");
        plan.fence().inclusion().ifPresent(z -> fence(k, plan, z, "inclusion"));
        for (FenceZone z : plan.fence().exclusions()) {
            fence(k, plan, z, "exclusion");
        }
        k.append("  </Folder>\n</Document>\n</kml>\n");
        return k.toString();
    }

    private static String title(DeliveryPlan plan) {
        return String.format(Locale.ROOT, "Lifeline delivery from %s: %.1f km, %.0f min, %.0f Wh",
                plan.route().launch().name(), plan.energy().metres() / 1000, plan.energy().seconds() / 60,
                plan.energy().wattHours());
    }

    private static String describe(Zone z) {
        if (z instanceof NoFlyZone n) {
            return "no-fly" + (Double.isFinite(n.ceilingMetres()) ? String.format(Locale.ROOT,
                    ", %.0f to %.0f m", n.floorMetres(), n.ceilingMetres()) : "");
        }
        if (z instanceof QuarantineZone q) {
            return "quarantine (" + q.level().jsonName() + ")" + (Double.isFinite(q.minOverflightAltitudeMetres())
                    ? String.format(Locale.ROOT, ", overflight at %.0f m or higher", q.minOverflightAltitudeMetres())
                    : ", no overflight");
        }
        return "operating area";
    }

    private static void fence(StringBuilder k, DeliveryPlan plan, FenceZone z, String what) {
        k.append("    <Placemark><name>").append(esc(what + ": " + z.id())).append("</name><description>")
                .append(z.shape().cost()).append(" fence items</description><styleUrl>#fence</styleUrl>\n");
        polygons(k, plan.projection().toGeographic(z.shape().outline()));
        k.append("    </Placemark>\n");
    }

    private static void point(StringBuilder k, String name, GeoPoint p, String description) {
        k.append("    <Placemark><name>").append(esc(name)).append("</name><description>").append(esc(description))
                .append("</description><Point><coordinates>")
                .append(String.format(Locale.ROOT, "%.7f,%.7f,0", p.longitude(), p.latitude()))
                .append("</coordinates></Point></Placemark>\n");
    }

    private static void style(StringBuilder k, String id, Color c, int fillAlpha) {
        k.append("  <Style id=\"").append(id).append("\"><LineStyle><color>").append(MapStyle.kml(c, 255))
                .append("</color><width>2</width></LineStyle><PolyStyle><color>").append(MapStyle.kml(c, fillAlpha))
                .append("</color>").append(fillAlpha == 0 ? "<fill>0</fill>" : "").append("</PolyStyle></Style>\n");
    }

    private static void polygons(StringBuilder k, Geometry g) {
        k.append("      <MultiGeometry>\n");
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p) {
                k.append("        <Polygon><outerBoundaryIs>");
                ring(k, p.getExteriorRing());
                k.append("</outerBoundaryIs>");
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    k.append("<innerBoundaryIs>");
                    ring(k, p.getInteriorRingN(h));
                    k.append("</innerBoundaryIs>");
                }
                k.append("</Polygon>\n");
            }
        }
        k.append("      </MultiGeometry>\n");
    }

    private static void ring(StringBuilder k, LineString ring) {
        k.append("<LinearRing><coordinates>");
        for (Coordinate c : ring.getCoordinates()) {
            k.append(String.format(Locale.ROOT, "%.7f,%.7f,0 ", c.x, c.y));
        }
        k.append("</coordinates></LinearRing>");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
