package org.lifeline.groundstation.logs.read;

import org.lifeline.mavlink.frame.Frame;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Decodes every field of a MAVLink frame's payload by walking a precomputed table (offset, type,
 * count, destination) — no reflection and no library objects. MAVLink 2 payloads truncated of
 * trailing zeros are read as if padded, and MAVLink 1 frames simply lack the extension fields
 * (read as zero), as pymavlink does. Not thread-safe (reuses its buffers).
 */
public final class MavlinkDecoder {

    private record Plan(MessageDefinition definition, int[] offsets, FieldType[] types, int[] counts,
                        int[] fields, int[] slots, boolean[] text, int slotCount) {
    }

    private final MavlinkSchema schema;
    private final Plan[] plans;
    private final byte[] padded = new byte[256];

    public MavlinkDecoder(MavlinkSchema schema) {
        this.schema = schema;
        int max = schema.all().stream().mapToInt(MessageDefinition::id).max().orElse(0);
        this.plans = new Plan[max + 1];
        for (MessageDefinition d : schema.all()) {
            plans[d.id()] = plan(d);
        }
    }

    public MavlinkSchema schema() {
        return schema;
    }

    /**
     * Decodes {@code frame} into {@code out}.
     *
     * @return false when the message id is not in the table (nothing decoded)
     */
    public boolean decode(Frame frame, FieldValues out) {
        byte[] b = frame.bytes();
        int header = frame.headerLength();
        return decode(frame.messageId(), b, header, frame.payloadLength(), out);
    }

    /** Decodes a payload held in {@code bytes} at {@code start} of {@code length} bytes. */
    public boolean decode(int messageId, byte[] bytes, int start, int length, FieldValues out) {
        Plan p = messageId >= 0 && messageId < plans.length ? plans[messageId] : null;
        if (p == null) {
            return false;
        }
        byte[] src = bytes;
        int base = start;
        int full = p.definition().length();
        if (length < full || start + full > bytes.length) {
            int n = Math.max(0, Math.min(length, Math.min(full, bytes.length - start)));
            System.arraycopy(bytes, start, padded, 0, n);
            Arrays.fill(padded, n, full, (byte) 0);
            src = padded;
            base = 0;
        }
        out.reset(p.definition(), p.slotCount());
        int[] offsets = p.offsets();
        FieldType[] types = p.types();
        for (int i = 0; i < offsets.length; i++) {
            int field = p.fields()[i];
            int slot = p.slots()[i];
            int at = base + offsets[i];
            out.slot(field, slot);
            if (p.text()[i]) {
                out.setText(field, text(src, at, p.counts()[i]));
                continue;
            }
            FieldType t = types[i];
            int count = p.counts()[i];
            for (int e = 0; e < count; e++, at += t.size(), slot++) {
                switch (t) {
                    case FLOAT -> out.setDouble(slot, Float.intBitsToFloat(i32(src, at)));
                    case DOUBLE -> out.setDouble(slot, Double.longBitsToDouble(i64(src, at)));
                    case UINT8, CHAR -> out.setLong(slot, src[at] & 0xFF);
                    case INT8 -> out.setLong(slot, src[at]);
                    case UINT16 -> out.setLong(slot, (src[at] & 0xFF) | (src[at + 1] & 0xFF) << 8);
                    case INT16 -> out.setLong(slot, (short) ((src[at] & 0xFF) | (src[at + 1] & 0xFF) << 8));
                    case UINT32 -> out.setLong(slot, i32(src, at) & 0xFFFF_FFFFL);
                    case INT32 -> out.setLong(slot, i32(src, at));
                    case INT64, UINT64 -> out.setLong(slot, i64(src, at));
                }
            }
        }
        return true;
    }

    private static int i32(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    private static long i64(byte[] b, int at) {
        return (i32(b, at) & 0xFFFF_FFFFL) | (long) i32(b, at + 4) << 32;
    }

    private static String text(byte[] b, int at, int max) {
        int n = 0;
        while (n < max && b[at + n] != 0) {
            n++;
        }
        for (int i = 0; i < n; i++) {
            if (b[at + i] < 0) {
                return new String(b, at, n, StandardCharsets.UTF_8);
            }
        }
        return new String(b, at, n, StandardCharsets.ISO_8859_1);
    }

    private static Plan plan(MessageDefinition d) {
        List<FieldDefinition> wire = d.wireOrder();
        int n = wire.size();
        int[] offsets = new int[n];
        FieldType[] types = new FieldType[n];
        int[] counts = new int[n];
        int[] fields = new int[n];
        int[] slots = new int[n];
        boolean[] text = new boolean[n];
        int slot = 0;
        for (int i = 0; i < n; i++) {
            FieldDefinition f = wire.get(i);
            offsets[i] = f.offset();
            types[i] = f.type();
            text[i] = f.isText();
            counts[i] = f.isText() ? f.arrayLength() : Math.max(1, f.arrayLength());
            fields[i] = d.fieldOrder().indexOf(f);
            slots[i] = slot;
            slot += f.isText() ? 1 : counts[i];
        }
        return new Plan(d, offsets, types, counts, fields, slots, text, Math.max(1, slot));
    }
}
