package org.lifeline.groundstation.planning.export;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Places map labels so that they do not cover each other or the symbols they name: each label
 * offers a few positions in order of preference (right of its point, left, above, below; or
 * above, below and inside a zone) and takes the first whose box is free. Labels are placed in
 * the order they are added, so the ones that matter most (the planned stops) go first. A label
 * with no free position takes its first choice rather than disappear.
 */
final class MapLabels {

    /** One line of a label. */
    record Line(String text, float size, boolean bold, Color color) {
    }

    /** Candidate top-left corners for a label block of the given size. */
    @FunctionalInterface
    interface Candidates {
        List<Point2D> at(double width, double height);
    }

    private record Pending(List<Line> lines, Candidates candidates) {
    }

    private static final double LINE_SPACING = 1.22;

    private final List<Rectangle2D> occupied = new ArrayList<>();
    private final List<Pending> pending = new ArrayList<>();

    /** Keeps labels off {@code box} (a marker, the legend, the scale bar). */
    void reserve(Rectangle2D box) {
        occupied.add(box);
    }

    void add(List<Line> lines, Candidates candidates) {
        pending.add(new Pending(List.copyOf(lines), candidates));
    }

    /** Right, left, above, below a point marker of radius {@code r}, vertically centred when beside. */
    static Candidates aroundPoint(double x, double y, double r) {
        return (w, h) -> List.of(new Point2D.Double(x + r + 3, y - h / 2), new Point2D.Double(x - r - 3 - w, y - h / 2),
                new Point2D.Double(x - w / 2, y - r - 2 - h), new Point2D.Double(x - w / 2, y + r + 2));
    }

    /** Centred above the box, below it, then inside its top. */
    static Candidates aroundBox(Rectangle2D box) {
        return (w, h) -> List.of(new Point2D.Double(box.getCenterX() - w / 2, box.getMinY() - h - 2),
                new Point2D.Double(box.getCenterX() - w / 2, box.getMaxY() + 2),
                new Point2D.Double(box.getCenterX() - w / 2, box.getMinY() + 4),
                new Point2D.Double(box.getMaxX() + 4, box.getCenterY() - h / 2),
                new Point2D.Double(box.getMinX() - w - 4, box.getCenterY() - h / 2));
    }

    void paint(MapCanvas c) {
        for (Pending p : pending) {
            double w = 0;
            double h = 0;
            for (Line l : p.lines()) {
                w = Math.max(w, c.textWidth(l.text(), l.size(), l.bold()));
                h += l.size() * LINE_SPACING;
            }
            List<Point2D> options = p.candidates().at(w, h);
            Rectangle2D chosen = null;
            for (Point2D o : options) {
                Rectangle2D box = new Rectangle2D.Double(o.getX(), o.getY(), w, h);
                if (free(box)) {
                    chosen = box;
                    break;
                }
            }
            if (chosen == null) {
                chosen = new Rectangle2D.Double(options.get(0).getX(), options.get(0).getY(), w, h);
            }
            occupied.add(chosen);
            double baseline = chosen.getY();
            for (Line l : p.lines()) {
                baseline += l.size() * LINE_SPACING;
                c.text(l.text(), chosen.getCenterX(), baseline - l.size() * 0.28, l.size(), l.bold(), l.color(),
                        MapCanvas.Anchor.MIDDLE, true);
            }
        }
    }

    private boolean free(Rectangle2D box) {
        for (Rectangle2D r : occupied) {
            if (r.intersects(box)) {
                return false;
            }
        }
        return true;
    }
}
