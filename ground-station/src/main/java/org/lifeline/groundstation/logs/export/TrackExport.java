package org.lifeline.groundstation.logs.export;

import org.lifeline.groundstation.logs.report.FlightRecord;
import org.lifeline.groundstation.logs.report.Series;

import java.time.Instant;
import java.util.Locale;

/**
 * The flown track (latitude, longitude, altitude above home, time) as GeoJSON, KML or GPX. The
 * track is the report's: every position while the log holds up to 20,000 of them, evenly thinned
 * beyond that. Altitudes are above home (KML: relativeToGround, GPX: ele).
 */
public final class TrackExport {

    private TrackExport() {
    }

    /** A FeatureCollection with one LineString feature ([lon, lat, alt] and a {@code times} property). */
    public static String geoJson(FlightRecord f) {
        Series s = f.track();
        StringBuilder coords = new StringBuilder();
        StringBuilder times = new StringBuilder();
        for (int i = 0; i < s.size(); i++) {
            if (i > 0) {
                coords.append(',');
                times.append(',');
            }
            coords.append(String.format(Locale.ROOT, "[%.7f,%.7f,%.2f]", s.value(1, i), s.value(0, i), s.value(2, i)));
            times.append('"').append(time(f, s.time(i))).append('"');
        }
        return "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":"
                + quote(f.source()) + ",\"altitude\":\"metres above home\",\"times\":[" + times
                + "]},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[" + coords + "]}}]}\n";
    }

    /** A KML document with a gx:Track (a when and a gx:coord per point). */
    public static String kml(FlightRecord f) {
        Series s = f.track();
        StringBuilder k = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<kml xmlns=\"http://www.opengis.net/kml/2.2\" xmlns:gx=\"http://www.google.com/kml/ext/2.2\">\n<Document><name>")
                .append(xml(f.source())).append("</name>\n<Placemark><name>flown track</name><gx:Track>"
                        + "<altitudeMode>relativeToGround</altitudeMode>\n");
        for (int i = 0; i < s.size(); i++) {
            k.append("<when>").append(time(f, s.time(i))).append("</when>\n");
        }
        for (int i = 0; i < s.size(); i++) {
            k.append(String.format(Locale.ROOT, "<gx:coord>%.7f %.7f %.2f</gx:coord>\n", s.value(1, i), s.value(0, i), s.value(2, i)));
        }
        return k.append("</gx:Track></Placemark>\n</Document></kml>\n").toString();
    }

    /** A GPX 1.1 track. */
    public static String gpx(FlightRecord f) {
        Series s = f.track();
        StringBuilder g = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<gpx version=\"1.1\" creator=\"lifeline\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n<trk><name>")
                .append(xml(f.source())).append("</name><trkseg>\n");
        for (int i = 0; i < s.size(); i++) {
            g.append(String.format(Locale.ROOT, "<trkpt lat=\"%.7f\" lon=\"%.7f\"><ele>%.2f</ele><time>%s</time></trkpt>\n",
                    s.value(0, i), s.value(1, i), s.value(2, i), time(f, s.time(i))));
        }
        return g.append("</trkseg></trk>\n</gpx>\n").toString();
    }

    private static String time(FlightRecord f, long logMicros) {
        long us = f.epochMicros(logMicros);
        return Instant.ofEpochSecond(Math.floorDiv(us, 1_000_000L), Math.floorMod(us, 1_000_000L) * 1000L).toString();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
