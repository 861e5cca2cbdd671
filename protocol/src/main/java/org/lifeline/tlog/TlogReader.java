package org.lifeline.tlog;

import org.lifeline.mavlink.frame.Crc16;
import org.lifeline.mavlink.frame.Frame;
import org.lifeline.mavlink.frame.MessageRegistry;
import org.lifeline.mavlink.frame.MessageSpec;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Reads {@code .tlog} records (8-byte big-endian µs timestamp + one MAVLink frame) from a stream,
 * one at a time, in constant memory.
 *
 * <p>There is no length field, so the reader trusts nothing: a record is accepted only if a magic
 * byte follows the timestamp, the payload length suits the message, and the checksum matches
 * (CRC_EXTRA known) — or, for an unknown message id, the next record starts right after it (or the
 * file ends there). Anything else is skipped one byte at a time until records line up again, and
 * reported in the {@link #summary()}, never thrown: a damaged log still yields every readable
 * record, and a file cut off mid-record (a crashed recorder) is reported as a truncated tail.
 *
 * <p>Not thread-safe.
 */
public final class TlogReader implements Iterator<TlogRecord>, Iterable<TlogRecord>, AutoCloseable {

    private static final int TIMESTAMP = 8;
    private static final int INVALID = -1;
    private static final int INCOMPLETE = -2;

    private final InputStream in;
    private final String source;
    private final MessageRegistry registry;
    private final byte[] buf = new byte[64 * 1024];
    private int start;
    private int end;
    private long bufferOffset;
    private boolean eof;
    private TlogRecord next;
    private boolean verified;

    private long records;
    private long unverified;
    private long skipped;
    private long regions;
    private long firstSkip = -1;
    private long lastSkipEnd = -1;
    private long truncatedTail;
    private String readError;

    public TlogReader(InputStream in, String source, MessageRegistry registry) {
        this.in = in;
        this.source = source;
        this.registry = registry;
    }

    /** Opens a tlog file with the standard message table. */
    public static TlogReader open(Path file) throws IOException {
        return new TlogReader(new BufferedInputStream(Files.newInputStream(file)), file.toString(), MessageRegistry.standard());
    }

    @Override
    public Iterator<TlogRecord> iterator() {
        return this;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public TlogRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more records in " + source);
        }
        TlogRecord r = next;
        next = null;
        return r;
    }

    /** What has been read and skipped so far (complete once {@link #hasNext()} returned false). */
    public TlogSummary summary() {
        return new TlogSummary(source, records, unverified, skipped, regions, firstSkip, truncatedTail, readError);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private TlogRecord advance() {
        while (true) {
            fill(TIMESTAMP + Frame.MAX_LENGTH + TIMESTAMP + 1);
            int available = end - start;
            if (available == 0) {
                return null;
            }
            int length = judge(start);
            if (length > 0) {
                return emit(length);
            }
            if (length == INCOMPLETE && eof && bufferOffset + start != lastSkipEnd && !anyRecordAfter(start)
                    && (available < TIMESTAMP + 1 || Frame.isMagic(buf[start + TIMESTAMP]))) {
                // right after a good record, the start of one that never ends: the recorder stopped
                truncatedTail = available;
                start = end;
                return null;
            }
            skip();
        }
    }

    private TlogRecord emit(int frameLength) {
        long timestamp = 0;
        for (int i = 0; i < TIMESTAMP; i++) {
            timestamp = timestamp << 8 | (buf[start + i] & 0xFF);
        }
        byte[] frame = new byte[frameLength];
        System.arraycopy(buf, start + TIMESTAMP, frame, 0, frameLength);
        long offset = bufferOffset + start;
        start += TIMESTAMP + frameLength;
        records++;
        if (!verified) {
            unverified++;
        }
        return new TlogRecord(timestamp, offset, new Frame(frame), verified);
    }

    private void skip() {
        long offset = bufferOffset + start;
        if (offset != lastSkipEnd) {
            regions++;
            if (firstSkip < 0) {
                firstSkip = offset;
            }
        }
        lastSkipEnd = offset + 1;
        skipped++;
        start++;
    }

    /** Whether a complete record starts anywhere after {@code at} (used to tell a truncated tail from garbage). */
    private boolean anyRecordAfter(int at) {
        for (int p = at + 1; p < end; p++) {
            if (judge(p) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The frame length of a valid record at {@code at}, or {@link #INVALID} / {@link #INCOMPLETE}. */
    private int judge(int at) {
        int avail = end - at;
        if (avail < TIMESTAMP + 1) {
            return INCOMPLETE;
        }
        int f = at + TIMESTAMP;
        if (!Frame.isMagic(buf[f])) {
            return INVALID;
        }
        boolean v2 = (buf[f] & 0xFF) == Frame.MAGIC_V2;
        int header = v2 ? Frame.HEADER_V2 : Frame.HEADER_V1;
        if (avail < TIMESTAMP + header) {
            return INCOMPLETE;
        }
        int len = buf[f + 1] & 0xFF;
        int incompat = v2 ? buf[f + 2] & 0xFF : 0;
        if ((incompat & ~Frame.IFLAG_SIGNED) != 0) {
            return INVALID;
        }
        int messageId = v2 ? (buf[f + 7] & 0xFF) | (buf[f + 8] & 0xFF) << 8 | (buf[f + 9] & 0xFF) << 16 : buf[f + 5] & 0xFF;
        int frameLength = header + len + Frame.CHECKSUM_LENGTH + ((incompat & Frame.IFLAG_SIGNED) != 0 ? Frame.SIGNATURE_LENGTH : 0);
        if (avail < TIMESTAMP + frameLength) {
            return INCOMPLETE;
        }
        MessageSpec spec = registry.get(messageId);
        if (spec == null) {
            verified = false;
            int nextRecord = f + frameLength;
            if (nextRecord == end && eof) {
                return frameLength;
            }
            if (end - nextRecord < TIMESTAMP + 1) {
                return eof ? frameLength : INCOMPLETE;
            }
            return Frame.isMagic(buf[nextRecord + TIMESTAMP]) ? frameLength : INVALID;
        }
        verified = true;
        if (len > spec.maxLength() || (v2 ? len == 0 : len < spec.minLength())) {
            return INVALID;
        }
        int crc = Crc16.frameChecksum(buf, f, header - 1 + len, spec.crcExtra());
        int sent = (buf[f + header + len] & 0xFF) | (buf[f + header + len + 1] & 0xFF) << 8;
        return crc == sent ? frameLength : INVALID;
    }

    /** Reads until {@code wanted} bytes are buffered or the stream ends. */
    private void fill(int wanted) {
        if (eof || end - start >= wanted) {
            return;
        }
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, end - start);
            bufferOffset += start;
            end -= start;
            start = 0;
        }
        try {
            while (end - start < wanted && end < buf.length) {
                int n = in.read(buf, end, buf.length - end);
                if (n < 0) {
                    eof = true;
                    return;
                }
                end += n;
            }
        } catch (IOException e) {
            readError = e.getClass().getSimpleName() + ": " + e.getMessage();
            eof = true;
        }
    }
}
