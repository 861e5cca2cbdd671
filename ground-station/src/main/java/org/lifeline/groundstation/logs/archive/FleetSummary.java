package org.lifeline.groundstation.logs.archive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sorties summed per day and vehicle: how many, km flown, deliveries, drop accuracy (median and
 * worst), energy per km and the lowest cell voltage (battery wear shows as Wh/km rising and the
 * sag deepening across days), and incidents (failed checks). As CSV and as one HTML page.
 */
public final class FleetSummary {

    /** One day of one vehicle. */
    public record Row(String day, String vehicle, int sorties, double km, int deliveries, int drops,
                      double dropMedianMetres, double dropWorstMetres, double whPerKm, double minCellVolts, int incidents) {
    }

    private FleetSummary() {
    }

    public static List<Row> rows(List<SortieEntry> sorties) {
        Map<String, List<SortieEntry>> groups = new TreeMap<>();
        for (SortieEntry e : sorties) {
            groups.computeIfAbsent(e.day() + "\u0000" + e.vehicle(), k -> new ArrayList<>()).add(e);
        }
        List<Row> out = new ArrayList<>();
        groups.forEach((key, list) -> {
            double km = list.stream().mapToDouble(SortieEntry::distanceMetres).sum() / 1000;
            double[] drops = list.stream().mapToDouble(SortieEntry::dropErrorMetres).filter(d -> d >= 0).sorted().toArray();
            double wh = list.stream().mapToDouble(SortieEntry::consumedWh).filter(v -> v >= 0).sum();
            double cell = list.stream().mapToDouble(SortieEntry::minCellVolts).filter(v -> v > 0).min().orElse(Double.NaN);
            out.add(new Row(list.get(0).day(), list.get(0).vehicle(), list.size(), km,
                    list.stream().mapToInt(e -> e.deliveries().size()).sum(), drops.length,
                    drops.length == 0 ? Double.NaN : median(drops), drops.length == 0 ? Double.NaN : drops[drops.length - 1],
                    km > 0 ? wh / km : Double.NaN, cell, list.stream().mapToInt(e -> e.incidents().size()).sum()));
        });
        return out;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static final List<String> COLUMNS = Arrays.asList("day", "vehicle", "sorties", "km", "deliveries", "drops",
            "drop_median_m", "drop_worst_m", "wh_per_km", "min_cell_volts", "incidents");

    public static String csv(List<Row> rows) {
        StringBuilder s = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (Row r : rows) {
            s.append(String.join(",", cells(r))).append('\n');
        }
        return s.toString();
    }

    public static String html(List<Row> rows) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Fleet summary</title>"
                + "<style>body{font-family:sans-serif;margin:24px}table{border-collapse:collapse}td,th{border:1px solid #ccc;"
                + "padding:4px 8px;font-size:13px}.bad{background:#f8d0d0}</style></head><body><h1>Fleet summary</h1><table><tr>");
        COLUMNS.forEach(c -> h.append("<th>").append(c.replace('_', ' ')).append("</th>"));
        h.append("</tr>");
        for (Row r : rows) {
            h.append(r.incidents() > 0 ? "<tr class=\"bad\">" : "<tr>");
            for (String c : cells(r)) {
                h.append("<td>").append(c.replace("&", "&amp;").replace("<", "&lt;")).append("</td>");
            }
            h.append("</tr>");
        }
        return h.append("</table></body></html>\n").toString();
    }

    private static List<String> cells(Row r) {
        return List.of(r.day(), r.vehicle().replace(",", " "), String.valueOf(r.sorties()), f(r.km(), 3), String.valueOf(r.deliveries()),
                String.valueOf(r.drops()), f(r.dropMedianMetres(), 1), f(r.dropWorstMetres(), 1), f(r.whPerKm(), 2),
                f(r.minCellVolts(), 2), String.valueOf(r.incidents()));
    }

    private static String f(double v, int decimals) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
