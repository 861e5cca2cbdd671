package org.lifeline.groundstation.logs.dataflash;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Reads a DataFlash log message by message in constant memory.
 *
 * <p>Each message is {@code A3 95 type} and then the fields its FMT record declared. There is no
 * length or checksum, so a message is accepted only when its type has been declared, its whole
 * length is present, and another header (or the end of the file) follows it. Anything else is
 * skipped byte by byte until messages line up again and counted in {@link #summary()}. Only the FMT
 * format itself (type 128, 89 bytes) is known in advance. Not thread-safe.
 */
public final class DataflashReader implements Iterator<DataflashMessage>, Iterable<DataflashMessage>, AutoCloseable {

    static final int HEAD1 = 0xA3;
    static final int HEAD2 = 0x95;
    static final int FMT_TYPE = 128;
    static final int FMT_LENGTH = 89;
    private static final int INVALID = -1;
    private static final int INCOMPLETE = -2;

    private final InputStream in;
    private final String source;
    private final DataflashFormat[] formats = new DataflashFormat[256];
    private final Map<String, DataflashFormat> byName = new HashMap<>();
    private final Map<Integer, String> unitLabels = new HashMap<>();
    private final Map<Integer, Double> multipliers = new HashMap<>();
    private final byte[] buf = new byte[64 * 1024];
    private int start;
    private int end;
    private long bufferOffset;
    private boolean eof;
    private DataflashMessage next;

    private long messages;
    private int declared;
    private long skipped;
    private long regions;
    private long firstSkip = -1;
    private long lastSkipEnd = -1;
    private long truncatedTail;
    private String readError;

    public DataflashReader(InputStream in, String source) {
        this.in = in;
        this.source = source;
        formats[FMT_TYPE] = new DataflashFormat(FMT_TYPE, FMT_LENGTH, "FMT", "BBnNZ",
                List.of("Type", "Length", "Name", "Format", "Columns"), List.of("", "", "", "", ""),
                DataflashFormat.noMultipliers(5));
    }

    public static DataflashReader open(Path file) throws IOException {
        return new DataflashReader(new BufferedInputStream(Files.newInputStream(file), 1 << 16), file.toString());
    }

    @Override
    public Iterator<DataflashMessage> iterator() {
        return this;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public DataflashMessage next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more messages in " + source);
        }
        DataflashMessage m = next;
        next = null;
        return m;
    }

    /** The format declared for a name so far, or null. */
    public DataflashFormat format(String name) {
        return byName.get(name);
    }

    public DataflashSummary summary() {
        return new DataflashSummary(source, messages, declared, skipped, regions, firstSkip, truncatedTail, readError);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private DataflashMessage advance() {
        while (true) {
            fill(256 + 3);
            int available = end - start;
            if (available == 0) {
                return null;
            }
            int length = judge(start);
            if (length > 0) {
                return emit(length);
            }
            if (length == INCOMPLETE && eof && bufferOffset + start != lastSkipEnd
                    && (buf[start] & 0xFF) == HEAD1 && (available < 2 || (buf[start + 1] & 0xFF) == HEAD2)) {
                truncatedTail = available;
                start = end;
                return null;
            }
            skip();
        }
    }

    private int judge(int at) {
        int avail = end - at;
        if ((buf[at] & 0xFF) != HEAD1) {
            return INVALID;
        }
        if (avail < 3) {
            return INCOMPLETE;
        }
        if ((buf[at + 1] & 0xFF) != HEAD2) {
            return INVALID;
        }
        DataflashFormat f = formats[buf[at + 2] & 0xFF];
        if (f == null) {
            return INVALID;
        }
        int len = f.length();
        if (avail < len) {
            return INCOMPLETE;
        }
        if (avail == len) {
            return eof ? len : INCOMPLETE;
        }
        if ((buf[at + len] & 0xFF) != HEAD1) {
            return INVALID;
        }
        if (avail == len + 1) {
            return eof ? INVALID : INCOMPLETE;
        }
        return (buf[at + len + 1] & 0xFF) == HEAD2 ? len : INVALID;
    }

    private DataflashMessage emit(int length) {
        DataflashFormat f = formats[buf[start + 2] & 0xFF];
        long offset = bufferOffset + start;
        DataflashMessage m = decode(f, buf, start + 3, offset);
        start += length;
        messages++;
        if (f.type() == FMT_TYPE) {
            declare(m);
        } else if ("UNIT".equals(f.name())) {
            unitLabels.put((int) m.get("Id"), m.text("Label"));
        } else if ("MULT".equals(f.name())) {
            multipliers.put((int) m.get("Id"), m.get("Mult"));
        } else if ("FMTU".equals(f.name())) {
            attachUnits(m);
        }
        return m;
    }

    /** Decodes the fields of {@code f} from {@code at} (pymavlink's scaling for c C e E L). */
    static DataflashMessage decode(DataflashFormat f, byte[] b, int at, long offset) {
        String fmt = f.format();
        int n = fmt.length();
        double[] numbers = new double[n];
        String[] texts = new String[n];
        int p = at;
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            switch (c) {
                case 'b' -> numbers[i] = b[p];
                case 'B', 'M' -> numbers[i] = b[p] & 0xFF;
                case 'h' -> numbers[i] = (short) u16(b, p);
                case 'H' -> numbers[i] = u16(b, p);
                case 'c' -> numbers[i] = (short) u16(b, p) / 100.0;
                case 'C' -> numbers[i] = u16(b, p) / 100.0;
                case 'i' -> numbers[i] = i32(b, p);
                case 'I' -> numbers[i] = i32(b, p) & 0xFFFF_FFFFL;
                case 'e' -> numbers[i] = i32(b, p) / 100.0;
                case 'E' -> numbers[i] = (i32(b, p) & 0xFFFF_FFFFL) / 100.0;
                case 'L' -> numbers[i] = i32(b, p) * 1.0e-7;
                case 'f' -> numbers[i] = Float.intBitsToFloat(i32(b, p));
                case 'd' -> numbers[i] = Double.longBitsToDouble(i64(b, p));
                case 'q' -> numbers[i] = i64(b, p);
                case 'Q' -> {
                    long v = i64(b, p);
                    numbers[i] = v >= 0 ? v : (double) (v >>> 1) * 2.0 + (v & 1);
                }
                case 'n', 'N', 'Z' -> {
                    texts[i] = text(b, p, DataflashFormat.size(c));
                    numbers[i] = Double.NaN;
                }
                case 'a' -> {
                    short[] values = new short[32];
                    for (int k = 0; k < 32; k++) {
                        values[k] = (short) u16(b, p + 2 * k);
                    }
                    texts[i] = Arrays.toString(values);
                    numbers[i] = Double.NaN;
                }
                default -> numbers[i] = Double.NaN;
            }
            p += Math.max(0, DataflashFormat.size(c));
        }
        return new DataflashMessage(f, offset, numbers, texts);
    }

    private void declare(DataflashMessage fmt) {
        int type = (int) fmt.numbers()[0];
        int length = (int) fmt.numbers()[1];
        String name = fmt.texts()[2];
        String format = fmt.texts()[3];
        String columns = fmt.texts()[4];
        int size = 3;
        for (char c : format.toCharArray()) {
            int s = DataflashFormat.size(c);
            if (s < 0) {
                return; // a format we cannot size: its messages are skipped as unreadable
            }
            size += s;
        }
        if (size != length || type == FMT_TYPE || name.isEmpty()) {
            return; // declared length disagrees with its own format: not trusted
        }
        List<String> labels = new ArrayList<>(Arrays.asList(columns.split(",", -1)));
        while (labels.size() < format.length()) {
            labels.add("field" + labels.size());
        }
        labels = labels.subList(0, format.length());
        List<String> units = new ArrayList<>();
        labels.forEach(l -> units.add(""));
        DataflashFormat f = new DataflashFormat(type, length, name, format, labels, units,
                DataflashFormat.noMultipliers(format.length()));
        if (formats[type] == null) {
            declared++;
        }
        formats[type] = f;
        byName.put(name, f);
    }

    private void attachUnits(DataflashMessage fmtu) {
        int type = (int) fmtu.get("FmtType");
        String unitIds = fmtu.text("UnitIds");
        String multIds = fmtu.text("MultIds");
        DataflashFormat f = type >= 0 && type < 256 ? formats[type] : null;
        if (f == null || unitIds == null || multIds == null) {
            return;
        }
        int n = f.format().length();
        List<String> units = new ArrayList<>();
        double[] mults = DataflashFormat.noMultipliers(n);
        for (int i = 0; i < n; i++) {
            units.add(i < unitIds.length() ? unitLabels.getOrDefault((int) unitIds.charAt(i), "") : "");
            if (i < multIds.length()) {
                mults[i] = multipliers.getOrDefault((int) multIds.charAt(i), Double.NaN);
            }
        }
        DataflashFormat withUnits = f.withUnits(units, mults);
        formats[type] = withUnits;
        byName.put(f.name(), withUnits);
    }

    private void skip() {
        long offset = bufferOffset + start;
        if (offset != lastSkipEnd) {
            regions++;
            if (firstSkip < 0) {
                firstSkip = offset;
            }
        }
        lastSkipEnd = offset + 1;
        skipped++;
        start++;
    }

    private void fill(int wanted) {
        if (eof || end - start >= wanted) {
            return;
        }
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, end - start);
            bufferOffset += start;
            end -= start;
            start = 0;
        }
        try {
            while (end - start < wanted && end < buf.length) {
                int n = in.read(buf, end, buf.length - end);
                if (n < 0) {
                    eof = true;
                    return;
                }
                end += n;
            }
        } catch (IOException e) {
            readError = e.getClass().getSimpleName() + ": " + e.getMessage();
            eof = true;
        }
    }

    private static int u16(byte[] b, int p) {
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
    }

    private static int i32(byte[] b, int p) {
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF) << 16 | (b[p + 3] & 0xFF) << 24;
    }

    private static long i64(byte[] b, int p) {
        return (i32(b, p) & 0xFFFF_FFFFL) | (long) i32(b, p + 4) << 32;
    }

    private static String text(byte[] b, int p, int max) {
        int n = 0;
        while (n < max && b[p + n] != 0) {
            n++;
        }
        return new String(b, p, n, StandardCharsets.ISO_8859_1);
    }
}
