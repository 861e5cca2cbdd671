package org.lifeline.groundstation.planning.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;

/**
 * The few drawing operations a map needs, in pixel coordinates (y down). {@link MapPainter}
 * draws once against this interface; Java2D (PNG) and hand-written SVG implement it, so the two
 * outputs cannot drift apart.
 */
interface MapCanvas {

    /** Where a label sits relative to its anchor point. */
    enum Anchor { START, MIDDLE, END }

    String FONT_FAMILY = "DejaVu Sans";

    void fill(Shape shape, Color color);

    /** Strokes an outline; {@code dash} is null for a solid line. */
    void stroke(Shape shape, Color color, float width, float[] dash);

    /** Draws text whose baseline starts (or is centred, or ends) at x, y, over a white halo when asked. */
    void text(String text, double x, double y, float size, boolean bold, Color color, Anchor anchor, boolean halo);

    /** Width in pixels of {@code text}, for laying out the legend. */
    default double textWidth(String text, float size, boolean bold) {
        Font font = new Font(FONT_FAMILY, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont(size);
        return font.getStringBounds(text, new FontRenderContext(new AffineTransform(), true, true)).getWidth();
    }
}
