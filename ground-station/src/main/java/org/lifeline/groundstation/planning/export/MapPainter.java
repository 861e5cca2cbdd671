package org.lifeline.groundstation.planning.export;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.lifeline.groundstation.airspace.DropPoint;
import org.lifeline.groundstation.airspace.LaunchSite;
import org.lifeline.groundstation.airspace.NoFlyZone;
import org.lifeline.groundstation.airspace.QuarantineLevel;
import org.lifeline.groundstation.airspace.QuarantineZone;
import org.lifeline.groundstation.planning.fence.FenceZone;
import org.lifeline.groundstation.planning.mission.DeliveryPlan;
import org.lifeline.groundstation.planning.mission.Drop;
import org.lifeline.groundstation.planning.mission.RouteLeg;
import org.lifeline.plan.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Draws a delivery plan: the operating area, quarantine zones by level, no-fly zones with their
 * safety margin dashed, the uploaded fence, the route with direction arrows, the launch site
 * and numbered drops with their names, a title with distance, time and energy, a scale bar, a
 * north arrow and a legend. Works in the plan's local metric frame (grid north up; at town scale
 * it differs from true north by a fraction of a degree).
 */
final class MapPainter {

    static final float[] DASHED = {7f, 5f};
    static final float[] DASH_DOT = {10f, 4f, 2f, 4f};
    private static final double TOP = 78;
    private static final double SIDE = 28;
    private static final double BOTTOM = 28;

    private final DeliveryPlan plan;
    private final int width;
    private final int height;
    private final double scale;
    private final double originX;
    private final double originY;
    /** x, y (pixels) and altitude of each raised segment's midpoint, labelled after the stops. */
    private final List<double[]> altitudeLabels = new ArrayList<>();

    MapPainter(DeliveryPlan plan, int width, int height) {
        this.plan = plan;
        this.width = width;
        this.height = height;
        Geometry area = local(plan.airspace().operatingArea().area());
        Envelope e = area.getEnvelopeInternal();
        double availableW = width - 2 * SIDE;
        double availableH = height - TOP - BOTTOM;
        this.scale = Math.min(availableW / e.getWidth(), availableH / e.getHeight());
        // centre the area in the available box
        this.originX = SIDE + (availableW - e.getWidth() * scale) / 2 - e.getMinX() * scale;
        this.originY = TOP + (availableH - e.getHeight() * scale) / 2 + e.getMaxY() * scale;
    }

    void paint(MapCanvas c) {
        c.fill(new Rectangle2D.Double(0, 0, width, height), MapStyle.PAPER);
        Geometry area = local(plan.airspace().operatingArea().area());
        c.fill(shape(area), MapStyle.OPERATING_AREA_FILL);
        for (QuarantineZone q : plan.airspace().quarantineZones()) {
            Color col = MapStyle.quarantine(q.level());
            Shape s = shape(local(q.area()));
            c.fill(s, MapStyle.withAlpha(col, MapStyle.ZONE_ALPHA));
            c.stroke(s, col, 1.5f, null);
        }
        for (NoFlyZone n : plan.airspace().noFlyZones()) {
            Geometry g = local(n.area());
            c.stroke(shape(g.buffer(plan.margin(), 8)), MapStyle.NO_FLY, 1.2f, DASHED);
            Shape s = shape(g);
            c.fill(s, MapStyle.withAlpha(MapStyle.NO_FLY, 100));
            c.stroke(s, MapStyle.NO_FLY, 1.8f, null);
        }
        c.stroke(shape(area), MapStyle.OPERATING_AREA_LINE, 2.5f, null);
        plan.fence().inclusion().ifPresent(z -> c.stroke(shape(z.shape().outline()), MapStyle.FENCE, 1.2f, DASH_DOT));
        for (FenceZone z : plan.fence().exclusions()) {
            c.stroke(shape(z.shape().outline()), MapStyle.FENCE, 1.2f, DASH_DOT);
        }
        MapLabels labels = new MapLabels();
        otherStops(c, labels);
        route(c);
        stops(c, labels);
        title(c);
        MapFurniture furniture = new MapFurniture(width, height, scale, SIDE, TOP, BOTTOM);
        furniture.scaleBar(c, labels);
        furniture.northArrow(c, labels);
        MapLegend legend = new MapLegend(width, height, SIDE, BOTTOM, plan.margin());
        labels.reserve(legend.box(c));
        labels(labels);
        labels.paint(c);
        legend.paint(c);
    }

