package org.lifeline.mavlink.frame;

/**
 * A streaming MAVLink frame parser that never loses a good frame to the noise before it.
 *
 * <p>Why not the MAVLink library's reader: after a checksum failure it can skip past the start of
 * the next good frame, which on a lossy radio turns one corrupted frame into two lost ones (and
 * mission-transfer retries). Here a candidate frame is judged only once all its bytes are present,
 * and a rejected candidate costs exactly its first byte: scanning restarts at the next magic byte
 * <em>after the bad frame's first byte</em>, so a good frame hidden inside the span a bad header
 * claimed is still found.
 *
 * <p>How a candidate starting at a magic byte is judged:
 * <ul>
 *   <li>MAVLink 2 with incompatibility flags other than "signed": rejected (the spec says drop).</li>
 *   <li>Known message id: the payload length must fit the message (MAVLink 1: between the base and
 *       the extended length; MAVLink 2: 1 to the extended length, because zero-truncation keeps at
 *       least one byte); then the checksum with the message's CRC_EXTRA decides.</li>
 *   <li>Unknown message id: there is no CRC_EXTRA, so the checksum cannot be checked. Such a
 *       candidate is accepted (passed on raw) only if no verified frame starts inside it and the
 *       byte after it is a magic byte (the next frame); noise claiming an unknown id is the common
 *       case and must not hide the good frame after it.</li>
 * </ul>
 *
 * <p>A candidate waits for its remaining bytes, so a frame after noise may be delivered only when
 * later bytes arrive (at most one maximum-length frame later). {@link #endOfInput()} settles
 * everything that is buffered when the input ends (end of a file, a closed link).
 *
 * <p>Not thread-safe: one reader thread feeds it. Listeners are called on that thread.
 */
public final class FrameParser {

