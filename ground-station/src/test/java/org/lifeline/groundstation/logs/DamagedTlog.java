package org.lifeline.groundstation.logs;

import org.lifeline.tlog.TlogReader;
import org.lifeline.tlog.TlogRecord;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A copy of a real tlog with some records' timestamps replaced, the way a damaged stretch leaves
 * them: the bytes before the record (the end of the previous record's frame) are overwritten too,
 * so the reader skips that record and resynchronises on this one's frame, taking the 8 garbage
 * bytes in front of it as its time. The first record of the file gets no damage before it (there
 * is nothing before it), so only its timestamp is wrong.
 */
public final class DamagedTlog {

    /** Where a record starts, its recorded time and message id. */
    public record Place(long offset, long micros, int messageId) {
    }

    private final byte[] bytes;
    public final List<Place> places;

    private DamagedTlog(byte[] bytes, List<Place> places) {
        this.bytes = bytes;
        this.places = places;
    }

    public static DamagedTlog of(Path original) throws IOException {
        List<Place> places = new ArrayList<>();
        try (TlogReader r = TlogReader.open(original)) {
            for (TlogRecord rec : r) {
                places.add(new Place(rec.offset(), rec.epochMicros(), rec.frame().messageId()));
            }
        }
        return new DamagedTlog(Files.readAllBytes(original), places);
    }

    /** The index of the first record at or after {@code fraction} of the file with message {@code id}. */
    public int find(double fraction, int id) {
        for (int i = (int) (places.size() * fraction); i < places.size(); i++) {
            if (places.get(i).messageId() == id) {
                return i;
            }
        }
        throw new IllegalArgumentException("no message " + id + " after " + fraction);
    }

    /** Stamps record {@code index} with {@code micros}, damaging the previous record's checksum (when there is one). */
    public void stamp(int index, long micros) {
        long at = places.get(index).offset();
        ByteBuffer.wrap(bytes, (int) at, 8).putLong(micros);
        if (index > 0) {
            bytes[(int) at - 1] ^= 0x5A; // the previous frame's checksum: that record is unreadable now
        }
    }

    /** A copy of this log without the records of message {@code id} (written to {@code file}, undamaged records only). */
    public Path without(int id, Path file) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length);
        for (int i = 0; i < places.size(); i++) {
            int from = (int) places.get(i).offset();
            int to = i + 1 < places.size() ? (int) places.get(i + 1).offset() : bytes.length;
            if (places.get(i).messageId() != id) {
                out.write(bytes, from, to - from);
            }
        }
        return Files.write(file, out.toByteArray());
    }

    public Path write(Path file) throws IOException {
        return Files.write(file, bytes);
    }
}
