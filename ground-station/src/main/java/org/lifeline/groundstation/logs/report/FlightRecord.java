package org.lifeline.groundstation.logs.report;

import org.lifeline.groundstation.logs.read.ClockRepairs;
import org.lifeline.mission.MissionItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongFunction;

/**
 * A flight condensed from its log in bounded memory: downsampled series for plots and the route
 * checks, the discrete events (modes, messages, servo changes) up to a bound, and totals computed
 * over every message while reading. Filled by {@link TlogFlight} or {@link DataflashFlight}.
 * Times are microseconds: since the Unix epoch for a tlog, since autopilot boot for a .bin.
 */
public final class FlightRecord {

    static final int SERIES = 20_000;
    static final int EVENTS = 5_000;

    /** A flight-mode change. */
    public record ModeChange(long micros, String mode) {
    }

    /** A text message from the vehicle (STATUSTEXT / MSG / ERR). */
    public record LogText(long micros, int severity, String text) {
    }

    /** A servo output that moved by more than 100 µs. */
    public record ServoChange(long micros, int channel, int from, int to) {
    }

    /** Arming or disarming. */
    public record ArmChange(long micros, boolean armed) {
    }

    /** Messages from one (system, component) and how many the sequence numbers say were lost. */
    public record LinkCount(String source, long received, long lost) {
        public double lossPercent() {
            return received + lost == 0 ? 0 : 100.0 * lost / (received + lost);
        }
    }

    final String source;
    final String kind;
    /** lat, lon, alt relative to home (m), ground speed (m/s). */
    final Series track = new Series(4, SERIES);
    /** voltage (V), current (A), consumed (Wh). */
    final Series battery = new Series(3, SERIES);
    /** rssi, remote rssi, noise, remote noise. */
    final Series radio = new Series(4, SERIES);
    /** vibration x, y, z (m/s²), clipping total. */
    final Series vibration = new Series(4, SERIES);
    /** EKF variances: velocity, horizontal position, vertical position, compass, terrain. */
    final Series ekf = new Series(5, SERIES);
    /** GPS fix type, HDOP, satellites. */
    final Series gps = new Series(3, SERIES);
    final List<ModeChange> modes = new ArrayList<>();
    final List<LogText> texts = new ArrayList<>();
    final List<ServoChange> servos = new ArrayList<>();
    final List<ArmChange> arming = new ArrayList<>();
    final Map<Integer, MissionItem> mission = new TreeMap<>();
    /** Per (system << 8 | component): received, lost, last sequence (-1 before the first). */
    private final long[] linkCounts = new long[65536 * 3];
    long droppedEvents;
    long firstMicros = Long.MIN_VALUE;
    long lastMicros = Long.MIN_VALUE;
    long messages;
    double distanceMetres;
    double maxAltitude = Double.NaN;
    double maxSpeed = Double.NaN;
    double minVoltage = Double.NaN;
    double maxCurrent = Double.NaN;
    double consumedWh = Double.NaN;
    double maxVibration = Double.NaN;
    double maxEkfVariance = Double.NaN;
    double maxHdop = Double.NaN;
    double minSatellites = Double.NaN;
    int fenceBreaches;
    /** Added to the log's times to get µs since the Unix epoch (0 for a tlog; from GPS time for a .bin). */
    long clockOffsetMicros;
    boolean absoluteTime = true;
    private double lastLat = Double.NaN;
    private double lastLon = Double.NaN;
    String readSummary = "";
    /** The vehicle's MAVLink system id (from its heartbeats), or -1 when unknown (a .bin). */
    int vehicleSystem = -1;
    boolean readClean = true;

    FlightRecord(String source, String kind) {
        this.source = source;
        this.kind = kind;
    }

    public String source() {
        return source;
    }

    /** "tlog" or "bin". */
    public String kind() {
        return kind;
    }

    public Series track() {
        return track;
    }

    public Series battery() {
        return battery;
    }

    public List<ModeChange> modes() {
        return List.copyOf(modes);
    }

    public List<LogText> texts() {
        return List.copyOf(texts);
    }

    public List<ServoChange> servos() {
        return List.copyOf(servos);
    }

    /** Mission items found in the log (MISSION_ITEM_INT / CMD), by sequence number; item 0 is home. */
    public Map<Integer, MissionItem> mission() {
        return Map.copyOf(mission);
    }

