package org.lifeline.groundstation.logs.archive;

import org.lifeline.groundstation.logs.read.LogClock;
import org.lifeline.tlog.TlogReader;
import org.lifeline.tlog.TlogRecord;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The time a {@code .tlog} covers (first and last valid record, at times that can be true: see
 * {@link LogClock} — one garbage timestamp must not make a tlog cover every flight), and whether
 * the vehicle was armed when it ended (from the autopilot's heartbeats), found by a frame scan:
 * how the archive tells which of a folder's tlogs belong to a flight — those covering part of it,
 * and one that ended shortly before with the vehicle armed (the {@code vehicle start} that took
 * off).
 *
 * @param armedSince when the vehicle last armed, if it was still armed at the tlog's end
 */
public record TlogSpan(Path file, Instant first, Instant last, Optional<Instant> armedSince) {

    private static final int HEARTBEAT = 0;
    private static final int MAV_AUTOPILOT_INVALID = 8;
    private static final int ARMED_FLAG = 0x80;

    /** The span of one tlog; empty when it holds no valid record (or cannot be read). */
    public static Optional<TlogSpan> of(Path tlog) {
        Instant first = null;
        Instant last = null;
        Instant armedSince = null;
        try (TlogReader r = TlogReader.open(tlog)) {
            for (Iterator<LogClock.Timed<TlogRecord>> it = LogClock.over(r, LogClock.forTlog()); it.hasNext(); ) {
                LogClock.Timed<TlogRecord> timed = it.next();
                TlogRecord rec = timed.record();
                Instant t = SortieArchive.micros(timed.micros());
                if (first == null) {
                    first = t;
                }
                last = t;
                if (rec.frame().messageId() == HEARTBEAT) {
                    byte[] p = rec.frame().payload();
                    int autopilot = p.length > 5 ? p[5] & 0xFF : 0;
                    if (autopilot != MAV_AUTOPILOT_INVALID) {
                        boolean armed = p.length > 6 && (p[6] & ARMED_FLAG) != 0;
                        armedSince = armed ? (armedSince == null ? t : armedSince) : null;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return first == null ? Optional.empty() : Optional.of(new TlogSpan(tlog, first, last, Optional.ofNullable(armedSince)));
    }

    /** Whether this tlog covers any moment from {@code from} to {@code to}. */
    public boolean overlaps(Instant from, Instant to) {
        return !last.isBefore(from) && !first.isAfter(to);
    }

    /** Seconds of overlap with {@code from}..{@code to} (0 when none). */
    public double overlapSeconds(Instant from, Instant to) {
        Instant a = first.isAfter(from) ? first : from;
        Instant b = last.isBefore(to) ? last : to;
        return b.isAfter(a) ? (b.toEpochMilli() - a.toEpochMilli()) / 1000.0 : 0;
    }

    /**
     * The readable {@code .tlog} files directly in {@code folder} written to at or after
     * {@code notBefore} (older ones cannot cover a flight after it, and are not scanned).
     */
    public static List<TlogSpan> inFolder(Path folder, Instant notBefore) throws IOException {
        List<TlogSpan> out = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder,
                p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tlog") && Files.isRegularFile(p))) {
            for (Path p : files) {
                if (!Files.getLastModifiedTime(p).toInstant().isBefore(notBefore)) {
                    of(p).ifPresent(out::add);
                }
            }
        }
        return out;
    }
}
