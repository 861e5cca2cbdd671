package org.lifeline.mavlink.frame;

import java.util.Arrays;

/**
 * One whole MAVLink frame exactly as it was (or will be) on the wire: MAVLink 2 (magic 0xFD) or
 * MAVLink 1 (magic 0xFE), signature included when present. The accessors read the header fields
 * in place. The array is owned by the frame: callers must not modify it.
 *
 * <pre>
 * MAVLink 2: FD len incompat compat seq sysid compid msgid(3, LE) payload(len) crc(2, LE) [signature(13)]
 * MAVLink 1: FE len seq sysid compid msgid payload(len) crc(2, LE)
 * signature: link_id, timestamp (6 bytes LE, 10 µs units since 2015-01-01), sha256_48
 * </pre>
 *
 * @param bytes the complete frame
 */
public record Frame(byte[] bytes) {

    public static final int MAGIC_V2 = 0xFD;
    public static final int MAGIC_V1 = 0xFE;
    public static final int HEADER_V2 = 10;
    public static final int HEADER_V1 = 6;
    public static final int CHECKSUM_LENGTH = 2;
    public static final int SIGNATURE_LENGTH = 13;
    /** Incompatibility flag: the frame carries a signature. */
    public static final int IFLAG_SIGNED = 0x01;
    /** The longest possible frame (MAVLink 2, 255-byte payload, signed). */
    public static final int MAX_LENGTH = HEADER_V2 + 255 + CHECKSUM_LENGTH + SIGNATURE_LENGTH;

    /** True for 0xFD and 0xFE. */
    public static boolean isMagic(int b) {
        int v = b & 0xFF;
        return v == MAGIC_V2 || v == MAGIC_V1;
    }

    public int version() {
        return (bytes[0] & 0xFF) == MAGIC_V2 ? 2 : 1;
    }

    public int headerLength() {
        return version() == 2 ? HEADER_V2 : HEADER_V1;
    }

    public int payloadLength() {
        return bytes[1] & 0xFF;
    }

    public int incompatFlags() {
        return version() == 2 ? bytes[2] & 0xFF : 0;
    }

    public int compatFlags() {
        return version() == 2 ? bytes[3] & 0xFF : 0;
    }

    public int sequence() {
        return bytes[version() == 2 ? 4 : 2] & 0xFF;
    }

    public int systemId() {
        return bytes[version() == 2 ? 5 : 3] & 0xFF;
    }

    public int componentId() {
        return bytes[version() == 2 ? 6 : 4] & 0xFF;
    }

    public int messageId() {
        if (version() == 1) {
            return bytes[5] & 0xFF;
        }
        return (bytes[7] & 0xFF) | (bytes[8] & 0xFF) << 8 | (bytes[9] & 0xFF) << 16;
    }

    /** A copy of the payload as transmitted (MAVLink 2 payloads may be zero-truncated). */
    public byte[] payload() {
        return Arrays.copyOfRange(bytes, headerLength(), headerLength() + payloadLength());
    }

    /** The checksum field as transmitted. */
    public int checksum() {
        int at = headerLength() + payloadLength();
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
    }

    public boolean isSigned() {
        return (incompatFlags() & IFLAG_SIGNED) != 0;
    }

    /** Offset of the 13-byte signature block (meaningful only when signed). */
    public int signatureOffset() {
        return headerLength() + payloadLength() + CHECKSUM_LENGTH;
    }

    /** The signature's link id (0 when unsigned). */
    public int signatureLinkId() {
        return isSigned() ? bytes[signatureOffset()] & 0xFF : 0;
    }

    /** The signature's 48-bit timestamp in 10 µs units since 2015-01-01 (0 when unsigned). */
    public long signatureTimestamp() {
        if (!isSigned()) {
            return 0;
        }
        long t = 0;
        int at = signatureOffset() + 1;
        for (int i = 5; i >= 0; i--) {
            t = t << 8 | (bytes[at + i] & 0xFF);
        }
        return t;
    }

    public int length() {
        return bytes.length;
    }

    /**
     * This frame without its signature: the signed flag cleared, the 13 signature bytes dropped and
     * the checksum corrected for the cleared flag (the checksum covers the header, so it changes;
     * it does not cover the signature). Unsigned frames are returned as they are.
     */
    public Frame withoutSignature() {
        if (!isSigned()) {
            return this;
        }
        int end = headerLength() + payloadLength();
        byte[] out = Arrays.copyOf(bytes, end + CHECKSUM_LENGTH);
        out[2] = (byte) (out[2] & ~IFLAG_SIGNED);
        // covered bytes: header after magic (9) + payload + CRC_EXTRA; the flag is covered byte 1
        int crc = Crc16.adjustForFlip(checksum(), 1, IFLAG_SIGNED, HEADER_V2 - 1 + payloadLength() + 1);
        out[end] = (byte) crc;
        out[end + 1] = (byte) (crc >>> 8);
        return new Frame(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Frame f && Arrays.equals(bytes, f.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Frame[v" + version() + " msg " + messageId() + " from " + systemId() + "/" + componentId()
                + " seq " + sequence() + " len " + payloadLength() + (isSigned() ? " signed" : "") + "]";
    }
}
