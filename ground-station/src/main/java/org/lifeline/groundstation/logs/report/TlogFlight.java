package org.lifeline.groundstation.logs.report;

import org.lifeline.command.CopterMode;
import org.lifeline.groundstation.logs.read.ClockRepairs;
import org.lifeline.groundstation.logs.read.FieldValues;
import org.lifeline.groundstation.logs.read.MavlinkSchema;
import org.lifeline.groundstation.logs.read.MessageDefinition;
import org.lifeline.groundstation.logs.read.TlogMessages;
import org.lifeline.mavlink.frame.Frame;
import org.lifeline.mission.MissionItem;
import org.lifeline.tlog.TlogRecord;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Condenses a {@code .tlog} into a {@link FlightRecord} in one streaming pass. Only the messages
 * the report uses are decoded; every frame counts towards the link's sequence-gap statistics.
 * Vehicle messages are those from component 1 (the autopilot) of a system that is not a ground
 * station. Times are the records' timestamps where they can be true ({@link
 * org.lifeline.groundstation.logs.read.LogClock}): a garbage one after damage does not stretch the
 * flight, and the read summary says which records' times were not believed.
 */
public final class TlogFlight {

    private static final int GCS_TYPE = 6;
    private static final Set<String> USED = Set.of("HEARTBEAT", "GLOBAL_POSITION_INT", "SYS_STATUS", "BATTERY_STATUS",
            "STATUSTEXT", "SERVO_OUTPUT_RAW", "MISSION_ITEM_INT", "RADIO_STATUS", "VIBRATION", "EKF_STATUS_REPORT",
            "GPS_RAW_INT", "FENCE_STATUS");

    private static final String[] SERVO_FIELDS = new String[17];

    static {
        for (int ch = 1; ch <= 16; ch++) {
            SERVO_FIELDS[ch] = ("servo" + ch + "_raw").intern();
        }
    }

    private final boolean[] wanted;
    private final int[] servoLast = new int[17];
    private double lastVoltage = Double.NaN;
    private double lastCurrent = Double.NaN;
    private long lastBatteryMicros = Long.MIN_VALUE;
    private double integratedWh;
    private boolean energyReported;
    private int vehicleSystem = -1;

    private TlogFlight() {
        MavlinkSchema schema = MavlinkSchema.standard();
        int max = schema.all().stream().mapToInt(MessageDefinition::id).max().orElse(0);
        wanted = new boolean[max + 1];
        USED.forEach(n -> wanted[schema.byName(n).id()] = true);
    }

    /** Reads {@code file} (damage is reported in the record's read summary, never thrown). */
    public static FlightRecord read(Path file) throws IOException {
        FlightRecord record = new FlightRecord(file.getFileName().toString(), "tlog");
        TlogFlight reader = new TlogFlight();
        TlogMessages.TimedRead read = TlogMessages.standard().readTimed(file,
                id -> id < reader.wanted.length && reader.wanted[id], (r, t, v) -> reader.message(record, r, t, v));
        record.readSummary = FlightRecord.integrity(read.summary().describe(), read.times(),
                ClockRepairs::utc, record::intoLog);
        record.readClean = read.summary().clean() && read.times().clean();
        if (!reader.energyReported && reader.integratedWh > 0) {
            record.consumedWh = reader.integratedWh;
        }
        return record;
    }

