package org.lifeline.groundstation.logs.report;

import org.lifeline.groundstation.logs.dataflash.DataflashWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A DataFlash log of a delivery with values known in advance: home at 34.0 N 114.0 E, a mission
 * (logged as CMD records) climbing to 20 m, flying 200 m north to the drop point, descending to
 * 12 m and releasing (DO_GRIPPER), then RTL. The vehicle flies the whole leg exactly
 * {@link #OFFSET_EAST} metres east of the planned line and releases there, so the cross-track
 * error is 3.0 m throughout and the drop error 3.0 m due east, at 12 m and 0.4 m/s.
 */
final class DeliveryFixture {

    static final double HOME_LAT = 34.0;
    static final double HOME_LON = 114.0;
    static final double LEG_NORTH = 200.0;
    static final double OFFSET_EAST = 3.0;
    static final double RELEASE_SPEED = 0.4;
    static final double RELEASE_ALT = 12.0;
    static final long RELEASE_US = 70_000_000L;

    private DeliveryFixture() {
    }

    static double lat(double north) {
        return HOME_LAT + Math.toDegrees(north / Geo.EARTH_RADIUS);
    }

    static double lon(double east) {
        return HOME_LON + Math.toDegrees(east / (Geo.EARTH_RADIUS * Math.cos(Math.toRadians(HOME_LAT))));
    }

    static int e7(double deg) {
        return (int) Math.round(deg * 1e7);
    }

    static byte[] bin() {
        return bin(0, 0);
    }

    /** The fixture's log without GPS time, written into {@code dir} and read back. */
    static FlightRecord flight(Path dir) throws IOException {
        Path file = dir.resolve("delivery-fixture.BIN");
        Files.write(file, bin());
        return SortieReports.readLog(file);
    }

    /** GPS time (week, ms of week) of log time 0 for a log starting at {@code start} (UTC = GPS − 18 s). */
    static long[] gpsTime(java.time.Instant start) {
        long gpsMillis = start.toEpochMilli() + 18_000L - 315_964_800_000L;
        return new long[] {gpsMillis / 604_800_000L, gpsMillis % 604_800_000L};
    }

    /** The same flight, its GPS records carrying real time: log time 0 is {@code gpsTime(start)} (0, 0 for none). */
    static byte[] bin(long gpsWeek, long gpsMillisAtZero) {
        long[] gps = {gpsWeek, gpsMillisAtZero};
        DataflashWriter w = new DataflashWriter()
                .declare(150, "CMD", "QHHHffffLLfB", "TimeUS,CTot,CNum,CId,Prm1,Prm2,Prm3,Prm4,Lat,Lng,Alt,Frame")
                .declare(151, "POS", "QLLfff", "TimeUS,Lat,Lng,Alt,RelHomeAlt,RelOriginAlt")
                .declare(152, "GPS", "QBIHBcLLeffffB", "TimeUS,Status,GMS,GWk,NSats,HDop,Lat,Lng,Alt,Spd,GCrs,VZ,Yaw,U")
                .declare(153, "MODE", "QMBB", "TimeUS,Mode,ModeNum,Rsn")
                .declare(154, "MSG", "QZ", "TimeUS,Message")
                .declare(155, "EV", "QB", "TimeUS,Id")
                .declare(156, "BAT", "QBfffff", "TimeUS,Inst,Volt,VoltR,Curr,CurrTot,EnrgTot")
                .declare(157, "VIBE", "QBfffI", "TimeUS,IMU,VibeX,VibeY,VibeZ,Clip")
                .declare(158, "XKF4", "QBccccc", "TimeUS,C,SV,SP,SH,SM,SVT")
                .units("POS", "sDUmmm", "FGG000");
        w.write("CMD", 100L, 6, 0, 16, 0f, 0f, 0f, 0f, e7(HOME_LAT), e7(HOME_LON), 0f, 0);
        w.write("CMD", 100L, 6, 1, 22, 0f, 0f, 0f, 0f, 0, 0, 20f, 3);
        w.write("CMD", 100L, 6, 2, 16, 0f, 0f, 0f, 0f, e7(lat(LEG_NORTH)), e7(lon(0)), 20f, 3);
        w.write("CMD", 100L, 6, 3, 16, 5f, 0f, 0f, 0f, e7(lat(LEG_NORTH)), e7(lon(0)), (float) RELEASE_ALT, 3);
        w.write("CMD", 100L, 6, 4, 211, 1f, 0f, 0f, 0f, 0, 0, 0f, 3);
        w.write("CMD", 100L, 6, 5, 20, 0f, 0f, 0f, 0f, 0, 0, 0f, 3);
        w.write("EV", 500_000L, 10);
        w.write("MODE", 1_000_000L, 3, 3, 1);
        long t = 1_000_000L;
        // climb over home (offset east), 1 m/s, 5 Hz
        for (double alt = 0; alt <= 20; alt += 0.2) {
            t += 200_000L;
            sample(w, gps, t, 0, alt, 0.0);
        }
        // fly north along the leg at 5 m/s
        for (double north = 0; north <= LEG_NORTH; north += 1.0) {
            t += 200_000L;
            sample(w, gps, t, north, 20, 5.0);
        }
        // descend to the release height
        for (double alt = 20; alt >= RELEASE_ALT; alt -= 0.2) {
            t += 200_000L;
            sample(w, gps, t, LEG_NORTH, alt, RELEASE_SPEED);
        }
        while (t < RELEASE_US) {
            t += 200_000L;
            sample(w, gps, t, LEG_NORTH, RELEASE_ALT, RELEASE_SPEED);
        }
        w.write("MSG", RELEASE_US, "Gripper load released");
        for (int i = 0; i < 20; i++) {
            t += 200_000L;
            sample(w, gps, t, LEG_NORTH, RELEASE_ALT, RELEASE_SPEED);
        }
        w.write("MODE", t, 6, 6, 3);
        w.write("EV", t + 1, 11);
        return w.bytes();
    }

    private static void sample(DataflashWriter w, long[] gps, long t, double north, double alt, double speed) {
        int la = e7(lat(north));
        int lo = e7(lon(OFFSET_EAST));
        w.write("POS", t, la, lo, 100f + (float) alt, (float) alt, (float) alt);
        w.write("GPS", t, 6, gps[0] == 0 ? 0L : gps[1] + t / 1000, (int) gps[0], 15, 80, la, lo, (int) ((100 + alt) * 100),
                (float) speed, 0f, 0f, 0f, 1);
        double volts = 16.4 - (t / 1e6) * 0.01;
        w.write("BAT", t, 0, (float) volts, (float) volts, 12.5f, 0f, (float) (t / 1e6 * 0.05));
        w.write("VIBE", t, 0, 12f, 14f, 22f, 0L);
        w.write("XKF4", t, 0, 10, 12, 8, 5, 0);
    }
}
