package org.lifeline.benchmarks;

import org.lifeline.groundstation.logs.report.SortieReport;
import org.lifeline.groundstation.logs.report.SortieReports;
import org.lifeline.groundstation.logs.report.Thresholds;
import org.lifeline.mavlink.frame.MessageRegistry;
import org.lifeline.tlog.TlogReader;
import org.lifeline.tlog.TlogRecord;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The 1 GB report harness: writes a big tlog into a temporary folder by repeating the SITL delivery
 * tlog back to back (each copy's timestamps moved on past the previous copy's end), then times, in
 * this JVM, the bare frame scan and the whole sortie report of it, prints the heap's peak, and
 * deletes the file. Run with the heap the target names:
 * {@code java -Xmx256m -cp benchmarks/target/benchmarks.jar org.lifeline.benchmarks.BigTlogReport [GB] [tlog] [plan]}
 */
public final class BigTlogReport {

    private BigTlogReport() {
    }

    public static void main(String[] args) throws Exception {
        double gigabytes = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
        Path source = args.length > 1 ? Path.of(args[1]) : LogReadBenchmark.tlogPath();
        Path plan = args.length > 2 ? Path.of(args[2]) : source.resolveSibling("sitl-delivery.waypoints");
        Path dir = Files.createTempDirectory("lifeline-big-tlog");
        try {
            Path big = dir.resolve("big.tlog");
            long size = write(source, big, (long) (gigabytes * (1L << 30)));
            System.out.printf("wrote %s: %.2f GB%n", big, size / (double) (1L << 30));

            long t0 = System.nanoTime();
            long records = 0;
            try (TlogReader r = new TlogReader(new BufferedInputStream(Files.newInputStream(big), 1 << 16), big.toString(),
                    MessageRegistry.standard())) {
                while (r.hasNext()) {
                    r.next();
                    records++;
                }
            }
            double scan = (System.nanoTime() - t0) / 1e9;
            System.out.printf("frame scan: %d records in %.2f s (%.0f MB/s)%n", records, scan, size / 1e6 / scan);

            resetPeaks();
            long t1 = System.nanoTime();
            SortieReport report = SortieReports.report(big, Files.exists(plan) ? plan : null, Thresholds.defaults(), OptionalLong.empty());
            double seconds = (System.nanoTime() - t1) / 1e9;
            System.out.printf("report: %.2f s (%.0f MB/s), overall %s, %d messages, max heap %d MB, peak heap used %d MB%n",
                    seconds, size / 1e6 / seconds, report.overall(), report.flight().messages(),
                    Runtime.getRuntime().maxMemory() >> 20, peakHeap() >> 20);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Writes copies of {@code source} until {@code target} bytes; returns the size written. */
    static long write(Path source, Path big, long target) throws IOException {
        byte[] original = Files.readAllBytes(source);
        List<Integer> stamps = new ArrayList<>();
        long first = -1;
        long last = 0;
        try (TlogReader r = new TlogReader(new ByteArrayInputStream(original), source.toString(), MessageRegistry.standard())) {
            while (r.hasNext()) {
                TlogRecord rec = r.next();
                stamps.add((int) rec.offset());
                first = first < 0 ? rec.epochMicros() : first;
                last = Math.max(last, rec.epochMicros());
            }
        }
        long span = last - first + 1_000_000L;
        byte[] copy = original.clone();
        long written = 0;
        try (OutputStream out = Files.newOutputStream(big)) {
            for (int k = 0; written < target; k++) {
                long shift = k * span;
                for (int at : stamps) {
                    long t = 0;
                    for (int i = 0; i < 8; i++) {
                        t = t << 8 | (original[at + i] & 0xFF);
                    }
                    t += shift;
                    for (int i = 7; i >= 0; i--) {
                        copy[at + i] = (byte) t;
                        t >>>= 8;
                    }
                }
                out.write(copy);
                written += copy.length;
            }
        }
        return written;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
