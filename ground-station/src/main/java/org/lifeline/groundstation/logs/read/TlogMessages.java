package org.lifeline.groundstation.logs.read;

import org.lifeline.mavlink.frame.MessageRegistry;
import org.lifeline.tlog.TlogReader;
import org.lifeline.tlog.TlogRecord;
import org.lifeline.tlog.TlogSummary;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.IntPredicate;

/**
 * Reads a {@code .tlog} from start to end and hands every record, with every field decoded, to a
 * {@link Visitor}. Streaming and constant memory: damaged stretches are skipped by
 * {@link TlogReader} and reported in the returned summary, never thrown.
 */
public final class TlogMessages {

    /** Receives each record in file order. */
    @FunctionalInterface
    public interface Visitor {
        /**
         * @param record the record (timestamp, offset, frame)
         * @param values its decoded fields (reused: copy what you keep), or null when the message id is unknown
         */
        void message(TlogRecord record, FieldValues values);
    }

    /** Receives each record in file order with its time as a {@link LogClock} decided it. */
    @FunctionalInterface
    public interface TimedVisitor {
        /**
         * @param record the record (offset, frame, recorded timestamp)
         * @param micros its time, µs since the Unix epoch: the recorded one unless that cannot be true
         * @param values its decoded fields (reused: copy what you keep), or null when not decoded
         */
        void message(TlogRecord record, long micros, FieldValues values);
    }

    /** What a timed read made of a file: the reader's summary and the timestamps it did not believe. */
    public record TimedRead(TlogSummary summary, ClockRepairs times) {
    }

    private final MavlinkDecoder decoder;

    public TlogMessages(MavlinkDecoder decoder) {
        this.decoder = decoder;
    }

    /** With the standard table. */
    public static TlogMessages standard() {
        return new TlogMessages(new MavlinkDecoder(MavlinkSchema.standard()));
    }

    /** Reads {@code file}; an unreadable file is an IOException (opening), damage inside is in the summary. */
    public TlogSummary read(Path file, Visitor visitor) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(in, file.toString(), visitor);
        }
    }

    /** Reads a stream to its end. */
    public TlogSummary read(InputStream in, String source, Visitor visitor) {
        return read(in, source, id -> true, visitor);
    }

    /** Reads {@code file}, decoding only the message ids {@code wanted} accepts (others arrive with null values). */
    public TlogSummary read(Path file, IntPredicate wanted, Visitor visitor) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(in, file.toString(), wanted, visitor);
        }
    }

    /**
     * Reads {@code file} like {@link #read(Path, IntPredicate, Visitor)}, giving each record a time
     * that can be true ({@link LogClock}): garbage timestamps after damage are not believed.
     */
    public TimedRead readTimed(Path file, IntPredicate wanted, TimedVisitor visitor) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return readTimed(in, file.toString(), wanted, visitor);
        }
    }

    /** Reads a stream to its end like {@link #readTimed(Path, IntPredicate, TimedVisitor)}. */
    public TimedRead readTimed(InputStream in, String source, IntPredicate wanted, TimedVisitor visitor) {
        TlogReader reader = new TlogReader(in, source, MessageRegistry.standard());
        LogClock<TlogRecord> clock = LogClock.forTlog();
        FieldValues values = new FieldValues();
        Consumer<LogClock.Timed<TlogRecord>> decode = t -> {
            TlogRecord r = t.record();
            boolean decoded = r.verified() && wanted.test(r.frame().messageId()) && decoder.decode(r.frame(), values);
            visitor.message(r, t.micros(), decoded ? values : null);
        };
        while (reader.hasNext()) {
            clock.offer(reader.next(), decode);
        }
        clock.finish(decode);
        return new TimedRead(reader.summary(), clock.repairs());
    }

    /** Reads a stream to its end, decoding only the message ids {@code wanted} accepts. */
    public TlogSummary read(InputStream in, String source, IntPredicate wanted, Visitor visitor) {
        TlogReader reader = new TlogReader(in, source, MessageRegistry.standard());
        FieldValues values = new FieldValues();
        while (reader.hasNext()) {
            TlogRecord r = reader.next();
            boolean decoded = r.verified() && wanted.test(r.frame().messageId()) && decoder.decode(r.frame(), values);
            visitor.message(r, decoded ? values : null);
        }
        return reader.summary();
    }
}
