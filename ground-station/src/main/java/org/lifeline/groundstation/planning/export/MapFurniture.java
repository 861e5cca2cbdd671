package org.lifeline.groundstation.planning.export;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;

/** The scale bar (a round length near a fifth of the map's width) and the north arrow. */
final class MapFurniture {

    private final int width;
    private final int height;
    private final double scale;
    private final double side;
    private final double top;
    private final double bottom;

    /** @param scale pixels per metre */
    MapFurniture(int width, int height, double scale, double side, double top, double bottom) {
        this.width = width;
        this.height = height;
        this.scale = scale;
        this.side = side;
        this.top = top;
        this.bottom = bottom;
    }

    void scaleBar(MapCanvas c, MapLabels labels) {
        double target = (width - 2 * side) / 5 / scale;
        double[] nice = {50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000, 20_000};
        double metres = nice[0];
        for (double n : nice) {
            if (n <= target) {
                metres = n;
            }
        }
        double x = side + 12;
        double y = height - bottom - 14;
        double len = metres * scale;
        Rectangle2D.Double back = new Rectangle2D.Double(x - 8, y - 26, len + 50, 40);
        c.fill(back, MapStyle.withAlpha(Color.WHITE, 210));
        labels.reserve(back);
        for (int i = 0; i < 4; i++) {
            Rectangle2D.Double seg = new Rectangle2D.Double(x + i * len / 4, y, len / 4, 6);
            c.fill(seg, i % 2 == 0 ? MapStyle.TEXT : Color.WHITE);
            c.stroke(seg, MapStyle.TEXT, 1f, null);
        }
        c.text("0", x, y - 5, 11f, false, MapStyle.TEXT, MapCanvas.Anchor.MIDDLE, false);
        c.text(metres >= 1000 ? String.format(Locale.ROOT, "%.0f km", metres / 1000) : String.format(Locale.ROOT, "%.0f m", metres),
                x + len, y - 5, 11f, false, MapStyle.TEXT, MapCanvas.Anchor.MIDDLE, false);
    }

    void northArrow(MapCanvas c, MapLabels labels) {
        double x = width - side - 22;
        double y = top + 22;
        Ellipse2D.Double back = new Ellipse2D.Double(x - 20, y - 24, 40, 52);
        c.fill(back, MapStyle.withAlpha(Color.WHITE, 210));
        labels.reserve(back.getBounds2D());
        Path2D.Double left = new Path2D.Double();
        left.moveTo(x, y - 18);
        left.lineTo(x - 9, y + 12);
        left.lineTo(x, y + 6);
        left.closePath();
        Path2D.Double right = new Path2D.Double();
        right.moveTo(x, y - 18);
        right.lineTo(x + 9, y + 12);
        right.lineTo(x, y + 6);
        right.closePath();
        c.fill(left, MapStyle.TEXT);
        c.fill(right, Color.WHITE);
        c.stroke(right, MapStyle.TEXT, 1f, null);
        c.text("N", x, y + 25, 12f, true, MapStyle.TEXT, MapCanvas.Anchor.MIDDLE, false);
    }
}
