package org.lifeline.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;

/**
 * The QGC WPL 110 text format ({@code .waypoints}, {@code .txt}) that Mission Planner,
 * QGroundControl, MAVProxy and ArduPilot's own test suite exchange missions in:
 * <pre>
 * QGC WPL 110
 * 0	1	0	16	0	0	0	0	34.06550000	114.40100000	48.000000	1
 * 1	0	3	22	0.00000000	0.00000000	0.00000000	0.00000000	0.00000000	0.00000000	40.000000	1
 * </pre>
 * One item per line: {@code seq current frame command p1 p2 p3 p4 x y z autocontinue}. As on an
 * ArduPilot vehicle, item 0 is home: it becomes {@link FlightPlan#plannedHome()} (none when it
 * is at 0,0, as ArduPilot's autotest files have it) and the other items the mission.
 *
 * <p>Reading is tolerant where real files differ harmlessly (tabs or spaces, CRLF, blank and
 * {@code #} comment lines, a home line with frame 0 and current 0, scientific notation,
 * {@code nan}) and strict where a difference would change the flight (gaps in seq, missing or
 * extra columns, text where a number belongs, a latitude out of range). Writing follows Mission
 * Planner's layout: the home line first, 8 decimals for params and lat/lon, 6 for altitude.
 * A value that those decimals would round is written in its shortest exact form instead, so
 * every file reads back to the same items. The format has no place for a geofence or rally
 * points; writing a plan that has them is refused rather than silently dropping them.
 */
public final class WaypointsFile {

    /** The first line of every file this class reads or writes. */
    public static final String HEADER = "QGC WPL 110";

    private static final String[] COLUMNS = {"seq", "current", "frame", "command", "param1", "param2", "param3",
            "param4", "x", "y", "z", "autocontinue"};
    private static final String COLUMN_LIST = String.join(" ", COLUMNS);

    private WaypointsFile() {
    }

