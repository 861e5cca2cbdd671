package org.lifeline.benchmarks;

/**
 * The bare frame scan of a DataFlash log for comparison: hop from header to header using the
 * lengths FMT records declare, decoding nothing else.
 */
final class DataflashScan {

    private DataflashScan() {
    }

    static long scan(byte[] b) {
        int[] lengths = new int[256];
        lengths[128] = 89;
        long messages = 0;
        int p = 0;
        while (p + 3 <= b.length) {
            if ((b[p] & 0xFF) != 0xA3 || (b[p + 1] & 0xFF) != 0x95) {
                p++;
                continue;
            }
            int type = b[p + 2] & 0xFF;
            int len = lengths[type];
            if (len == 0 || p + len > b.length) {
                p++;
                continue;
            }
            if (type == 128) {
                lengths[b[p + 3] & 0xFF] = b[p + 4] & 0xFF;
            }
            messages++;
            p += len;
        }
        return messages;
    }
}