    /** Symbols of the stops not in this plan: grey drop points, hollow launch triangles. */
    private void otherStops(MapCanvas c, MapLabels labels) {
        List<String> planned = new ArrayList<>();
        planned.add(plan.route().launch().id());
        plan.route().drops().forEach(d -> planned.add(d.stop().id()));
        for (DropPoint d : plan.airspace().dropPoints()) {
            if (!planned.contains(d.id())) {
                Coordinate p = local(d.position());
                c.fill(new Ellipse2D.Double(px(p.x) - 3.5, py(p.y) - 3.5, 7, 7), MapStyle.OTHER_DROP);
                labels.reserve(new Rectangle2D.Double(px(p.x) - 4, py(p.y) - 4, 8, 8));
            }
        }
        for (LaunchSite l : plan.airspace().launchSites()) {
            if (!planned.contains(l.id())) {
                Coordinate p = local(l.position());
                c.stroke(triangle(px(p.x), py(p.y), 9), MapStyle.LAUNCH, 2f, null);
                labels.reserve(new Rectangle2D.Double(px(p.x) - 9, py(p.y) - 9, 18, 15));
            }
        }
    }

    /** Every label, most important first: planned stops, zones, then the other stops. */
    private void labels(MapLabels labels) {
        Coordinate l = local(plan.route().launch().position());
        labels.add(List.of(new MapLabels.Line(plan.route().launch().name(), 13f, true, MapStyle.LAUNCH.darker())),
                MapLabels.aroundPoint(px(l.x), py(l.y), 11));
        for (Drop d : plan.route().drops()) {
            Coordinate p = local(d.stop().position());
            labels.add(List.of(new MapLabels.Line(d.stop().name(), 13f, true, MapStyle.DROP)),
                    MapLabels.aroundPoint(px(p.x), py(p.y), 11));
        }
        for (double[] a : altitudeLabels) {
            labels.add(List.of(new MapLabels.Line(String.format(Locale.ROOT, "%.0f m", a[2]), 11f, true, MapStyle.ROUTE)),
                    MapLabels.aroundPoint(a[0], a[1], 9));
        }
        for (QuarantineZone q : plan.airspace().quarantineZones()) {
            Color col = MapStyle.quarantine(q.level()).darker();
            String over = Double.isFinite(q.minOverflightAltitudeMetres())
                    ? String.format(Locale.ROOT, ", overfly ≥%.0f m", q.minOverflightAltitudeMetres()) : ", no overflight";
            labels.add(List.of(new MapLabels.Line(q.name(), 11f, true, col),
                            new MapLabels.Line(q.level().jsonName() + over, 10f, false, col)),
                    MapLabels.aroundBox(shape(local(q.area())).getBounds2D()));
        }
        for (NoFlyZone n : plan.airspace().noFlyZones()) {
            String limit = Double.isFinite(n.ceilingMetres()) ? String.format(Locale.ROOT, " (≤%.0f m)", n.ceilingMetres()) : "";
            Rectangle2D box = shape(local(n.area()).buffer(plan.margin())).getBounds2D();
            labels.add(List.of(new MapLabels.Line(n.name() + limit, 10.5f, false, MapStyle.NO_FLY.darker())),
                    (w, h) -> MapLabels.aroundBox(box).at(w, h).subList(1, 5));
        }
        List<String> planned = new ArrayList<>();
        planned.add(plan.route().launch().id());
        plan.route().drops().forEach(d -> planned.add(d.stop().id()));
        for (DropPoint d : plan.airspace().dropPoints()) {
            if (!planned.contains(d.id())) {
                Coordinate p = local(d.position());
                labels.add(List.of(new MapLabels.Line(d.name(), 10f, false, MapStyle.OTHER_DROP.darker())),
                        MapLabels.aroundPoint(px(p.x), py(p.y), 4));
            }
        }
        for (LaunchSite s : plan.airspace().launchSites()) {
            if (!planned.contains(s.id())) {
                Coordinate p = local(s.position());
                labels.add(List.of(new MapLabels.Line(s.name(), 11f, false, MapStyle.LAUNCH.darker())),
                        MapLabels.aroundPoint(px(p.x), py(p.y), 10));
            }
        }
    }

    private void route(MapCanvas c) {
        for (RouteLeg leg : plan.route().legs()) {
            Path2D.Double path = new Path2D.Double();
            List<Coordinate> pts = new ArrayList<>();
            for (GeoPoint g : leg.points()) {
                pts.add(local(g));
            }
            path.moveTo(px(pts.get(0).x), py(pts.get(0).y));
            for (int i = 1; i < pts.size(); i++) {
                path.lineTo(px(pts.get(i).x), py(pts.get(i).y));
            }
            c.stroke(path, Color.WHITE, 6f, null);
            c.stroke(path, MapStyle.ROUTE, 3f, null);
            for (int i = 1; i < pts.size(); i++) {
                double x0 = px(pts.get(i - 1).x);
                double y0 = py(pts.get(i - 1).y);
                double x1 = px(pts.get(i).x);
                double y1 = py(pts.get(i).y);
                double len = Math.hypot(x1 - x0, y1 - y0);
                if (len > 45) {
                    c.fill(arrow((x0 + x1) / 2, (y0 + y1) / 2, Math.atan2(y1 - y0, x1 - x0)), MapStyle.ROUTE);
                }
                double alt = leg.altitudes().segmentAltitudes().get(i - 1);
                if (alt != plan.vehicle().cruiseAltitude() && len > 45) {
                    altitudeLabels.add(new double[]{(x0 + x1) / 2, (y0 + y1) / 2, alt});
                }
            }
        }
    }

