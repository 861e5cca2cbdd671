package org.lifeline.mavlink.signing;

import org.lifeline.mavlink.frame.FrameWriter;

import java.security.MessageDigest;

/**
 * Signs outgoing MAVLink 2 frames: link id, the next monotonic timestamp, and the first 6 bytes of
 * SHA-256(key + header + payload + checksum + link id + timestamp), where "header" starts at the
 * 0xFD magic byte and already has the signed incompatibility flag set.
 */
public final class FrameSigner implements FrameWriter.Signer {

    private final SigningKey key;
    private final int linkId;
    private final SigningTimestamps timestamps;

    public FrameSigner(SigningKey key, int linkId, SigningTimestamps timestamps) {
        if (linkId < 0 || linkId > 255) {
            throw new IllegalArgumentException("link id must be 0..255, got " + linkId);
        }
        this.key = key;
        this.linkId = linkId;
        this.timestamps = timestamps;
    }

    @Override
    public void sign(byte[] frame, int offset) {
        long t = timestamps.next();
        frame[offset] = (byte) linkId;
        for (int i = 0; i < 6; i++) {
            frame[offset + 1 + i] = (byte) (t >>> (8 * i));
        }
        byte[] sig = signature(key, frame, offset);
        System.arraycopy(sig, 0, frame, offset + 7, 6);
    }

    /**
     * The 6-byte signature of a frame whose first {@code offset + 7} bytes are header, payload,
     * checksum, link id and timestamp.
     */
    static byte[] signature(SigningKey key, byte[] frame, int offset) {
        MessageDigest sha = SigningKey.newDigest();
        key.feed(sha);
        sha.update(frame, 0, offset + 7);
        byte[] digest = sha.digest();
        byte[] out = new byte[6];
        System.arraycopy(digest, 0, out, 0, 6);
        return out;
    }
}
