package org.lifeline.groundstation.logs.archive;

import org.lifeline.tlog.TlogReader;
import org.lifeline.tlog.TlogRecord;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The time a {@code .tlog} covers (first and last valid record), found by a frame scan: how the
 * archive tells which of a folder's tlogs belong to a flight.
 */
public record TlogSpan(Path file, Instant first, Instant last) {

    /** The span of one tlog; empty when it holds no valid record (or cannot be read). */
    public static Optional<TlogSpan> of(Path tlog) {
        Instant first = null;
        Instant last = null;
        try (TlogReader r = TlogReader.open(tlog)) {
            for (TlogRecord rec : r) {
                Instant t = rec.time();
                if (first == null) {
                    first = t;
                }
                last = t;
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return first == null ? Optional.empty() : Optional.of(new TlogSpan(tlog, first, last));
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

    /** The {@code .tlog} files directly in {@code folder} that cover part of {@code from}..{@code to}. */
    public static List<TlogSpan> inFolder(Path folder, Instant from, Instant to) throws IOException {
        List<TlogSpan> out = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder,
                p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tlog") && Files.isRegularFile(p))) {
            for (Path p : files) {
                of(p).filter(s -> s.overlaps(from, to)).ifPresent(out::add);
            }
        }
        return out;
    }
}
