package org.lifeline.groundstation.logs.report;

import org.lifeline.command.CopterMode;
import org.lifeline.groundstation.logs.dataflash.DataflashMessage;
import org.lifeline.groundstation.logs.dataflash.DataflashReader;
import org.lifeline.groundstation.logs.dataflash.DataflashSummary;
import org.lifeline.groundstation.logs.read.LogClock;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Condenses a DataFlash {@code .bin} into a {@link FlightRecord} in one streaming pass, by the
 * message and field names ArduPilot uses (POS, GPS, BAT, MODE, MSG, ERR, EV, RCOU, CMD, VIBE,
 * XKF4/NKF4). A message the file does not declare is simply absent from the report. A DataFlash
 * message has no checksum, so a damaged one may carry any TimeUS: times are the ones that can be
 * true ({@link LogClock}), and the read summary says which were not believed.
 */
public final class DataflashFlight {

    private static final int EV_ARMED = 10;
    private static final int EV_DISARMED = 11;

    private final int[] servoLast = new int[33];
    private double lastSpeed;
    private boolean positionSeen;
    private double gpsHomeAlt = Double.NaN;
    private boolean clockSet;
    private long clockCandidate = Long.MIN_VALUE;
    private static final long GPS_AGREEMENT_MICROS = 1_000_000L;
    /** GPS time starts 1980-01-06; UTC is 18 leap seconds behind it (since 2017). */
    private static final long GPS_EPOCH_UNIX_MICROS = 315_964_800_000_000L;
    private static final long LEAP_MICROS = 18_000_000L;

    private DataflashFlight() {
    }

    public static FlightRecord read(Path file) throws IOException {
        FlightRecord record = new FlightRecord(file.getFileName().toString(), "bin");
        DataflashFlight reader = new DataflashFlight();
        LogClock<DataflashMessage> clock = LogClock.fromStart(m -> (long) m.timeUs(), DataflashMessage::offset);
        Consumer<LogClock.Timed<DataflashMessage>> handle = t -> reader.message(record, t.record(), t.micros());
        try (DataflashReader in = DataflashReader.open(file)) {
            for (DataflashMessage m : in) {
                if (!Double.isNaN(m.timeUs())) { // FMT and other untimed records carry nothing the report uses
                    clock.offer(m, handle);
                }
            }
            clock.finish(handle);
            if (!reader.clockSet && reader.clockCandidate != Long.MIN_VALUE) { // a single fix: the best there is
                record.clockOffsetMicros = reader.clockCandidate;
                reader.clockSet = true;
            }
            record.absoluteTime = reader.clockSet;
            DataflashSummary s = in.summary();
            record.readSummary = FlightRecord.integrity(s.describe(), clock.repairs(), us -> "TimeUS " + us, record::intoLog);
            record.readClean = s.clean() && clock.repairs().clean();
        }
        return record;
    }

    private void message(FlightRecord f, DataflashMessage m, long t) {
        f.time(t);
        switch (m.name()) {
            case "POS" -> {
                positionSeen = true;
                f.position(t, m.get("Lat"), m.get("Lng"), m.get("RelHomeAlt"), lastSpeed);
            }
            case "GPS" -> gps(f, t, m);
            case "BAT" -> {
                double v = m.get("Volt");
                double a = m.get("Curr");
                double wh = m.get("EnrgTot");
                f.battery.add(t, v, a, wh);
                if (v > 0) {
                    f.minVoltage = FlightRecord.min(f.minVoltage, v);
                }
                f.maxCurrent = FlightRecord.max(f.maxCurrent, a);
                if (!Double.isNaN(wh)) {
                    f.consumedWh = wh;
                }
            }
            case "MODE" -> f.mode(t, CopterMode.describe((long) (Double.isNaN(m.get("ModeNum")) ? m.get("Mode") : m.get("ModeNum"))));
            case "MSG" -> f.add(f.texts, new FlightRecord.LogText(t, 6, m.text("Message")));
            case "ERR" -> f.add(f.texts, new FlightRecord.LogText(t, 3,
                    "ERR subsystem " + (int) m.get("Subsys") + " code " + (int) m.get("ECode")));
            case "EV" -> {
                int id = (int) m.get("Id");
                if (id == EV_ARMED || id == EV_DISARMED) {
                    f.armed(t, id == EV_ARMED);
                }
            }
            case "RCOU" -> servos(f, t, m);
            case "CMD" -> f.mission.put((int) m.get("CNum"), new MissionItem((int) m.get("CId"),
                    Double.isNaN(m.get("Frame")) ? MavFrame.GLOBAL_RELATIVE_ALT_INT : (int) m.get("Frame"), false, true,
                    (float) m.get("Prm1"), (float) m.get("Prm2"), (float) m.get("Prm3"), (float) m.get("Prm4"),
                    MissionItem.toE7(m.get("Lat")), MissionItem.toE7(m.get("Lng")), (float) m.get("Alt")));
            case "VIBE" -> {
                double x = m.get("VibeX");
                double y = m.get("VibeY");
                double z = m.get("VibeZ");
                double clip = Double.isNaN(m.get("Clip")) ? m.get("Clip0") + m.get("Clip1") + m.get("Clip2") : m.get("Clip");
                f.vibration.add(t, x, y, z, clip);
                f.maxVibration = FlightRecord.max(f.maxVibration, Math.max(x, Math.max(y, z)));
            }
            case "XKF4", "NKF4" -> {
                double[] e = {m.get("SV"), m.get("SP"), m.get("SH"), m.get("SM"), m.get("SVT")};
                f.ekf.add(t, e);
                for (int i = 0; i < 4; i++) {
                    f.maxEkfVariance = FlightRecord.max(f.maxEkfVariance, e[i]);
                }
            }
            default -> {
            }
        }
    }

    private void gps(FlightRecord f, long t, DataflashMessage m) {
        lastSpeed = m.get("Spd");
        double status = m.get("Status");
        double hdop = m.get("HDop");
        double sats = m.get("NSats");
        f.gps.add(t, status, hdop, sats);
        double week = m.get("GWk");
        if (!clockSet && status >= 3 && week > 0) {
            long utc = GPS_EPOCH_UNIX_MICROS + (long) week * 7 * 86_400_000_000L + (long) m.get("GMS") * 1000L - LEAP_MICROS;
            // two fixes must agree: a damaged message (no checksum) may carry any week
            if (clockCandidate != Long.MIN_VALUE && Math.abs(utc - t - clockCandidate) <= GPS_AGREEMENT_MICROS) {
                f.clockOffsetMicros = clockCandidate;
                clockSet = true;
            } else {
                clockCandidate = utc - t;
            }
        }
        if (status >= 3) {
            f.maxHdop = FlightRecord.max(f.maxHdop, hdop);
            f.minSatellites = FlightRecord.min(f.minSatellites, sats);
            if (Double.isNaN(gpsHomeAlt)) {
                gpsHomeAlt = m.get("Alt");
            }
            if (!positionSeen) {
                f.position(t, m.get("Lat"), m.get("Lng"), m.get("Alt") - gpsHomeAlt, lastSpeed);
            }
        }
    }

    private void servos(FlightRecord f, long t, DataflashMessage m) {
        for (int ch = 1; ch <= 32; ch++) {
            double raw = m.get("C" + ch);
            if (Double.isNaN(raw)) {
                break;
            }
            int now = (int) raw;
            if (servoLast[ch] != 0 && Math.abs(now - servoLast[ch]) > 100) {
                f.add(f.servos, new FlightRecord.ServoChange(t, ch, servoLast[ch], now));
            }
            servoLast[ch] = now;
        }
    }
}
