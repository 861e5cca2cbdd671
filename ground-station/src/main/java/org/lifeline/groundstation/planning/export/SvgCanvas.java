package org.lifeline.groundstation.planning.export;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.util.Locale;

/** {@link MapCanvas} that writes SVG 1.1 elements by hand (no library needed to read or write it). */
final class SvgCanvas implements MapCanvas {

    private final StringBuilder svg = new StringBuilder(64 * 1024);
    private final int width;
    private final int height;

    SvgCanvas(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public void fill(Shape shape, Color color) {
        svg.append("<path d=\"").append(path(shape)).append("\" fill=\"").append(MapStyle.hex(color)).append('"');
        opacity("fill-opacity", color);
        svg.append(" fill-rule=\"evenodd\"/>\n");
    }

    @Override
    public void stroke(Shape shape, Color color, float width, float[] dash) {
        svg.append("<path d=\"").append(path(shape)).append("\" fill=\"none\" stroke=\"").append(MapStyle.hex(color))
                .append("\" stroke-width=\"").append(num(width)).append("\" stroke-linecap=\"round\" stroke-linejoin=\"round\"");
        opacity("stroke-opacity", color);
        if (dash != null) {
            svg.append(" stroke-dasharray=\"");
            for (int i = 0; i < dash.length; i++) {
                svg.append(i == 0 ? "" : " ").append(num(dash[i]));
            }
            svg.append('"');
        }
        svg.append("/>\n");
    }

    @Override
    public void text(String text, double x, double y, float size, boolean bold, Color color, Anchor anchor,
                     boolean halo) {
        svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-family=\"")
                .append(FONT_FAMILY).append(", sans-serif\" font-size=\"").append(num(size)).append('"');
        if (bold) {
            svg.append(" font-weight=\"bold\"");
        }
        svg.append(" text-anchor=\"").append(anchor == Anchor.START ? "start" : anchor == Anchor.MIDDLE ? "middle" : "end")
                .append("\" fill=\"").append(MapStyle.hex(color)).append('"');
        if (halo) {
            svg.append(" stroke=\"#ffffff\" stroke-opacity=\"0.86\" stroke-width=\"").append(num(Math.max(2.5f, size / 4)))
                    .append("\" stroke-linejoin=\"round\" paint-order=\"stroke\"");
        }
        svg.append('>').append(KmlExporter.esc(text)).append("</text>\n");
    }

    /** The complete document. */
    String document() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\""
                + width + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height + "\">\n" + svg + "</svg>\n";
    }

    private void opacity(String attribute, Color c) {
        if (c.getAlpha() < 255) {
            svg.append(' ').append(attribute).append("=\"").append(num(c.getAlpha() / 255.0)).append('"');
        }
    }

    private static String path(Shape shape) {
        StringBuilder d = new StringBuilder();
        double[] p = new double[6];
        for (PathIterator it = shape.getPathIterator(null, 0.25); !it.isDone(); it.next()) {
            switch (it.currentSegment(p)) {
                case PathIterator.SEG_MOVETO -> d.append('M').append(num(p[0])).append(' ').append(num(p[1]));
                case PathIterator.SEG_LINETO -> d.append('L').append(num(p[0])).append(' ').append(num(p[1]));
                case PathIterator.SEG_CLOSE -> d.append('Z');
                default -> throw new IllegalStateException("a flattened path has only lines");
            }
        }
        return d.toString();
    }

    private static String num(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s.equals("-0") ? "0" : s;
    }
}
