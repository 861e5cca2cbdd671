package org.lifeline.groundstation.logs.dataflash;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes DataFlash logs for tests, byte for byte as ArduPilot lays them out (FMT, UNIT, MULT, FMTU
 * records, then messages), so fixtures carry values known in advance. Test code only.
 */
public final class DataflashWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Map<Integer, String> formats = new HashMap<>();
    private final Map<String, Integer> types = new HashMap<>();

    public DataflashWriter() {
        formats.put(128, "BBnNZ");
        raw(128, 128, 89, "FMT", "BBnNZ", "Type,Length,Name,Format,Columns");
        declare(129, "UNIT", "QbZ", "TimeUS,Id,Label");
        declare(130, "MULT", "Qbd", "TimeUS,Id,Mult");
        declare(131, "FMTU", "QBNN", "TimeUS,FmtType,UnitIds,MultIds");
        write("UNIT", 0L, (long) 's', "s");
        write("UNIT", 0L, (long) 'm', "m");
        write("UNIT", 0L, (long) 'v', "V");
        write("UNIT", 0L, (long) 'A', "A");
        write("UNIT", 0L, (long) 'D', "deglatitude");
        write("UNIT", 0L, (long) 'U', "deglongitude");
        write("UNIT", 0L, (long) 'n', "m/s");
        write("UNIT", 0L, (long) '-', "");
        write("MULT", 0L, (long) 'F', 1e-6);
        write("MULT", 0L, (long) '0', 1.0);
        write("MULT", 0L, (long) '-', 0.0);
    }

    /** Declares a message format (an FMT record). */
    public DataflashWriter declare(int type, String name, String format, String columns) {
        int length = 3;
        for (char c : format.toCharArray()) {
            length += DataflashFormat.size(c);
        }
        formats.put(type, format);
        types.put(name, type);
        raw(128, type, length, name, format, columns);
        return this;
    }

    /** Declares units and multipliers for a type (an FMTU record). */
    public DataflashWriter units(String name, String unitIds, String multIds) {
        return write("FMTU", 0L, (long) types.get(name), unitIds, multIds);
    }

    /** Writes one message; numbers for numeric fields (already unscaled: raw integers for c/e/L), strings for text. */
    public DataflashWriter write(String name, Object... values) {
        Integer type = types.get(name);
        if (type == null) {
            throw new IllegalArgumentException("undeclared " + name);
        }
        return raw(128 == type ? 128 : type, values);
    }

    private DataflashWriter raw(int type, Object... values) {
        String format = formats.get(type);
        ByteBuffer b = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0xA3).put((byte) 0x95).put((byte) type);
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            Object v = values[i];
            switch (c) {
                case 'b', 'B', 'M' -> b.put((byte) ((Number) v).longValue());
                case 'h', 'H', 'c', 'C' -> b.putShort((short) ((Number) v).longValue());
                case 'i', 'I', 'e', 'E', 'L' -> b.putInt((int) ((Number) v).longValue());
                case 'f' -> b.putFloat(((Number) v).floatValue());
                case 'd' -> b.putDouble(((Number) v).doubleValue());
                case 'q', 'Q' -> b.putLong(((Number) v).longValue());
                case 'n', 'N', 'Z' -> {
                    byte[] text = new byte[DataflashFormat.size(c)];
                    byte[] s = ((String) v).getBytes(StandardCharsets.US_ASCII);
                    System.arraycopy(s, 0, text, 0, Math.min(s.length, text.length));
                    b.put(text);
                }
                default -> throw new IllegalArgumentException("format " + c);
            }
        }
        out.write(b.array(), 0, b.position());
        return this;
    }

    public int size() {
        return out.size();
    }

    public byte[] bytes() {
        return out.toByteArray();
    }
}