    /** Receives each accepted frame. */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param frame the frame
         * @param spec  its message spec, or null when the id is unknown (frame passed on raw)
         */
        void onFrame(Frame frame, MessageSpec spec);
    }

    private static final int NEED_MORE = 0;
    private static final int KNOWN_OK = 1;
    private static final int UNKNOWN = 2;
    private static final int UNKNOWN_OK = 3;
    private static final int BAD_LENGTH = 4;
    private static final int BAD_INCOMPAT = 5;
    private static final int BAD_CRC = 6;
    private static final int BAD_UNVERIFIED = 7;
    private static final int BAD_TRUNCATED = 8;
    private static final int SLICE = 4096;

    private final MessageRegistry registry;
    private final Listener listener;
    private byte[] buf = new byte[2 * SLICE];
    private int start;
    private int end;
    private int candLength;
    private MessageSpec candSpec;

    private long bytes;
    private long frames;
    private long unknownFrames;
    private long crcFailures;
    private long lengthErrors;
    private long incompatRejected;
    private long unverifiedDropped;
    private long discardedBytes;

    public FrameParser(MessageRegistry registry, Listener listener) {
        if (registry == null || listener == null) {
            throw new IllegalArgumentException("registry and listener are required");
        }
        this.registry = registry;
        this.listener = listener;
    }

    /** Feeds {@code length} bytes of {@code data} from {@code offset}; delivers every frame they complete. */
    public void feed(byte[] data, int offset, int length) {
        int at = offset;
        int left = length;
        while (left > 0) {
            int n = Math.min(left, SLICE);
            append(data, at, n);
            bytes += n;
            process(false);
            at += n;
            left -= n;
        }
    }

    /** Feeds all of {@code data}. */
    public void feed(byte[] data) {
        feed(data, 0, data.length);
    }

    /**
     * The input has ended: settles every buffered candidate (an incomplete one is noise, an
     * unknown-id frame that ends exactly at the end is accepted) and empties the buffer.
     */
    public void endOfInput() {
        process(true);
        discardedBytes += end - start;
        start = 0;
        end = 0;
    }

    /** Bytes buffered while waiting for a candidate frame to complete. */
    public int pending() {
        return end - start;
    }

    public ParserStats stats() {
        return new ParserStats(bytes, frames, unknownFrames, crcFailures, lengthErrors, incompatRejected,
                unverifiedDropped, discardedBytes);
    }

    private void process(boolean draining) {
        while (true) {
            while (start < end && !Frame.isMagic(buf[start])) {
                start++;
                discardedBytes++;
            }
            if (start == end) {
                break;
            }
            int verdict = evaluate(start);
            if (verdict == UNKNOWN) {
                verdict = resolveUnknown(start, draining);
            }
            if (verdict == KNOWN_OK || verdict == UNKNOWN_OK) {
                emit(verdict == KNOWN_OK);
                continue;
            }
            if (verdict == NEED_MORE) {
                if (!draining) {
                    break;
                }
                verdict = BAD_TRUNCATED;
            }
            countBad(verdict);
            start++;
            discardedBytes++;
        }
        compact();
    }

    private void emit(boolean known) {
        int length = candLength;
        MessageSpec spec = known ? candSpec : null;
        byte[] copy = new byte[length];
        System.arraycopy(buf, start, copy, 0, length);
        start += length;
        if (known) {
            frames++;
        } else {
            unknownFrames++;
        }
        listener.onFrame(new Frame(copy), spec);
    }

    private void countBad(int verdict) {
        switch (verdict) {
            case BAD_CRC -> crcFailures++;
            case BAD_LENGTH -> lengthErrors++;
            case BAD_INCOMPAT -> incompatRejected++;
            case BAD_UNVERIFIED -> unverifiedDropped++;
            default -> { }
        }
    }

    /** Judges the candidate at {@code at}; sets {@link #candLength} and {@link #candSpec}. */
    private int evaluate(int at) {
        int avail = end - at;
        boolean v2 = (buf[at] & 0xFF) == Frame.MAGIC_V2;
        int header = v2 ? Frame.HEADER_V2 : Frame.HEADER_V1;
        if (avail < header) {
            return NEED_MORE;
        }
        int len = buf[at + 1] & 0xFF;
        int messageId;
        int frameLength;
        if (v2) {
            int incompat = buf[at + 2] & 0xFF;
            if ((incompat & ~Frame.IFLAG_SIGNED) != 0) {
                return BAD_INCOMPAT;
            }
            messageId = (buf[at + 7] & 0xFF) | (buf[at + 8] & 0xFF) << 8 | (buf[at + 9] & 0xFF) << 16;
            frameLength = header + len + Frame.CHECKSUM_LENGTH
                    + ((incompat & Frame.IFLAG_SIGNED) != 0 ? Frame.SIGNATURE_LENGTH : 0);
        } else {
            messageId = buf[at + 5] & 0xFF;
            frameLength = header + len + Frame.CHECKSUM_LENGTH;
        }
        MessageSpec spec = registry.get(messageId);
        candLength = frameLength;
        candSpec = spec;
        if (spec == null) {
            return UNKNOWN;
        }
        if (len > spec.maxLength() || (v2 ? len == 0 : len < spec.minLength())) {
            return BAD_LENGTH;
        }
        if (avail < frameLength) {
            return NEED_MORE;
        }
        int crc = Crc16.frameChecksum(buf, at, header - 1 + len, spec.crcExtra());
        int sent = (buf[at + header + len] & 0xFF) | (buf[at + header + len + 1] & 0xFF) << 8;
        return crc == sent ? KNOWN_OK : BAD_CRC;
    }

    /** Decides an unknown-id candidate whose header {@link #evaluate} just read. */
    private int resolveUnknown(int at, boolean draining) {
        int length = candLength;
        int limit = Math.min(end, at + length);
        for (int p = at + 1; p < limit; p++) {
            if (!Frame.isMagic(buf[p])) {
                continue;
            }
            int inner = evaluate(p);
            if (inner == KNOWN_OK) {
                return BAD_UNVERIFIED;
            }
            if (inner == NEED_MORE && !draining) {
                return NEED_MORE;
            }
        }
        candLength = length;
        candSpec = null;
        int avail = end - at;
        if (avail < length) {
            return draining ? BAD_TRUNCATED : NEED_MORE;
        }
        if (avail == length) {
            return draining ? UNKNOWN_OK : NEED_MORE;
        }
        return Frame.isMagic(buf[at + length]) ? UNKNOWN_OK : BAD_UNVERIFIED;
    }

    private void append(byte[] data, int offset, int length) {
        if (end + length > buf.length) {
            compact();
            if (end + length > buf.length) {
                byte[] bigger = new byte[Math.max(buf.length * 2, end + length)];
                System.arraycopy(buf, 0, bigger, 0, end);
                buf = bigger;
            }
        }
        System.arraycopy(data, offset, buf, end, length);
        end += length;
    }

    private void compact() {
        if (start == end) {
            start = 0;
            end = 0;
        } else if (start > 0) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
        }
    }
}
