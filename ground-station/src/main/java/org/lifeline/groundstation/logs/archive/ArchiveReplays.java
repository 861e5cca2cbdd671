package org.lifeline.groundstation.logs.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.lifeline.groundstation.logs.report.FlightRecord;
import org.lifeline.groundstation.logs.report.Series;
import org.lifeline.groundstation.logs.report.SortieReports;
import org.lifeline.plan.GeoPoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads filed sorties back for replay: the index, each sortie's {@code report.json} (route, drop
 * point, release) and its tlogs (the flown track, read with the log readers). A sortie is only
 * found by an id in the index, so no request names a file outside the archive. The last few
 * replays are kept in memory, keyed by the sortie's files' modification times, since reading a
 * long tlog takes a moment.
 */
public final class ArchiveReplays {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CACHED = 8;

    private record Cached(long stamp, SortieReplay replay) {
    }

    private final SortieArchive archive;
    private final Map<String, Cached> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > CACHED;
        }
    };

    public ArchiveReplays(Path archiveRoot) {
        this.archive = new SortieArchive(archiveRoot, DeliverySource.none());
    }

    /** Every filed sortie, newest first; empty when nothing was filed yet. */
    public List<SortieEntry> list() throws IOException {
        List<SortieEntry> all = new ArrayList<>(archive.list());
        java.util.Collections.reverse(all);
        return all;
    }

    /** The sortie filed as {@code id}, or empty when the index has none. */
    public Optional<SortieEntry> entry(String id) throws IOException {
        return archive.list().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The HTML report of sortie {@code id}, when it was filed. */
    public Optional<Path> reportHtml(String id) throws IOException {
        Optional<SortieEntry> e = entry(id);
        if (e.isEmpty() || !e.get().files().contains("report.html")) {
            return Optional.empty();
        }
        Path file = folder(id).resolve("report.html");
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Sortie {@code id} for replay, or empty when the index has none. */
    public Optional<SortieReplay> replay(String id) throws IOException {
        Optional<SortieEntry> found = entry(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SortieEntry entry = found.get();
        long stamp = stamp(entry);
        synchronized (cache) {
            Cached c = cache.get(id);
            if (c != null && c.stamp() == stamp && c.replay().entry().equals(entry)) {
                return Optional.of(c.replay());
            }
        }
        SortieReplay replay = read(entry);
        synchronized (cache) {
            cache.put(id, new Cached(stamp, replay));
        }
        return Optional.of(replay);
    }

    private Path folder(String id) {
        return archive.root().resolve("sorties").resolve(id);
    }

    private long stamp(SortieEntry entry) throws IOException {
        long s = 0;
        for (String f : entry.files()) {
            Path p = folder(entry.id()).resolve(f);
            if (Files.isRegularFile(p)) {
                s = s * 31 + Files.getLastModifiedTime(p).toMillis() + Files.size(p);
            }
        }
        return s;
    }

    private SortieReplay read(SortieEntry entry) throws IOException {
        Path dir = folder(entry.id());
        List<GeoPoint> route = new ArrayList<>();
        Optional<GeoPoint> dropPoint = Optional.empty();
        Optional<GeoPoint> release = Optional.empty();
        OptionalLong releaseMillis = OptionalLong.empty();
        Path reportJson = dir.resolve("report.json");
        if (entry.files().contains("report.json") && Files.isRegularFile(reportJson)) {
            JsonNode report;
            try {
                report = JSON.readTree(reportJson.toFile());
            } catch (com.fasterxml.jackson.core.JacksonException e) {
                throw new IOException(reportJson + ": not a sortie report (" + e.getOriginalMessage() + ")", e);
            }
            report.path("route").forEach(p -> point(p).ifPresent(route::add));
            JsonNode drop = report.path("drop");
            if (drop.isObject()) {
                dropPoint = point(drop.path("dropPoint"));
                release = point(drop.path("release"));
                if (drop.path("releaseMicros").canConvertToLong() && drop.path("releaseMicros").asLong() > 0) {
                    releaseMillis = OptionalLong.of(drop.path("releaseMicros").asLong() / 1000);
                }
            }
        }
        List<SortieReplay.Sample> track = track(dir, entry);
        return new SortieReplay(entry, route, track, dropPoint, release, releaseMillis, entry.files().contains("report.html"));
    }

    /** The track of the sortie's longest readable tlog, between its start and end, thinned to {@link SortieReplay#MAX_POINTS}. */
    private static List<SortieReplay.Sample> track(Path dir, SortieEntry entry) {
        FlightRecord best = null;
        for (String f : entry.files()) {
            if (!f.endsWith(".tlog")) {
                continue;
            }
            try {
                FlightRecord r = SortieReports.readLog(dir.resolve(f));
                if (best == null || r.track().size() > best.track().size()) {
                    best = r;
                }
            } catch (IOException | RuntimeException unreadable) {
                // a damaged tlog is left out; the report said so when the sortie was filed
            }
        }
        if (best == null) {
            return List.of();
        }
        long from = micros(entry.start());
        long to = micros(entry.end());
        return samples(best.track(), best.battery(), from, to);
    }

    /** The samples of {@code track} (lat, lon, alt, speed) with a position, within {@code from..to} µs, at most MAX_POINTS. */
    static List<SortieReplay.Sample> samples(Series track, Series battery, long from, long to) {
        List<Integer> inside = new ArrayList<>();
        for (int i = 0; i < track.size(); i++) {
            long t = track.time(i);
            double lat = track.value(0, i);
            double lon = track.value(1, i);
            if (t >= from && t <= to && !(lat == 0 && lon == 0) && Double.isFinite(lat) && Double.isFinite(lon)) {
                inside.add(i);
            }
        }
        int n = inside.size();
        int keep = Math.min(n, SortieReplay.MAX_POINTS);
        List<SortieReplay.Sample> out = new ArrayList<>(keep);
        for (int k = 0; k < keep; k++) {
            int i = inside.get(keep == 1 ? 0 : (int) Math.round((double) k * (n - 1) / (keep - 1)));
            long t = track.time(i);
            out.add(new SortieReplay.Sample(t / 1000, track.value(0, i), track.value(1, i), track.value(2, i), track.value(3, i),
                    battery.isEmpty() ? Double.NaN : battery.at(0, t)));
        }
        return out;
    }

    private static long micros(String iso) {
        Instant i = Instant.parse(iso);
        return i.getEpochSecond() * 1_000_000L + i.getNano() / 1000;
    }

    private static Optional<GeoPoint> point(JsonNode p) {
        if (!p.path("lat").isNumber() || !p.path("lon").isNumber()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new GeoPoint(p.path("lat").asDouble(), p.path("lon").asDouble(), p.path("altitude").asDouble(0)));
        } catch (IllegalArgumentException outOfRange) {
            return Optional.empty();
        }
    }
}