    private void stops(MapCanvas c, MapLabels labels) {
        Coordinate l = local(plan.route().launch().position());
        c.fill(triangle(px(l.x), py(l.y), 12), MapStyle.LAUNCH);
        c.stroke(triangle(px(l.x), py(l.y), 12), Color.WHITE, 1.5f, null);
        labels.reserve(new Rectangle2D.Double(px(l.x) - 12, py(l.y) - 12, 24, 20));
        int n = 1;
        for (Drop d : plan.route().drops()) {
            Coordinate p = local(d.stop().position());
            Ellipse2D.Double dot = new Ellipse2D.Double(px(p.x) - 10, py(p.y) - 10, 20, 20);
            c.fill(dot, MapStyle.DROP);
            c.stroke(dot, Color.WHITE, 2f, null);
            c.text(String.valueOf(n++), px(p.x), py(p.y) + 4.5, 12f, true, Color.WHITE, MapCanvas.Anchor.MIDDLE, false);
            labels.reserve(dot.getBounds2D());
        }
    }

    private void title(MapCanvas c) {
        StringBuilder route = new StringBuilder(plan.route().launch().name());
        for (Drop d : plan.route().drops()) {
            route.append(" → ").append(d.stop().name());
        }
        route.append(" → back");
        c.text(route.toString(), SIDE, 30, 18f, true, MapStyle.TEXT, MapCanvas.Anchor.START, false);
        var e = plan.energy();
        String clearance = Double.isFinite(plan.clearance().metres())
                ? String.format(Locale.ROOT, "  ·  closest no-fly %.0f m (%s)", plan.clearance().metres(), plan.clearance().zoneId())
                : "";
        c.text(String.format(Locale.ROOT, "%.2f km  ·  %d min %02d s  ·  %.0f Wh, %.0f Wh (%.0f %%) left on landing  ·  margin %.0f m%s",
                        e.metres() / 1000, (int) e.seconds() / 60, (int) e.seconds() % 60, e.wattHours(), e.remainingWh(),
                        e.remainingPercent(), plan.margin(), clearance),
                SIDE, 54, 13f, false, MapStyle.TEXT, MapCanvas.Anchor.START, false);
    }

    static Shape triangle(double x, double y, double r) {
        Path2D.Double t = new Path2D.Double();
        t.moveTo(x, y - r);
        t.lineTo(x + r * 0.87, y + r * 0.5);
        t.lineTo(x - r * 0.87, y + r * 0.5);
        t.closePath();
        return t;
    }

    static Shape arrow(double x, double y, double angle) {
        double len = 11;
        double half = 6;
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        Path2D.Double a = new Path2D.Double();
        a.moveTo(x + cos * len / 2, y + sin * len / 2);
        a.lineTo(x - cos * len / 2 - sin * half, y - sin * len / 2 + cos * half);
        a.lineTo(x - cos * len / 2 + sin * half, y - sin * len / 2 - cos * half);
        a.closePath();
        return a;
    }

    private Geometry local(Geometry geographic) {
        return plan.projection().toLocal(geographic);
    }

    private Coordinate local(GeoPoint p) {
        return plan.projection().toLocal(p);
    }

    private double px(double x) {
        return originX + x * scale;
    }

    private double py(double y) {
        return originY - y * scale;
    }

    /** A local-metre geometry (Polygon, MultiPolygon, LineString) as a pixel path. */
    private Shape shape(Geometry g) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p) {
                ring(path, p.getExteriorRing());
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    ring(path, p.getInteriorRingN(h));
                }
            } else if (part instanceof LineString l) {
                Coordinate[] cs = l.getCoordinates();
                path.moveTo(px(cs[0].x), py(cs[0].y));
                for (int k = 1; k < cs.length; k++) {
                    path.lineTo(px(cs[k].x), py(cs[k].y));
                }
            }
        }
        return path;
    }

    private void ring(Path2D.Double path, LineString ring) {
        Coordinate[] cs = ring.getCoordinates();
        path.moveTo(px(cs[0].x), py(cs[0].y));
        for (int k = 1; k < cs.length; k++) {
            path.lineTo(px(cs[k].x), py(cs[k].y));
        }
        path.closePath();
    }
}
