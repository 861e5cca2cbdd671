package org.lifeline.groundstation.logs.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which tlog a filed sortie is reported from. A flight is often recorded in pieces — the
 * {@code vehicle start} that took off, then the {@code vehicle watch} that followed it — one after
 * the other. When the pieces covering the flight do not overlap in time, they are joined in time
 * order into one temporary tlog (a tlog is a plain sequence of timestamped frames, so
 * concatenation is a valid tlog) and the report covers the whole flight; when they overlap (two
 * links recording at once), the one covering most of the flight is reported.
 */
final class TlogMerge {

    private TlogMerge() {
    }

    static Path reportSource(List<TlogSpan> spans, Instant from, Instant to) throws IOException {
        List<TlogSpan> covering = spans.stream().filter(s -> s.overlapSeconds(from, to) > 0)
                .sorted(Comparator.comparing(TlogSpan::first)).toList();
        if (covering.size() >= 2 && sequential(covering)) {
            String name = covering.stream().map(s -> stem(s.file())).collect(Collectors.joining("+")) + ".tlog";
            Path dir = Files.createTempDirectory("lifeline-sortie");
            Path merged = dir.resolve(name);
            try (OutputStream out = Files.newOutputStream(merged)) {
                for (TlogSpan s : covering) {
                    Files.copy(s.file(), out);
                }
            }
            return merged;
        }
        TlogSpan best = spans.get(0);
        for (TlogSpan s : spans) {
            if (s.overlapSeconds(from, to) > best.overlapSeconds(from, to)) {
                best = s;
            }
        }
        return best.file();
    }

    /** Removes a joined temporary tlog (never one of the flight's own files). */
    static void deleteIfMerged(Path reported, List<Path> originals) throws IOException {
        List<Path> own = new ArrayList<>();
        for (Path p : originals) {
            own.add(p.toAbsolutePath().normalize());
        }
        if (!own.contains(reported.toAbsolutePath().normalize())) {
            Files.deleteIfExists(reported);
            Files.deleteIfExists(reported.getParent());
        }
    }

    private static boolean sequential(List<TlogSpan> sorted) {
        for (int i = 1; i < sorted.size(); i++) {
            if (!sorted.get(i).first().isAfter(sorted.get(i - 1).last())) {
                return false;
            }
        }
        return true;
    }

    private static String stem(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
