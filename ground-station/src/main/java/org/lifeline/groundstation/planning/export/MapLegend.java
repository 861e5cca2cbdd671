package org.lifeline.groundstation.planning.export;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.lifeline.groundstation.airspace.QuarantineLevel;

/** The legend box in the lower right corner of a map: one row per symbol the map uses. */
final class MapLegend {

    private static final double ROW_HEIGHT = 19;

    private final int width;
    private final int height;
    private final double side;
    private final double bottom;
    private final double margin;

    MapLegend(int width, int height, double side, double bottom, double margin) {
        this.width = width;
        this.height = height;
        this.side = side;
        this.bottom = bottom;
        this.margin = margin;
    }

    /** Where the legend box will be drawn, so labels keep off it. */
    Rectangle2D box(MapCanvas c) {
        List<Object[]> rows = rows();
        double textW = 0;
        for (Object[] r : rows) {
            textW = Math.max(textW, c.textWidth((String) r[1], 11.5f, false));
        }
        double w = 46 + textW * 1.08 + 16;
        double h = rows.size() * ROW_HEIGHT + 32;
        return new Rectangle2D.Double(width - side - w, height - bottom - h, w, h);
    }

    private List<Object[]> rows() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[]{"area", "Operating area"});
        rows.add(new Object[]{"nofly", "No-fly zone"});
        rows.add(new Object[]{"margin", String.format(Locale.ROOT, "Safety margin (%.0f m)", margin)});
        for (QuarantineLevel l : QuarantineLevel.values()) {
            rows.add(new Object[]{l, "Quarantine: " + l.jsonName()});
        }
        rows.add(new Object[]{"fence", "Geofence as uploaded"});
        rows.add(new Object[]{"route", "Route (arrows: direction)"});
        rows.add(new Object[]{"launch", "Launch site"});
        rows.add(new Object[]{"drop", "Drop, in order"});
        rows.add(new Object[]{"other", "Other drop point"});
        return rows;
    }

    void paint(MapCanvas c) {
        List<Object[]> rows = rows();
        Rectangle2D box = box(c);
        double x0 = box.getX();
        double y0 = box.getY();
        c.fill(box, MapStyle.withAlpha(Color.WHITE, 230));
        c.stroke(box, MapStyle.FENCE, 1f, null);
        c.text("Legend", x0 + 10, y0 + 19, 12.5f, true, MapStyle.TEXT, MapCanvas.Anchor.START, false);
        double y = y0 + 30;
        for (Object[] r : rows) {
            double sx = x0 + 10;
            double sy = y + 3;
            Rectangle2D.Double swatch = new Rectangle2D.Double(sx, sy, 26, 12);
            Object key = r[0];
            if (key instanceof QuarantineLevel l) {
                c.fill(swatch, MapStyle.withAlpha(MapStyle.quarantine(l), MapStyle.ZONE_ALPHA));
                c.stroke(swatch, MapStyle.quarantine(l), 1.5f, null);
            } else {
                switch ((String) key) {
                    case "area" -> c.stroke(swatch, MapStyle.OPERATING_AREA_LINE, 2.5f, null);
                    case "nofly" -> {
                        c.fill(swatch, MapStyle.withAlpha(MapStyle.NO_FLY, 100));
                        c.stroke(swatch, MapStyle.NO_FLY, 1.8f, null);
                    }
                    case "margin" -> c.stroke(swatch, MapStyle.NO_FLY, 1.2f, MapPainter.DASHED);
                    case "fence" -> c.stroke(swatch, MapStyle.FENCE, 1.2f, MapPainter.DASH_DOT);
                    case "route" -> {
                        Path2D.Double line = new Path2D.Double();
                        line.moveTo(sx, sy + 6);
                        line.lineTo(sx + 26, sy + 6);
                        c.stroke(line, MapStyle.ROUTE, 3f, null);
                        c.fill(MapPainter.arrow(sx + 15, sy + 6, 0), MapStyle.ROUTE);
                    }
                    case "launch" -> c.fill(MapPainter.triangle(sx + 13, sy + 6, 9), MapStyle.LAUNCH);
                    case "drop" -> {
                        c.fill(new Ellipse2D.Double(sx + 6, sy - 1, 14, 14), MapStyle.DROP);
                        c.text("1", sx + 13, sy + 10, 9.5f, true, Color.WHITE, MapCanvas.Anchor.MIDDLE, false);
                    }
                    default -> c.fill(new Ellipse2D.Double(sx + 9.5, sy + 2.5, 7, 7), MapStyle.OTHER_DROP);
                }
            }
            c.text((String) r[1], x0 + 46, y + 13.5, 11.5f, false, MapStyle.TEXT, MapCanvas.Anchor.START, false);
            y += ROW_HEIGHT;
        }
    }

}
