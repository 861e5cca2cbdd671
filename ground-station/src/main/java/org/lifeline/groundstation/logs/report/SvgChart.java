package org.lifeline.groundstation.logs.report;

import java.util.List;
import java.util.Locale;

/** Small inline SVG charts (no scripts, no fonts to fetch): line charts over time and the route map. */
final class SvgChart {

    static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e"};
    private static final int W = 760;
    private static final int H = 200;
    private static final int PAD = 44;

    private SvgChart() {
    }

    /** A line chart of some channels of a series, x in seconds from {@code t0}. */
    static String lines(String title, Series s, long t0, int[] channels, String[] names, String unit) {
        StringBuilder svg = new StringBuilder();
        svg.append("<figure><figcaption>").append(Html.escape(title)).append("</figcaption>");
        if (s.isEmpty()) {
            return svg.append("<p class=\"none\">not in this log</p></figure>").toString();
        }
        double x0 = 0;
        double x1 = Math.max(1e-6, (s.time(s.size() - 1) - t0) / 1e6);
        double y0 = Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        for (int c : channels) {
            for (int i = 0; i < s.size(); i++) {
                double v = s.value(c, i);
                if (Double.isFinite(v)) {
                    y0 = Math.min(y0, v);
                    y1 = Math.max(y1, v);
                }
            }
        }
        if (y0 > y1) {
            return svg.append("<p class=\"none\">no values</p></figure>").toString();
        }
        if (y1 - y0 < 1e-9) {
            y0 -= 1;
            y1 += 1;
        }
        svg.append(String.format(Locale.ROOT, "<svg viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\">", W, H, W, H));
        axes(svg, x0, x1, y0, y1, unit);
        for (int k = 0; k < channels.length; k++) {
            svg.append("<polyline fill=\"none\" stroke-width=\"1.5\" stroke=\"").append(COLOURS[k % COLOURS.length]).append("\" points=\"");
            int step = Math.max(1, s.size() / 1500);
            for (int i = 0; i < s.size(); i += step) {
                double v = s.value(channels[k], i);
                if (!Double.isFinite(v)) {
                    continue;
                }
                double x = PAD + (W - PAD - 10) * ((s.time(i) - t0) / 1e6 - x0) / (x1 - x0);
                double y = H - PAD / 2.0 - (H - PAD) * (v - y0) / (y1 - y0);
                svg.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            svg.append("\"/>");
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"%s\" font-size=\"11\">%s</text>",
                    W - 160, 14 + 13 * k, COLOURS[k % COLOURS.length], Html.escape(names[k])));
        }
        return svg.append("</svg></figure>").toString();
    }

    private static void axes(StringBuilder svg, double x0, double x1, double y0, double y1, String unit) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#fafafa\" stroke=\"#ccc\"/>",
                PAD, PAD / 2 - 12, W - PAD - 10, H - PAD + 12 - 10));
        for (int i = 0; i <= 4; i++) {
            double v = y0 + (y1 - y0) * i / 4;
            double y = H - PAD / 2.0 - (H - PAD) * i / 4.0;
            svg.append(String.format(Locale.ROOT, "<text x=\"2\" y=\"%.1f\" font-size=\"10\" fill=\"#555\">%s</text>", y + 3, num(v)));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"2\" y=\"10\" font-size=\"10\" fill=\"#555\">%s</text>", Html.escape(unit)));
        for (int i = 0; i <= 5; i++) {
            double v = x0 + (x1 - x0) * i / 5;
            double x = PAD + (W - PAD - 10) * i / 5.0;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" fill=\"#555\">%s s</text>", x - 8, H - 2, num(v)));
        }
    }

    /** The route map: planned legs dashed, flown track solid, drop point and release marked; metres east/north. */
    static String map(List<double[]> planned, List<double[]> flown, double[] drop, double[] release, List<List<double[]>> fences) {
        double minX = 0, maxX = 1, minY = 0, maxY = 1;
        boolean any = false;
        for (List<double[]> line : List.of(planned, flown)) {
            for (double[] p : line) {
                if (!any) {
                    minX = maxX = p[0];
                    minY = maxY = p[1];
                    any = true;
                }
                minX = Math.min(minX, p[0]);
                maxX = Math.max(maxX, p[0]);
                minY = Math.min(minY, p[1]);
                maxY = Math.max(maxY, p[1]);
            }
        }
        double span = Math.max(Math.max(maxX - minX, maxY - minY), 10) * 1.1;
        double cx = (minX + maxX) / 2;
        double cy = (minY + maxY) / 2;
        int size = 520;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\"><rect width=\"%d\" height=\"%d\" fill=\"#f4f8f4\" stroke=\"#ccc\"/>",
                size, size, size, size, size, size));
        java.util.function.Function<double[], String> pt = p -> String.format(Locale.ROOT, "%.1f,%.1f",
                size / 2.0 + (p[0] - cx) / span * size, size / 2.0 - (p[1] - cy) / span * size);
        for (List<double[]> fence : fences) {
            svg.append("<polygon fill=\"none\" stroke=\"#e377c2\" stroke-width=\"1\" points=\"");
            fence.forEach(p -> svg.append(pt.apply(p)).append(' '));
            svg.append("\"/>");
        }
        svg.append("<polyline fill=\"none\" stroke=\"#888\" stroke-width=\"2\" stroke-dasharray=\"6 4\" points=\"");
        planned.forEach(p -> svg.append(pt.apply(p)).append(' '));
        svg.append("\"/><polyline fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"1.5\" points=\"");
        int step = Math.max(1, flown.size() / 3000);
        for (int i = 0; i < flown.size(); i += step) {
            svg.append(pt.apply(flown.get(i))).append(' ');
        }
        svg.append("\"/>");
        if (drop != null) {
            String[] xy = pt.apply(drop).split(",");
            svg.append("<circle cx=\"").append(xy[0]).append("\" cy=\"").append(xy[1]).append("\" r=\"7\" fill=\"none\" stroke=\"#2ca02c\" stroke-width=\"2\"/>");
        }
        if (release != null) {
            String[] xy = pt.apply(release).split(",");
            svg.append("<circle cx=\"").append(xy[0]).append("\" cy=\"").append(xy[1]).append("\" r=\"4\" fill=\"#d62728\"/>");
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"8\" y=\"%d\" font-size=\"11\" fill=\"#333\">%s m across · dashed: planned · blue: flown · green ring: drop point · red dot: release</text>",
                size - 8, num(span)));
        return svg.append("</svg>").toString();
    }

    static String num(double v) {
        double a = Math.abs(v);
        return a >= 100 ? String.format(Locale.ROOT, "%.0f", v) : a >= 10 ? String.format(Locale.ROOT, "%.1f", v)
                : String.format(Locale.ROOT, "%.2f", v);
    }
}
