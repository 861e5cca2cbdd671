package org.lifeline.groundstation.logs.report;

import org.lifeline.plan.GeoPoint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link SortieReport} as one self-contained HTML page: inline CSS and SVG, no scripts,
 * no external resources, so it opens offline and can be mailed or archived as a single file.
 */
public final class HtmlReport {

    private static final int MAX_TEXTS = 300;

    private HtmlReport() {
    }

    public static String render(SortieReport r) {
        FlightRecord f = r.flight();
        long t0 = f.firstMicros == Long.MIN_VALUE ? 0 : f.firstMicros;
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sortie report — ")
                .append(Html.escape(f.source())).append("</title><style>")
                .append("body{font-family:sans-serif;margin:24px;color:#222;max-width:1100px}")
                .append("table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top;font-size:13px}")
                .append(".PASS{background:#d9f2d9}.WARN{background:#fff1c2}.FAIL{background:#f8d0d0}.NOT_APPLICABLE{background:#eee}")
                .append("figure{margin:12px 0}figcaption{font-weight:bold;font-size:13px}.none{color:#888}.verdict{font-size:20px;padding:6px 12px;display:inline-block}")
                .append("</style></head><body>");
        h.append("<h1>Sortie report</h1><p>").append(Html.escape(f.source())).append(" (").append(f.kind()).append(")");
        if (f.kind().equals("tlog") && f.firstMicros != Long.MIN_VALUE) {
            h.append(", recorded ").append(Instant.ofEpochSecond(t0 / 1_000_000)).append(" UTC");
        }
        h.append("</p><p class=\"verdict ").append(r.overall()).append("\">Overall: ").append(r.overall()).append("</p>");
        h.append("<table><tr><th>Duration</th><th>Distance flown</th><th>Highest</th><th>Fastest</th><th>Energy used</th><th>Messages</th></tr><tr>")
                .append(td(String.format(Locale.ROOT, "%.0f s", f.durationSeconds())))
                .append(td(String.format(Locale.ROOT, "%.2f km", f.distanceMetres / 1000)))
                .append(td(fmt(f.maxAltitude, "%.1f m"))).append(td(fmt(f.maxSpeed, "%.1f m/s")))
                .append(td(fmt(f.consumedWh, "%.1f Wh"))).append(td(String.valueOf(f.messages()))).append("</tr></table>");
        h.append("<h2>Checks</h2><table><tr><th>Check</th><th>Result</th><th>Value</th><th>Threshold</th><th>Why</th></tr>");
        for (Check c : r.checks()) {
            h.append("<tr class=\"").append(c.status()).append("\">").append(td(c.name())).append(td(c.status().toString()))
                    .append(td(c.value())).append(td(c.threshold())).append(td(c.explanation())).append("</tr>");
        }
        h.append("</table>");
        h.append("<h2>Route</h2><p>Planned route from the ").append(Html.escape(r.routeSource())).append(".</p>");
        h.append(RouteMap.render(r));
        r.drop().ifPresent(d -> h.append("<h2>Drop</h2><table>")
                .append(row("Drop point", point(d.dropPoint()))).append(row("Release found by", d.releaseSource()))
                .append(row("Released at", String.format(Locale.ROOT, "%.1f s into the log", (d.releaseMicros() - t0) / 1e6)))
                .append(row("Release position", point(d.release())))
                .append(row("Error", String.format(Locale.ROOT, "%.1f m (%.1f m north, %.1f m east)", d.errorMetres(), d.northMetres(), d.eastMetres())))
                .append(row("Speed at release", String.format(Locale.ROOT, "%.2f m/s", d.speed()))).append("</table>"));
        h.append("<h2>Flight</h2>");
        h.append(SvgChart.lines("Altitude above home", f.track, t0, new int[] {2}, new String[] {"altitude"}, "m"));
        h.append(SvgChart.lines("Ground speed", f.track, t0, new int[] {3}, new String[] {"speed"}, "m/s"));
        h.append(SvgChart.lines("Battery voltage", f.battery, t0, new int[] {0}, new String[] {"voltage"}, "V"));
        h.append(SvgChart.lines("Battery current", f.battery, t0, new int[] {1}, new String[] {"current"}, "A"));
        if (r.energy().isPresent()) {
            h.append(SvgChart.lines("Energy consumed against the planner's prediction", energySeries(f, r.energy().get()), t0,
                    new int[] {0, 1, 2}, new String[] {"consumed", "predicted", "usable before the reserve"}, "Wh"));
        } else {
            h.append(SvgChart.lines("Energy consumed", f.battery, t0, new int[] {2}, new String[] {"consumed"}, "Wh"));
        }
        h.append(agentTimeline(r, t0));
        h.append("<h2>Link</h2><table><tr><th>Sender (system/component)</th><th>Received</th><th>Lost (by sequence)</th><th>Loss</th></tr>");
        for (FlightRecord.LinkCount c : f.links()) {
            h.append("<tr>").append(td(c.source())).append(td(String.valueOf(c.received()))).append(td(String.valueOf(c.lost())))
                    .append(td(String.format(Locale.ROOT, "%.2f %%", c.lossPercent()))).append("</tr>");
        }
        h.append("</table>");
        h.append(SvgChart.lines("Radio RSSI and noise (RADIO_STATUS)", f.radio, t0, new int[] {0, 1, 2, 3},
                new String[] {"rssi", "remote rssi", "noise", "remote noise"}, ""));
        h.append("<h2>Health</h2>");
        h.append(SvgChart.lines("Vibration", f.vibration, t0, new int[] {0, 1, 2}, new String[] {"x", "y", "z"}, "m/s²"));
        h.append(SvgChart.lines("EKF variances", f.ekf, t0, new int[] {0, 1, 2, 3},
                new String[] {"velocity", "horizontal position", "vertical position", "compass"}, ""));
        h.append(SvgChart.lines("GPS HDOP", f.gps, t0, new int[] {1}, new String[] {"hdop"}, ""));
        h.append(SvgChart.lines("GPS satellites", f.gps, t0, new int[] {2}, new String[] {"satellites"}, ""));
        h.append("<h2>Modes</h2><table><tr><th>Time</th><th>Mode</th></tr>");
        for (FlightRecord.ModeChange m : f.modes) {
            h.append("<tr>").append(td(seconds(m.micros(), t0))).append(td(m.mode())).append("</tr>");
        }
        h.append("</table><h2>Messages from the vehicle</h2><table><tr><th>Time</th><th>Severity</th><th>Text</th></tr>");
        int n = 0;
        for (FlightRecord.LogText t : f.texts) {
            if (n++ >= MAX_TEXTS) {
                h.append("<tr><td colspan=\"3\">… ").append(f.texts.size() - MAX_TEXTS).append(" more</td></tr>");
                break;
            }
            h.append("<tr>").append(td(seconds(t.micros(), t0))).append(td(String.valueOf(t.severity()))).append(td(t.text())).append("</tr>");
        }
        h.append("</table><p>").append(Html.escape(f.readSummary())).append("</p></body></html>\n");
        return h.toString();
    }

