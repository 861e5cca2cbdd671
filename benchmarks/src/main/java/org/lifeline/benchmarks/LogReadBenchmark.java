package org.lifeline.benchmarks;

import org.lifeline.groundstation.logs.dataflash.DataflashMessage;
import org.lifeline.groundstation.logs.dataflash.DataflashReader;
import org.lifeline.groundstation.logs.read.FieldValues;
import org.lifeline.groundstation.logs.read.TlogMessages;
import org.lifeline.mavlink.frame.MessageRegistry;
import org.lifeline.mavlink.frame.PayloadCodec;
import org.lifeline.tlog.TlogReader;
import org.lifeline.tlog.TlogRecord;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Reading whole logs from memory: the bare frame scan (records found and checked, nothing decoded)
 * beside the full decode of every field of every message, for the SITL delivery tlog
 * ({@code -Dlifeline.tlog=PATH}, default {@code ../shared/data/sitl-delivery.tlog}) and a 64 MB
 * synthetic ArduCopter-like DataFlash log; plus the MAVLink library's reflective decoding of the
 * same tlog for comparison. Each op reads one whole file: MB/s = file size / (ms/op).
 * Run: {@code java -jar benchmarks/target/benchmarks.jar LogReadBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LogReadBenchmark {

    static final int BIN_BYTES = 64 << 20;

    byte[] tlog;
    byte[] bin;
    private final TlogMessages messages = TlogMessages.standard();
    private final PayloadCodec codec = new PayloadCodec(MessageRegistry.standard());

    /** The file sizes, printed once so the MB/s can be worked out from ms/op. */
    @Setup(Level.Trial)
    public void load() throws IOException {
        tlog = Files.readAllBytes(tlogPath());
        bin = SyntheticDataflash.generate(BIN_BYTES);
        System.out.printf("%n[log sizes] tlog %d bytes, bin %d bytes%n", tlog.length, bin.length);
    }

    static Path tlogPath() {
        return Path.of(System.getProperty("lifeline.tlog", "../shared/data/sitl-delivery.tlog"));
    }

    @Benchmark
    public long tlogFrameScan() throws IOException {
        long n = 0;
        try (TlogReader r = new TlogReader(new ByteArrayInputStream(tlog), "bench", MessageRegistry.standard())) {
            while (r.hasNext()) {
                n += r.next().frame().length();
            }
        }
        return n;
    }

    @Benchmark
    public void tlogFullDecode(Blackhole bh) {
        messages.read(new ByteArrayInputStream(tlog), "bench", (record, values) -> {
            if (values != null) {
                bh.consume(values.number(0));
            }
        });
    }

    /** {@link #tlogFullDecode} with each record's time decided by LogClock, as the report reads. */
    @Benchmark
    public void tlogFullDecodeTimed(Blackhole bh) {
        messages.readTimed(new ByteArrayInputStream(tlog), "bench", id -> true, (record, micros, values) -> {
            if (values != null) {
                bh.consume(values.number(0));
            }
            bh.consume(micros);
        });
    }

    @Benchmark
    public void tlogLibraryDecode(Blackhole bh) throws IOException {
        try (TlogReader r = new TlogReader(new ByteArrayInputStream(tlog), "bench", MessageRegistry.standard())) {
            while (r.hasNext()) {
                TlogRecord rec = r.next();
                bh.consume(codec.decode(rec.frame()));
            }
        }
    }

    @Benchmark
    public long binFrameScan() {
        return DataflashScan.scan(bin);
    }

    @Benchmark
    public void binFullDecode(Blackhole bh) throws IOException {
        try (DataflashReader r = new DataflashReader(new ByteArrayInputStream(bin), "bench")) {
            for (DataflashMessage m : r) {
                bh.consume(m);
            }
        }
    }

    /** Keeps FieldValues linked for the reader. */
    static double touch(FieldValues v) {
        return v.number(0);
    }
}