    private void message(FlightRecord f, TlogRecord r, long t, FieldValues v) {
        Frame frame = r.frame();
        f.time(t);
        f.sequence(frame.systemId(), frame.componentId(), frame.sequence());
        if (v == null) {
            return;
        }
        String name = v.definition().name();
        if (name.equals("HEARTBEAT")) {
            if (frame.componentId() == 1 && v.number("type") != GCS_TYPE) {
                vehicleSystem = frame.systemId();
                f.vehicleSystem = vehicleSystem;
                f.mode(t, CopterMode.describe((long) v.number("custom_mode")));
                f.armed(t, ((long) v.number("base_mode") & 128) != 0);
            }
            return;
        }
        if (vehicleSystem >= 0 && frame.systemId() != vehicleSystem && !name.equals("RADIO_STATUS") && !name.equals("MISSION_ITEM_INT")) {
            return;
        }
        switch (name) {
            case "GLOBAL_POSITION_INT" -> f.position(t, v.number("lat") / 1e7, v.number("lon") / 1e7,
                    v.number("relative_alt") / 1000.0, Math.hypot(v.number("vx"), v.number("vy")) / 100.0);
            case "SYS_STATUS" -> battery(f, t, v.number("voltage_battery") / 1000.0, v.number("current_battery"));
            case "BATTERY_STATUS" -> {
                double hJ = v.number("energy_consumed");
                if (hJ >= 0) {
                    energyReported = true;
                    f.consumedWh = hJ * 100 / 3600.0;
                }
            }
            case "STATUSTEXT" -> f.add(f.texts, new FlightRecord.LogText(t, (int) v.number("severity"), v.text("text")));
            case "SERVO_OUTPUT_RAW" -> servos(f, t, v);
            case "MISSION_ITEM_INT" -> mission(f, v);
            case "RADIO_STATUS" -> f.radio.add(t, v.number("rssi"), v.number("remrssi"), v.number("noise"), v.number("remnoise"));
            case "VIBRATION" -> {
                double x = v.number("vibration_x");
                double y = v.number("vibration_y");
                double z = v.number("vibration_z");
                f.vibration.add(t, x, y, z, v.number("clipping_0") + v.number("clipping_1") + v.number("clipping_2"));
                f.maxVibration = FlightRecord.max(f.maxVibration, Math.max(x, Math.max(y, z)));
            }
            case "EKF_STATUS_REPORT" -> {
                double[] e = {v.number("velocity_variance"), v.number("pos_horiz_variance"), v.number("pos_vert_variance"),
                        v.number("compass_variance"), v.number("terrain_alt_variance")};
                f.ekf.add(t, e);
                for (int i = 0; i < 4; i++) {
                    f.maxEkfVariance = FlightRecord.max(f.maxEkfVariance, e[i]);
                }
            }
            case "GPS_RAW_INT" -> {
                double hdop = v.number("eph") / 100.0;
                double sats = v.number("satellites_visible");
                f.gps.add(t, v.number("fix_type"), hdop, sats);
                if (v.number("fix_type") >= 3) {
                    f.maxHdop = FlightRecord.max(f.maxHdop, hdop);
                    f.minSatellites = FlightRecord.min(f.minSatellites, sats);
                }
            }
            case "FENCE_STATUS" -> f.fenceBreaches = Math.max(f.fenceBreaches, (int) v.number("breach_count"));
            default -> {
            }
        }
    }

    private void battery(FlightRecord f, long t, double volts, double centiAmps) {
        double amps = centiAmps < 0 ? Double.NaN : centiAmps / 100.0;
        if (lastBatteryMicros != Long.MIN_VALUE && !Double.isNaN(lastCurrent) && t > lastBatteryMicros) {
            integratedWh += lastVoltage * lastCurrent * (t - lastBatteryMicros) / 3.6e9;
        }
        lastBatteryMicros = t;
        lastVoltage = volts;
        lastCurrent = amps;
        f.battery.add(t, volts, amps, energyReported ? f.consumedWh : integratedWh);
        if (volts > 0) {
            f.minVoltage = FlightRecord.min(f.minVoltage, volts);
        }
        f.maxCurrent = FlightRecord.max(f.maxCurrent, amps);
    }

    private void servos(FlightRecord f, long t, FieldValues v) {
        for (int ch = 1; ch <= 16; ch++) {
            double raw = v.number(SERVO_FIELDS[ch]);
            if (Double.isNaN(raw)) {
                continue;
            }
            int now = (int) raw;
            if (servoLast[ch] != 0 && Math.abs(now - servoLast[ch]) > 100) {
                f.add(f.servos, new FlightRecord.ServoChange(t, ch, servoLast[ch], now));
            }
            servoLast[ch] = now;
        }
    }

    private static void mission(FlightRecord f, FieldValues v) {
        if (v.number("mission_type") != 0) {
            return;
        }
        f.mission.put((int) v.number("seq"), new MissionItem((int) v.number("command"), (int) v.number("frame"),
                v.number("current") != 0, v.number("autocontinue") != 0, (float) v.number("param1"),
                (float) v.number("param2"), (float) v.number("param3"), (float) v.number("param4"),
                (int) v.number("x"), (int) v.number("y"), (float) v.number("z")));
    }
}
