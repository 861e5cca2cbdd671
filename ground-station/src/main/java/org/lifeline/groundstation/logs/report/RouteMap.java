package org.lifeline.groundstation.logs.report;

import org.lifeline.plan.FenceCircle;
import org.lifeline.plan.FencePolygon;
import org.lifeline.plan.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The report's route map as inline SVG, in metres east/north of the route's start: the airspace
 * (operating area, quarantine zones, no-fly zones with the planner's margin dashed around them,
 * drop points) when known, the plan's geofence, the planned route dashed, the flown track, the
 * drop point and the release. The view fits the route and the track; zones reaching beyond it are
 * clipped by the SVG viewport. No scripts, no fonts, no tiles: it opens offline.
 */
final class RouteMap {

    private static final int SIZE = 560;
    private static final GeometryFactory JTS = new GeometryFactory();

    private RouteMap() {
    }

    static String render(SortieReport r) {
        FlightRecord f = r.flight();
        if (r.route().isEmpty() && f.track.isEmpty()) {
            return "<p class=\"none\">no positions in this log</p>";
        }
        double lat0 = r.route().isEmpty() ? f.track.value(0, 0) : r.route().get(0).latitude();
        double lon0 = r.route().isEmpty() ? f.track.value(1, 0) : r.route().get(0).longitude();
        Geo geo = new Geo(lat0, lon0);
        Function<GeoPoint, double[]> xy = p -> new double[] {geo.east(p.longitude()), geo.north(p.latitude())};
        List<double[]> planned = r.route().stream().map(xy).toList();
        List<double[]> flown = new ArrayList<>();
        for (int i = 0; i < f.track.size(); i++) {
            if (Math.abs(f.track.value(0, i)) > 1e-9 || Math.abs(f.track.value(1, i)) > 1e-9) {
                flown.add(new double[] {geo.east(f.track.value(1, i)), geo.north(f.track.value(0, i))});
            }
        }
        double[] box = bounds(planned, flown);
        double span = Math.max(Math.max(box[2] - box[0], box[3] - box[1]), 10) * 1.25;
        double cx = (box[0] + box[2]) / 2;
        double cy = (box[1] + box[3]) / 2;
        Function<double[], String> pt = p -> String.format(Locale.ROOT, "%.1f,%.1f",
                SIZE / 2.0 + (p[0] - cx) / span * SIZE, SIZE / 2.0 - (p[1] - cy) / span * SIZE);
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" style=\"overflow:hidden\">"
                        + "<rect width=\"%d\" height=\"%d\" fill=\"#f4f8f4\" stroke=\"#ccc\"/>", SIZE, SIZE, SIZE, SIZE, SIZE, SIZE));
        List<String> legend = new ArrayList<>();
        r.airspace().ifPresent(a -> {
            for (AirspaceLayer.Area area : a.areas()) {
                for (List<GeoPoint> ring : area.rings()) {
                    List<double[]> local = ring.stream().map(xy).toList();
                    switch (area.kind()) {
                        case OPERATING_AREA -> polygon(svg, pt, local, "none", "#2ca02c", "1", "8 3", area.name());
                        case QUARANTINE -> polygon(svg, pt, local, "#ff7f0e33", "#ff7f0e", "1", null, area.name());
                        case NO_FLY -> {
                            if (a.marginMetres() > 0) {
                                polygon(svg, pt, buffered(local, a.marginMetres()), "none", "#d62728", "1", "4 3",
                                        area.name() + " + " + SvgChart.num(a.marginMetres()) + " m margin");
                            }
                            polygon(svg, pt, local, "#d6272840", "#d62728", "1.5", null, area.name());
                        }
                    }
                }
            }
            for (AirspaceLayer.Marker d : a.drops()) {
                String[] c = pt.apply(xy.apply(d.position())).split(",");
                double radius = Math.max(3, d.radiusMetres() / span * SIZE);
                svg.append("<circle cx=\"").append(c[0]).append("\" cy=\"").append(c[1]).append(String.format(Locale.ROOT,
                        "\" r=\"%.1f\" fill=\"#2ca02c22\" stroke=\"#2ca02c\" stroke-width=\"1\"><title>", radius))
                        .append(Html.escape("drop point " + d.name())).append("</title></circle>");
            }
            legend.add("green outline: operating area · orange: quarantine · red: no-fly (dashed: "
                    + SvgChart.num(a.marginMetres()) + " m margin) · green dots: drop points");
        });
        boolean fence = false;
        for (FencePolygon p : r.fence().polygons()) {
            polygon(svg, pt, p.vertices().stream().map(xy).toList(), "none", "#e377c2", "2", p.inclusion() ? null : "2 2",
                    p.inclusion() ? "fence (keep inside)" : "fence (keep out)");
            fence = true;
        }
        for (FenceCircle c : r.fence().circles()) {
            double[] centre = xy.apply(c.center());
            List<double[]> ring = new ArrayList<>();
            for (int k = 0; k <= 48; k++) {
                double a = 2 * Math.PI * k / 48;
                ring.add(new double[] {centre[0] + c.radiusMetres() * Math.cos(a), centre[1] + c.radiusMetres() * Math.sin(a)});
            }
            polygon(svg, pt, ring, "none", "#e377c2", "2", c.inclusion() ? null : "2 2", c.inclusion() ? "fence (keep inside)" : "fence (keep out)");
            fence = true;
        }
        if (fence) {
            legend.add("pink: geofence");
        }
        svg.append("<polyline fill=\"none\" stroke=\"#555\" stroke-width=\"2\" stroke-dasharray=\"6 4\" points=\"");
        planned.forEach(p -> svg.append(pt.apply(p)).append(' '));
        svg.append("\"/><polyline fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"1.5\" points=\"");
        int step = Math.max(1, flown.size() / 3000);
        for (int i = 0; i < flown.size(); i += step) {
            svg.append(pt.apply(flown.get(i))).append(' ');
        }
        svg.append("\"/>");
        r.drop().ifPresent(d -> {
            String[] c = pt.apply(xy.apply(d.dropPoint())).split(",");
            svg.append("<circle cx=\"").append(c[0]).append("\" cy=\"").append(c[1]).append("\" r=\"7\" fill=\"none\" stroke=\"#2ca02c\" stroke-width=\"2\"/>");
            String[] e = pt.apply(xy.apply(d.release())).split(",");
            svg.append("<circle cx=\"").append(e[0]).append("\" cy=\"").append(e[1]).append("\" r=\"4\" fill=\"#d62728\"/>");
        });
        legend.add(0, SvgChart.num(span) + " m across · dashed grey: planned · blue: flown · green ring: drop point · red dot: release");
        for (int i = 0; i < legend.size(); i++) {
            svg.append(String.format(Locale.ROOT, "<text x=\"8\" y=\"%d\" font-size=\"11\" fill=\"#333\">", SIZE - 8 - 14 * (legend.size() - 1 - i)))
                    .append(Html.escape(legend.get(i))).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static void polygon(StringBuilder svg, Function<double[], String> pt, List<double[]> ring, String fill, String stroke,
                                String width, String dash, String title) {
        svg.append("<polygon fill=\"").append(fill).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(width).append('"');
        if (dash != null) {
            svg.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        svg.append(" points=\"");
        ring.forEach(p -> svg.append(pt.apply(p)).append(' '));
        svg.append("\"><title>").append(Html.escape(title)).append("</title></polygon>");
    }

    /** The ring grown by {@code metres} (in the local metric plane). */
    private static List<double[]> buffered(List<double[]> ring, double metres) {
        if (ring.size() < 4) {
            return ring;
        }
        Coordinate[] cs = new Coordinate[ring.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = new Coordinate(ring.get(i)[0], ring.get(i)[1]);
        }
        if (!cs[0].equals2D(cs[cs.length - 1])) {
            return ring;
        }
        Geometry grown = JTS.createPolygon(cs).buffer(metres, 8);
        List<double[]> out = new ArrayList<>();
        if (grown instanceof Polygon p) {
            for (Coordinate c : p.getExteriorRing().getCoordinates()) {
                out.add(new double[] {c.x, c.y});
            }
        }
        return out;
    }

    private static double[] bounds(List<double[]> planned, List<double[]> flown) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (List<double[]> line : List.of(planned, flown)) {
            for (double[] p : line) {
                b[0] = Math.min(b[0], p[0]);
                b[1] = Math.min(b[1], p[1]);
                b[2] = Math.max(b[2], p[0]);
                b[3] = Math.max(b[3], p[1]);
            }
        }
        return b[0] > b[2] ? new double[] {0, 0, 1, 1} : b;
    }
}
