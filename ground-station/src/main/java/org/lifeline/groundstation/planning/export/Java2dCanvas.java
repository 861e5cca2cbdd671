package org.lifeline.groundstation.planning.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.GlyphVector;

/** {@link MapCanvas} on a Java2D graphics context (used for PNG through ImageIO). */
final class Java2dCanvas implements MapCanvas {

    private final Graphics2D g;

    Java2dCanvas(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    @Override
    public void fill(Shape shape, Color color) {
        g.setColor(color);
        g.fill(shape);
    }

    @Override
    public void stroke(Shape shape, Color color, float width, float[] dash) {
        g.setColor(color);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10, dash, 0));
        g.draw(shape);
    }

    @Override
    public void text(String text, double x, double y, float size, boolean bold, Color color, Anchor anchor,
                     boolean halo) {
        Font font = new Font(FONT_FAMILY, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont(size);
        GlyphVector glyphs = font.createGlyphVector(g.getFontRenderContext(), text);
        double w = glyphs.getLogicalBounds().getWidth();
        double left = anchor == Anchor.START ? x : anchor == Anchor.MIDDLE ? x - w / 2 : x - w;
        Shape outline = glyphs.getOutline((float) left, (float) y);
        if (halo) {
            g.setColor(MapStyle.HALO);
            g.setStroke(new BasicStroke(Math.max(2.5f, size / 4), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
        }
        g.setColor(color);
        g.fill(outline);
    }
}
