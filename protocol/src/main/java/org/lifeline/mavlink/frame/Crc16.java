package org.lifeline.mavlink.frame;

/**
 * CRC-16/MCRF4XX, the checksum MAVLink calls "X.25": polynomial 0x1021 reflected, initial value
 * 0xFFFF, no final XOR. A frame's checksum covers every byte after the magic byte up to the end of
 * the payload, then the message's CRC_EXTRA byte, which ties the checksum to the message layout
 * both sides compiled in.
 */
public final class Crc16 {

    /** The initial value of the accumulator. */
    public static final int INITIAL = 0xFFFF;

    /** The accumulator's step for each byte value, so bulk accumulation is one lookup per byte. */
    private static final int[] TABLE = new int[256];

    static {
        for (int b = 0; b < 256; b++) {
            TABLE[b] = accumulate(0, b);
        }
    }

    private Crc16() {
    }

    /** Accumulates one byte into {@code crc}. */
    public static int accumulate(int crc, int b) {
        int tmp = (b ^ crc) & 0xFF;
        tmp = (tmp ^ (tmp << 4)) & 0xFF;
        return ((crc >>> 8) ^ (tmp << 8) ^ (tmp << 3) ^ (tmp >>> 4)) & 0xFFFF;
    }

    /** Accumulates {@code length} bytes of {@code data} from {@code offset}. */
    public static int accumulate(int crc, byte[] data, int offset, int length) {
        // the step is linear over XOR: acc(c, b) = (c >>> 8) ^ acc(0, (c ^ b) & 0xFF)
        int c = crc;
        for (int i = offset; i < offset + length; i++) {
            c = (c >>> 8) ^ TABLE[(c ^ data[i]) & 0xFF];
        }
        return c;
    }

    /**
     * The checksum of a frame held in {@code frame} from {@code start}: {@code covered} bytes after
     * the magic byte, then {@code crcExtra}.
     */
    public static int frameChecksum(byte[] frame, int start, int covered, int crcExtra) {
        return accumulate(accumulate(INITIAL, frame, start + 1, covered), crcExtra);
    }

    /**
     * The checksum after XOR-ing {@code flip} into the covered byte at {@code index} (counted from
     * the first covered byte), computed from the old checksum alone. MCRF4XX has no final XOR, so
     * for inputs of equal length the checksum is affine: {@code crc(a ^ d) = crc(a) ^ crc0(d)},
     * where {@code crc0} starts from zero. This lets a signed frame lose its "signed" flag without
     * knowing the message's CRC_EXTRA (unknown messages are logged too).
     *
     * @param coveredLength the number of bytes the checksum covers, CRC_EXTRA included
     */
    public static int adjustForFlip(int oldChecksum, int index, int flip, int coveredLength) {
        int delta = 0;
        for (int i = 0; i < coveredLength; i++) {
            delta = accumulate(delta, i == index ? flip : 0);
        }
        return oldChecksum ^ delta;
    }
}
