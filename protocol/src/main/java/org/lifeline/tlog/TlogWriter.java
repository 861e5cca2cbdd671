package org.lifeline.tlog;

import org.lifeline.mavlink.frame.Frame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;

/**
 * Writes a {@code .tlog}: 8-byte big-endian µs timestamp + raw frame per record.
 *
 * <p>What goes in: signatures are stripped ({@link Frame#withoutSignature()}: the signed flag
 * cleared, the 13 bytes dropped and the checksum corrected for the cleared flag) so a log never
 * helps anyone forge signed traffic, and SETUP_SIGNING (id 256), which carries the key itself, is
 * never written.
 *
 * <p>Crash safety: records are collected in a buffer and written to the file only as whole
 * records, when the buffer would overflow, when {@code flushInterval} of log time has passed since
 * the last write (1 s by default), on {@link #flush()} and on {@link #close()} (which also forces
 * the data to disk). A crash loses at most the last interval, and the file on disk is always a
 * sequence of whole records that {@link TlogReader} reads. The file must not exist yet: an earlier
 * flight's log is never overwritten.
 *
 * <p>Thread-safe. Write failures never propagate (a failing log must not stop the link): the first
 * one is logged and kept ({@link #failure()}), and later records are dropped.
 */
public final class TlogWriter implements TlogSink, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TlogWriter.class);
    private static final int SETUP_SIGNING = 256;
    private static final int BUFFER = 64 * 1024;

    private final Path file;
    private final FileChannel channel;
    private final long flushIntervalMicros;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
    private long lastFlushMicros = Long.MIN_VALUE;
    private long records;
    private IOException failure;
    private boolean closed;

    private TlogWriter(Path file, FileChannel channel, Duration flushInterval) {
        this.file = file;
        this.channel = channel;
        this.flushIntervalMicros = flushInterval.toNanos() / 1_000L;
    }

    /** Creates {@code file} (which must not exist) and flushes at least once a second. */
    public static TlogWriter create(Path file) throws IOException {
        return create(file, Duration.ofSeconds(1));
    }

    /** Creates {@code file} (which must not exist) with the given flush interval. */
    public static TlogWriter create(Path file, Duration flushInterval) throws IOException {
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return new TlogWriter(file, channel, flushInterval);
        } catch (FileAlreadyExistsException e) {
            throw new FileAlreadyExistsException(file.toString(), null, "tlog already exists; choose a new file name");
        }
    }

    @Override
    public synchronized void record(long epochMicros, Frame frame) {
        if (closed || failure != null || frame.messageId() == SETUP_SIGNING) {
            return;
        }
        Frame stored = frame.withoutSignature();
        try {
            if (buffer.remaining() < 8 + stored.length()) {
                writeBuffer();
            }
            buffer.putLong(epochMicros);
            buffer.put(stored.bytes());
            records++;
            if (lastFlushMicros == Long.MIN_VALUE) {
                lastFlushMicros = epochMicros;
            } else if (epochMicros - lastFlushMicros >= flushIntervalMicros) {
                writeBuffer();
                lastFlushMicros = epochMicros;
            }
        } catch (IOException e) {
            fail(e);
        }
    }

    /** Writes buffered records to the file. */
    public synchronized void flush() {
        if (closed || failure != null) {
            return;
        }
        try {
            writeBuffer();
        } catch (IOException e) {
            fail(e);
        }
    }

    /** Records accepted so far (SETUP_SIGNING excluded). */
    public synchronized long records() {
        return records;
    }

    public Path file() {
        return file;
    }

    /** The first write failure, if any. */
    public synchronized Optional<IOException> failure() {
        return Optional.ofNullable(failure);
    }

    /** Writes what is buffered, forces it to disk and closes the file. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        try {
            if (failure == null) {
                writeBuffer();
                channel.force(true);
            }
        } catch (IOException e) {
            fail(e);
        } finally {
            closed = true;
            try {
                channel.close();
            } catch (IOException e) {
                LOG.warn("closing tlog {} failed: {}", file, e.getMessage());
            }
        }
    }

    private void writeBuffer() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }

    private void fail(IOException e) {
        failure = e;
        LOG.error("writing tlog {} failed; no more records will be written: {}", file, e.getMessage());
    }
}
