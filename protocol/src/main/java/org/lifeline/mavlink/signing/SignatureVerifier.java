package org.lifeline.mavlink.signing;

import org.lifeline.mavlink.frame.Frame;

import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Verifies incoming signed frames and protects against replay, per the MAVLink 2 signing spec.
 *
 * <p>A stream is one (system id, component id, link id). Within a stream each accepted timestamp
 * must be strictly greater than the last. A stream seen for the first time is accepted only if its
 * timestamp is no more than {@code window} behind our own signing clock (the spec suggests one
 * minute), so an old recording cannot be replayed to a freshly started receiver. The number of
 * tracked streams is bounded so noise cannot grow the table without limit.
 *
 * <p>Thread-safe.
 */
public final class SignatureVerifier {

    /** The spec's suggested acceptance window for a new stream. */
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(1);
    private static final int MAX_STREAMS = 256;

    private final SigningKey key;
    private final SigningTimestamps clock;
    private final long windowUnits;
    private final Map<Integer, Long> streams = new HashMap<>();

    public SignatureVerifier(SigningKey key, SigningTimestamps clock, Duration window) {
        this.key = key;
        this.clock = clock;
        this.windowUnits = window.toNanos() / 10_000L;
    }

    public SignatureVerifier(SigningKey key, SigningTimestamps clock) {
        this(key, clock, DEFAULT_WINDOW);
    }

    /** Checks {@code frame}; on {@link SignatureCheck#VALID} the stream's timestamp advances. */
    public synchronized SignatureCheck verify(Frame frame) {
        if (!frame.isSigned()) {
            return SignatureCheck.UNSIGNED;
        }
        byte[] bytes = frame.bytes();
        int offset = frame.signatureOffset();
        byte[] expected = FrameSigner.signature(key, bytes, offset);
        byte[] actual = new byte[6];
        System.arraycopy(bytes, offset + 7, actual, 0, 6);
        if (!MessageDigest.isEqual(expected, actual)) {
            return SignatureCheck.BAD_SIGNATURE;
        }
        long timestamp = frame.signatureTimestamp();
        int stream = frame.systemId() << 16 | frame.componentId() << 8 | frame.signatureLinkId();
        Long last = streams.get(stream);
        if (last == null) {
            if (timestamp + windowUnits < clock.now()) {
                return SignatureCheck.TOO_OLD;
            }
            if (streams.size() >= MAX_STREAMS) {
                return SignatureCheck.TOO_MANY_STREAMS;
            }
        } else if (timestamp <= last) {
            return SignatureCheck.REPLAYED;
        }
        streams.put(stream, timestamp);
        clock.observe(timestamp);
        return SignatureCheck.VALID;
    }
}