    /**
     * Reads a file's text.
     *
     * @param source the file name to show in messages
     * @throws PlanFileException naming the line and field of the first problem
     */
    public static FlightPlan parse(String source, String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        String header = lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[0];
        if (!header.strip().equals(HEADER)) {
            throw PlanFileException.field(source, "1", "header", "\"" + HEADER + "\"",
                    text.isEmpty() ? "an empty file" : PlanFileException.quote(header));
        }
        Optional<GeoPoint> home = Optional.empty();
        List<MissionItem> mission = new ArrayList<>();
        int expectedSeq = 0;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Line parsed = new Line(source, String.valueOf(i + 1), line.split("\\s+"));
            parsed.requireSeq(expectedSeq);
            if (expectedSeq == 0) {
                home = parsed.home();
            } else {
                mission.add(parsed.item());
            }
            expectedSeq++;
        }
        return new FlightPlan(home, mission, Geofence.none(), List.of());
    }

    /**
     * Writes a plan as file text.
     *
     * @param target the file name to show in messages
     * @throws PlanFileException when the plan has a geofence or rally points (this format cannot
     *                           hold them) or an item with a value no reader would accept
     */
    public static String format(String target, FlightPlan plan) {
        if (!plan.fence().isEmpty() || !plan.rally().isEmpty()) {
            throw new PlanFileException(target, "", "a " + HEADER + " file cannot hold a geofence ("
                    + plan.fence().polygons().size() + " polygons, " + plan.fence().circles().size()
                    + " circles) or rally points (" + plan.rally().size() + "); save the plan as .plan instead");
        }
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        GeoPoint home = plan.plannedHome().orElse(GeoPoint.of(0, 0));
        out.append("0\t1\t").append(MavFrame.GLOBAL).append('\t').append(MavCmd.NAV_WAYPOINT).append("\t0\t0\t0\t0\t")
                .append(PlanNumbers.formatDouble(home.latitude(), 8)).append('\t')
                .append(PlanNumbers.formatDouble(home.longitude(), 8)).append('\t')
                .append(PlanNumbers.formatDouble(home.altitude(), 6)).append("\t1\n");
        List<MissionItem> items = plan.mission();
        for (int i = 0; i < items.size(); i++) {
            appendItem(out, target, i + 1, items.get(i));
        }
        return out.toString();
    }

    private static void appendItem(StringBuilder out, String target, int seq, MissionItem item) {
        float[] floats = {item.param1(), item.param2(), item.param3(), item.param4(), item.z()};
        for (int p = 0; p < floats.length; p++) {
            if (Float.isInfinite(floats[p])) {
                throw PlanFileException.field(target, "item " + seq, COLUMNS[4 + (p < 4 ? p : 6)],
                        "a finite number or NaN", String.valueOf(floats[p]));
            }
        }
        checkWritable(target, seq, item);
        out.append(seq).append('\t').append(item.current() ? 1 : 0).append('\t').append(item.frame()).append('\t')
                .append(item.command());
        for (int p = 0; p < 4; p++) {
            out.append('\t').append(PlanNumbers.formatFloat(floats[p], 8));
        }
        out.append('\t').append(PlanNumbers.formatDouble(ItemCoordinates.toFileValue(item.frame(), item.x()), 8))
                .append('\t').append(PlanNumbers.formatDouble(ItemCoordinates.toFileValue(item.frame(), item.y()), 8))
                .append('\t').append(PlanNumbers.formatFloat(item.z(), 6))
                .append('\t').append(item.autocontinue() ? 1 : 0).append('\n');
    }

    /** Refuses items this class could write but not read back (a latitude beyond 90°, a frame beyond 255). */
    private static void checkWritable(String target, int seq, MissionItem item) {
        if (item.frame() < 0 || item.frame() > 255) {
            throw PlanFileException.field(target, "item " + seq, "frame", "0..255", String.valueOf(item.frame()));
        }
        if (item.command() < 0 || item.command() > 65535) {
            throw PlanFileException.field(target, "item " + seq, "command", "0..65535", String.valueOf(item.command()));
        }
        for (ItemCoordinates.Axis axis : ItemCoordinates.Axis.values()) {
            int raw = axis == ItemCoordinates.Axis.X ? item.x() : item.y();
            try {
                ItemCoordinates.toItemValue(item.frame(), ItemCoordinates.toFileValue(item.frame(), raw), axis);
            } catch (IllegalArgumentException e) {
                throw PlanFileException.field(target, "item " + seq, axis.fieldName(item.frame()), e.getMessage(),
                        String.valueOf(ItemCoordinates.toFileValue(item.frame(), raw)));
            }
        }
    }

    /** One item line split into its twelve columns, with the checks that refer to them by name. */
    private record Line(String source, String lineNo, String[] fields) {

        Line {
            if (fields.length != COLUMNS.length) {
                throw new PlanFileException(source, lineNo, "expected " + COLUMNS.length + " fields (" + COLUMN_LIST
                        + ") separated by tabs or spaces, got " + fields.length);
            }
        }

        void requireSeq(int expected) {
            int seq = integer(0, 0, Integer.MAX_VALUE, "an integer");
            if (seq != expected) {
                throw PlanFileException.field(source, lineNo, "seq", expected
                        + (expected == 0 ? " (the home item comes first)" : " (items are numbered without gaps)"),
                        String.valueOf(seq));
            }
        }

        /**
         * Home's position, whatever frame the line names: every writer means degrees here
         * (Mission Planner and QGroundControl write frame 0, autotest files sometimes 0 with current 0).
         */
        Optional<GeoPoint> home() {
            flagsAndParams("latitude", "longitude");
            double lat = decimal(8, "latitude");
            double lon = decimal(9, "longitude");
            double alt = decimal(10, "altitude");
            if (!(lat >= -90 && lat <= 90)) {
                throw failure(8, "latitude", "a latitude within -90..90 degrees");
            }
            if (!(lon >= -180 && lon <= 180)) {
                throw failure(9, "longitude", "a longitude within -180..180 degrees");
            }
            if (lat == 0 && lon == 0) {
                return Optional.empty();
            }
            if (!Double.isFinite(alt)) {
                throw failure(10, "altitude", "a finite number of metres");
            }
            return Optional.of(new GeoPoint(lat, lon, alt));
        }

        MissionItem item() {
            integer(1, 0, 1, "0 or 1");
            int frame = integer(2, 0, 255, "an integer 0..255");
            float[] p = flagsAndParams(ItemCoordinates.Axis.X.fieldName(frame), ItemCoordinates.Axis.Y.fieldName(frame));
            int x = coordinate(8, frame, ItemCoordinates.Axis.X);
            int y = coordinate(9, frame, ItemCoordinates.Axis.Y);
            return new MissionItem(integer(3, 0, 65535, ""), frame, integer(1, 0, 1, "") == 1,
                    integer(11, 0, 1, "") == 1, p[0], p[1], p[2], p[3], x, y, p[4]);
        }

        /**
         * Checks every field in column order (x and y only for being numbers, their range depends
         * on the frame) and returns params 1..4 and z.
         */
        private float[] flagsAndParams(String xName, String yName) {
            integer(1, 0, 1, "0 or 1");
            integer(2, 0, 255, "an integer 0..255");
            integer(3, 0, 65535, "an integer 0..65535");
            float[] p = {floatValue(4), floatValue(5), floatValue(6), floatValue(7), 0};
            decimal(8, xName);
            decimal(9, yName);
            p[4] = floatValue(10);
            integer(11, 0, 1, "0 or 1");
            return p;
        }

        private int coordinate(int column, int frame, ItemCoordinates.Axis axis) {
            double value = decimal(column, axis.fieldName(frame));
            try {
                return ItemCoordinates.toItemValue(frame, value, axis);
            } catch (IllegalArgumentException e) {
                throw failure(column, axis.fieldName(frame), e.getMessage());
            }
        }

        private float floatValue(int column) {
            double value = decimal(column, COLUMNS[column]);
            if (!PlanNumbers.fitsFloat(value)) {
                throw failure(column, COLUMNS[column], "a number within ±3.4e38 (a 32-bit float)");
            }
            return (float) value;
        }

        private double decimal(int column, String name) {
            Double value = PlanNumbers.parseDecimal(fields[column]);
            if (value == null) {
                throw failure(column, name, "a decimal number");
            }
            return value;
        }

        private int integer(int column, int min, int max, String expected) {
            Integer value = PlanNumbers.parseInteger(fields[column]);
            if (value == null || value < min || value > max) {
                throw failure(column, COLUMNS[column], expected);
            }
            return value;
        }

        private PlanFileException failure(int column, String name, String expected) {
            return PlanFileException.field(source, lineNo, name, expected, PlanFileException.quote(fields[column]));
        }
    }
}