    public List<LinkCount> links() {
        List<LinkCount> out = new ArrayList<>();
        for (int key = 0; key < 65536; key++) {
            if (linkCounts[3 * key] > 0) {
                out.add(new LinkCount((key >> 8) + "/" + (key & 0xFF), linkCounts[3 * key], linkCounts[3 * key + 1]));
            }
        }
        return out;
    }

    /** The vehicle's MAVLink system id, or -1 when the log does not say. */
    public int vehicleSystem() {
        return vehicleSystem;
    }

    /** The first and last log time as µs since the Unix epoch (see {@link #absoluteTime()}). */
    public long startEpochMicros() {
        return firstMicros == Long.MIN_VALUE ? 0 : epochMicros(firstMicros);
    }

    public long endEpochMicros() {
        return lastMicros == Long.MIN_VALUE ? 0 : epochMicros(lastMicros);
    }

    public double distanceMetres() {
        return distanceMetres;
    }

    public double consumedWh() {
        return consumedWh;
    }

    public double minVoltage() {
        return minVoltage;
    }

    public long messages() {
        return messages;
    }

    public double durationSeconds() {
        return firstMicros == Long.MIN_VALUE ? 0 : (lastMicros - firstMicros) / 1e6;
    }

    /** A log time as µs since the Unix epoch (a .bin without GPS time: since boot, see {@link #absoluteTime()}). */
    public long epochMicros(long logMicros) {
        return logMicros + clockOffsetMicros;
    }

    /** µs since the Unix epoch as a log time (the inverse of {@link #epochMicros}). */
    public long logMicros(long epochMicros) {
        return epochMicros - clockOffsetMicros;
    }

    /** Whether {@link #epochMicros} gives real UTC (false for a .bin without a GPS time fix). */
    public boolean absoluteTime() {
        return absoluteTime;
    }

    public String readSummary() {
        return readSummary;
    }

    /** A log time as seconds after the log's first record, e.g. "612.3 s into the log". */
    String intoLog(long micros) {
        return String.format(Locale.ROOT, "%.1f s into the log", (micros - firstMicros) / 1e6);
    }

    /** The reader's summary and, where timestamps were not believed, what was done about them. */
    static String integrity(String readSummary, ClockRepairs times,
                            LongFunction<String> stamp, LongFunction<String> time) {
        return times.clean() ? readSummary : readSummary + "; " + times.describe(stamp, time);
    }

    void time(long micros) {
        if (firstMicros == Long.MIN_VALUE) {
            firstMicros = micros;
        }
        lastMicros = Math.max(lastMicros, micros);
        messages++;
    }

    void mode(long micros, String mode) {
        if (modes.isEmpty() || !modes.get(modes.size() - 1).mode().equals(mode)) {
            add(modes, new ModeChange(micros, mode));
        }
    }

    void armed(long micros, boolean armed) {
        if (arming.isEmpty() ? armed : arming.get(arming.size() - 1).armed() != armed) {
            add(arming, new ArmChange(micros, armed));
        }
    }

    <T> void add(List<T> list, T e) {
        if (list.size() < EVENTS) {
            list.add(e);
        } else {
            droppedEvents++;
        }
    }

    /** Counts a message from (system, component) with sequence number {@code seq} (0..255). */
    void sequence(int system, int component, int seq) {
        int at = 3 * ((system & 0xFF) << 8 | (component & 0xFF));
        if (linkCounts[at] > 0) {
            int gap = (seq - (int) linkCounts[at + 2] - 1) & 0xFF;
            if (gap < 128) { // a larger jump is a restart or reordering, not loss
                linkCounts[at + 1] += gap;
            }
        }
        linkCounts[at]++;
        linkCounts[at + 2] = seq;
    }

    void position(long micros, double lat, double lon, double relAlt, double speed) {
        if ((lat == 0 && lon == 0) || !(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) {
            return; // no fix yet (autopilots report 0, 0) or garbage
        }
        if (!Double.isNaN(lastLat)) {
            distanceMetres += Geo.distance(lastLat, lastLon, lat, lon);
        }
        lastLat = lat;
        lastLon = lon;
        track.add(micros, lat, lon, relAlt, speed);
        maxAltitude = max(maxAltitude, relAlt);
        maxSpeed = max(maxSpeed, speed);
    }

    static double max(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
    }

    static double min(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
    }
}
