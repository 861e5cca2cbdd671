package org.lifeline.groundstation.logs.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The decoded fields of one message, indexed as {@link MessageDefinition#fieldOrder()}. Reused from
 * message to message by {@link MavlinkDecoder} (copy what you keep): integers are held as
 * {@code long} (uint64 as its two's-complement bits), reals as {@code double}, char arrays as
 * strings, numeric arrays as consecutive slots.
 */
public final class FieldValues {

    private MessageDefinition definition;
    private long[] longs = new long[64];
    private double[] doubles = new double[64];
    private String[] texts = new String[16];
    private int[] slots = new int[16];

    /** The message these values belong to. */
    public MessageDefinition definition() {
        return definition;
    }

    public int size() {
        return definition.fieldOrder().size();
    }

    /** A scalar numeric field (or an array's first element) as a double. */
    public double number(int field) {
        FieldDefinition f = definition.fieldOrder().get(field);
        if (f.isText()) {
            return Double.NaN;
        }
        return element(f, slots[field]);
    }

    /** A numeric field by name, or NaN when the message has no such field. */
    public double number(String name) {
        int i = definition.indexOf(name);
        return i < 0 ? Double.NaN : number(i);
    }

    /** An integer field (or an array element) as a long. */
    public long integer(int field, int element) {
        return longs[slots[field] + element];
    }

    /** A numeric array element as a double. */
    public double element(int field, int element) {
        return element(definition.fieldOrder().get(field), slots[field] + element);
    }

    /** A char-array field, cut at its first NUL. */
    public String text(int field) {
        return texts[field];
    }

    /** A text field by name, or null. */
    public String text(String name) {
        int i = definition.indexOf(name);
        return i < 0 ? null : texts[i];
    }

    /** The value as pymavlink would hold it: Long / Double / String, or a List for arrays. */
    public Object value(int field) {
        FieldDefinition f = definition.fieldOrder().get(field);
        if (f.isText() || f.type() == FieldType.CHAR) {
            return f.isText() ? texts[field] : String.valueOf((char) longs[slots[field]]);
        }
        if (!f.isArray()) {
            return boxed(f, slots[field]);
        }
        List<Object> out = new ArrayList<>(f.arrayLength());
        for (int i = 0; i < f.arrayLength(); i++) {
            out.add(boxed(f, slots[field] + i));
        }
        return Collections.unmodifiableList(out);
    }

    private Object boxed(FieldDefinition f, int slot) {
        if (f.type().isReal()) {
            return doubles[slot];
        }
        if (f.type() == FieldType.UINT64 && longs[slot] < 0) {
            return new java.math.BigInteger(Long.toUnsignedString(longs[slot]));
        }
        return longs[slot];
    }

    private double element(FieldDefinition f, int slot) {
        if (f.type().isReal()) {
            return doubles[slot];
        }
        long v = longs[slot];
        return f.type() == FieldType.UINT64 && v < 0 ? (double) (v >>> 1) * 2.0 + (v & 1) : v;
    }

    // ---- filled by the decoder ----

    void reset(MessageDefinition d, int slotCount) {
        definition = d;
        int n = d.fieldOrder().size();
        if (texts.length < n) {
            texts = new String[n];
            slots = new int[n];
        }
        if (longs.length < slotCount) {
            longs = new long[slotCount];
            doubles = new double[slotCount];
        }
    }

    void slot(int field, int slot) {
        slots[field] = slot;
    }

    void setLong(int slot, long v) {
        longs[slot] = v;
    }

    void setDouble(int slot, double v) {
        doubles[slot] = v;
    }

    void setText(int field, String v) {
        texts[field] = v;
    }
}