    /** Consumed (log), predicted (planner, from arming) and the reserve line, at the log's battery sample times. */
    static Series energySeries(FlightRecord f, EnergyComparison e) {
        Series s = new Series(3, FlightRecord.SERIES);
        for (int i = 0; i < f.battery.size(); i++) {
            double sec = (f.battery.time(i) - e.startMicros()) / 1e6;
            s.add(f.battery.time(i), f.battery.value(2, i), predictedAt(e, sec), e.batteryWh() - e.reserveWh());
        }
        return s;
    }

    /** The predicted cumulative Wh {@code seconds} after arming (0 before, the total after the end). */
    static double predictedAt(EnergyComparison e, double seconds) {
        List<Double> ts = e.curveSeconds();
        List<Double> wh = e.curveWh();
        if (seconds <= 0) {
            return 0;
        }
        for (int k = 1; k < ts.size(); k++) {
            if (seconds <= ts.get(k)) {
                double span = ts.get(k) - ts.get(k - 1);
                double u = span <= 0 ? 1 : (seconds - ts.get(k - 1)) / span;
                return wh.get(k - 1) + u * (wh.get(k) - wh.get(k - 1));
            }
        }
        return wh.get(wh.size() - 1);
    }

    private static String agentTimeline(SortieReport r, long t0) {
        AgentEvents a = r.agent();
        StringBuilder h = new StringBuilder("<h2>Onboard agent</h2>");
        if (a.isEmpty()) {
            return h.append("<p class=\"none\">no agent events filed with this sortie</p>").toString();
        }
        record Line(long millis, String what, String parcel, String message) {
        }
        List<Line> lines = new ArrayList<>();
        a.events().forEach(e -> lines.add(new Line(e.timeMillis(), e.type().name(), e.parcelId().orElse(""), e.message())));
        a.statuses().forEach(s -> lines.add(new Line(s.timeMillis(), "agent " + s.state().name().toLowerCase(Locale.ROOT),
                "", s.agentVersion().isEmpty() ? "" : "version " + s.agentVersion())));
        lines.sort(java.util.Comparator.comparingLong(Line::millis));
        h.append("<table><tr><th>Time</th><th>UTC</th><th>What</th><th>Parcel</th><th>Message</th></tr>");
        for (Line l : lines) {
            h.append(l.what().equals("DROP_REFUSED") || l.what().equals("PARCEL_STUCK") ? "<tr class=\"FAIL\">" : "<tr>")
                    .append(td(ContextChecks.when(r.flight(), l.millis()))).append(td(Instant.ofEpochMilli(l.millis()).toString()))
                    .append(td(l.what())).append(td(l.parcel())).append(td(l.message())).append("</tr>");
        }
        return h.append("</table>").toString();
    }

    private static String point(GeoPoint p) {
        return String.format(Locale.ROOT, "%.7f, %.7f at %.1f m above home", p.latitude(), p.longitude(), p.altitude());
    }

    private static String seconds(long micros, long t0) {
        return String.format(Locale.ROOT, "%.1f s", (micros - t0) / 1e6);
    }

    private static String fmt(double v, String format) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, format, v);
    }

    private static String td(String s) {
        return "<td>" + Html.escape(s) + "</td>";
    }

    private static String row(String k, String v) {
        return "<tr><th>" + Html.escape(k) + "</th>" + td(v) + "</tr>";
    }
}
