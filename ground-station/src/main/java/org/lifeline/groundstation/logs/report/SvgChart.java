package org.lifeline.groundstation.logs.report;

import java.util.List;
import java.util.Locale;

/** Small inline SVG charts (no scripts, no fonts to fetch): line charts over time (the route map is {@link RouteMap}). */
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

    static String num(double v) {
        double a = Math.abs(v);
        return a >= 100 ? String.format(Locale.ROOT, "%.0f", v) : a >= 10 ? String.format(Locale.ROOT, "%.1f", v)
                : String.format(Locale.ROOT, "%.2f", v);
    }
}
