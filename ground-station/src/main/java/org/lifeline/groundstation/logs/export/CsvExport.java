package org.lifeline.groundstation.logs.export;

import org.lifeline.groundstation.logs.dataflash.DataflashFormat;
import org.lifeline.groundstation.logs.dataflash.DataflashMessage;
import org.lifeline.groundstation.logs.dataflash.DataflashReader;
import org.lifeline.groundstation.logs.read.FieldValues;
import org.lifeline.groundstation.logs.read.MavlinkSchema;
import org.lifeline.groundstation.logs.read.MessageDefinition;
import org.lifeline.groundstation.logs.read.TlogMessages;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One or more message types as CSV with the columns of {@code mavlogdump.py --format csv}:
 * for a tlog {@code timestamp,TYPE.field,...} in the message definition's field order; for a .bin
 * (exactly one type) {@code timestamp,} and the columns its FMT record declares. As mavlogdump
 * does, messages sharing a timestamp share a row, the timestamp is in seconds with 8 decimals and
 * values are written as Python writes them, unquoted. Unlike mavlogdump, the last row is written
 * too.
 */
public final class CsvExport {

    private CsvExport() {
    }

    /** Thrown for a message type the log's dialect or file does not know. */
    public static final class UnknownTypeException extends IllegalArgumentException {
        public UnknownTypeException(String message) {
            super(message);
        }
    }

    /** Writes {@code types} from a tlog; returns the number of rows. */
    public static long tlog(Path log, List<String> types, PrintWriter out) throws IOException {
        MavlinkSchema schema = MavlinkSchema.standard();
        List<String> header = new ArrayList<>(List.of("timestamp"));
        Map<Integer, Integer> firstColumn = new HashMap<>();
        for (String type : types) {
            MessageDefinition d = schema.byName(type.toUpperCase(Locale.ROOT));
            if (d == null) {
                throw new UnknownTypeException("unknown MAVLink message type '" + type + "' (expected a name such as GLOBAL_POSITION_INT)");
            }
            firstColumn.put(d.id(), header.size());
            d.fieldOrder().forEach(f -> header.add(d.name() + "." + f.name()));
        }
        out.println(String.join(",", header));
        Row row = new Row(header.size(), out);
        TlogMessages.standard().read(log, firstColumn::containsKey, (record, values) -> {
            if (values == null) {
                return;
            }
            int at = firstColumn.get(values.definition().id());
            row.at(record.epochMicros() * 1.0e-6);
            for (int i = 0; i < values.size(); i++) {
                row.cells[at + i] = PythonText.of(value(values, i));
            }
        });
        row.flush();
        return row.rows;
    }

    /** Writes one type from a DataFlash log; returns the number of rows. */
    public static long dataflash(Path log, String type, PrintWriter out) throws IOException {
        long offset = gpsClockOffset(log);
        Row row = null;
        int[] columns = null;
        try (DataflashReader in = DataflashReader.open(log)) {
            for (DataflashMessage m : in) {
                if (!m.name().equals(type)) {
                    continue;
                }
                if (row == null) {
                    DataflashFormat f = m.format();
                    out.println("timestamp," + String.join(",", f.labels()));
                    row = new Row(f.labels().size() + 1, out);
                    columns = new int[f.labels().size()];
                }
                double seconds = (Double.isNaN(m.timeUs()) ? 0 : m.timeUs() + offset) * 1.0e-6;
                row.at(seconds);
                for (int i = 0; i < columns.length; i++) {
                    row.cells[i + 1] = PythonText.of(m.value(i));
                }
            }
            if (row == null) {
                DataflashFormat f = in.format(type);
                if (f == null) {
                    throw new UnknownTypeException("the log declares no message type '" + type + "'");
                }
                out.println("timestamp," + String.join(",", f.labels()));
                return 0;
            }
        }
        row.flush();
        return row.rows;
    }

    private static Object value(FieldValues v, int i) {
        return v.value(i);
    }

    /** µs to add to TimeUS for UTC, from the first GPS message with a week number (0 without one). */
    private static long gpsClockOffset(Path log) throws IOException {
        try (DataflashReader in = DataflashReader.open(log)) {
            for (DataflashMessage m : in) {
                if (m.name().equals("GPS") && m.get("Status") >= 3 && m.get("GWk") > 0) {
                    long utc = 315_964_800_000_000L + (long) m.get("GWk") * 7 * 86_400_000_000L + (long) m.get("GMS") * 1000L - 18_000_000L;
                    return utc - (long) m.timeUs();
                }
            }
        }
        return 0;
    }

    /** mavlogdump's row merging: a row per distinct timestamp, later messages filling its cells. */
    private static final class Row {
        final String[] cells;
        final PrintWriter out;
        double timestamp = Double.NaN;
        long rows;

        Row(int width, PrintWriter out) {
            this.cells = new String[width];
            this.out = out;
            Arrays.fill(cells, "");
        }

        void at(double t) {
            if (!Double.isNaN(timestamp) && t != timestamp) {
                flush();
                Arrays.fill(cells, "");
            }
            timestamp = t;
        }

        void flush() {
            if (Double.isNaN(timestamp)) {
                return;
            }
            cells[0] = String.format(Locale.ROOT, "%.8f", timestamp);
            out.println(String.join(",", cells));
            rows++;
            timestamp = Double.NaN;
        }
    }
}
