package org.lifeline.mavlink.frame;

/**
 * Builds MAVLink 2 frames from our system/component id with a per-writer sequence counter,
 * zero-trimming the payload as MAVLink 2 allows (at least one payload byte is kept), and signing
 * them when a {@link Signer} is given. Thread-safe: the sequence number and signing timestamp are
 * taken under one lock so concurrent senders never share either.
 */
public final class FrameWriter {

    /** Appends a signature to a frame whose signed flag is already set. */
    @FunctionalInterface
    public interface Signer {
        /**
         * Writes the 13-byte signature block into {@code frame} at {@code offset}; the bytes before
         * it are the complete header, payload and checksum.
         */
        void sign(byte[] frame, int offset);
    }

    private final int systemId;
    private final int componentId;
    private final PayloadCodec codec;
    private final Signer signer;
    private int sequence;

    /**
     * @param signer null to send unsigned frames
     */
    public FrameWriter(int systemId, int componentId, PayloadCodec codec, Signer signer) {
        if (systemId < 0 || systemId > 255 || componentId < 0 || componentId > 255) {
            throw new IllegalArgumentException("system and component ids must be 0..255, got " + systemId + "/" + componentId);
        }
        this.systemId = systemId;
        this.componentId = componentId;
        this.codec = codec;
        this.signer = signer;
    }

    /** Frames a MAVLink library message object. */
    public Frame write(Object message) {
        MessageSpec spec = codec.registry().specFor(message);
        return write(spec, codec.encode(message, spec));
    }

    /** Frames an already serialised payload of the message {@code spec}. */
    public synchronized Frame write(MessageSpec spec, byte[] payload) {
        int len = payload.length;
        while (len > 1 && payload[len - 1] == 0) {
            len--;
        }
        if (len > 255) {
            throw new IllegalArgumentException(spec.name() + " payload of " + len + " bytes exceeds 255");
        }
        boolean signed = signer != null;
        int total = Frame.HEADER_V2 + len + Frame.CHECKSUM_LENGTH + (signed ? Frame.SIGNATURE_LENGTH : 0);
        byte[] f = new byte[total];
        f[0] = (byte) Frame.MAGIC_V2;
        f[1] = (byte) len;
        f[2] = (byte) (signed ? Frame.IFLAG_SIGNED : 0);
        f[3] = 0;
        f[4] = (byte) sequence;
        f[5] = (byte) systemId;
        f[6] = (byte) componentId;
        f[7] = (byte) spec.id();
        f[8] = (byte) (spec.id() >>> 8);
        f[9] = (byte) (spec.id() >>> 16);
        System.arraycopy(payload, 0, f, Frame.HEADER_V2, Math.min(len, payload.length));
        int crc = Crc16.frameChecksum(f, 0, Frame.HEADER_V2 - 1 + len, spec.crcExtra());
        f[Frame.HEADER_V2 + len] = (byte) crc;
        f[Frame.HEADER_V2 + len + 1] = (byte) (crc >>> 8);
        if (signed) {
            signer.sign(f, Frame.HEADER_V2 + len + Frame.CHECKSUM_LENGTH);
        }
        sequence = (sequence + 1) & 0xFF;
        return new Frame(f);
    }

    public int systemId() {
        return systemId;
    }

    public int componentId() {
        return componentId;
    }
}
