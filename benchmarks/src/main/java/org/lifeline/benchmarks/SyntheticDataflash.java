package org.lifeline.benchmarks;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A DataFlash log shaped like an ArduCopter one for benchmarks: FMT records, then IMU, ATT, GPS,
 * POS, BAT, VIBE, XKF4, RCOU and MSG messages in about the mix a real log has (IMU and ATT
 * dominate). Values vary so nothing is constant-folded.
 */
final class SyntheticDataflash {

    private record Fmt(int type, String name, String format, String columns, int length) {
    }

    private static final Fmt[] FORMATS = {
            fmt(140, "IMU", "QBffffffIIfBBHH", "TimeUS,I,GyrX,GyrY,GyrZ,AccX,AccY,AccZ,EG,EA,T,GH,AH,GHz,AHz"),
            fmt(141, "ATT", "QccccCCCCB", "TimeUS,DesRoll,Roll,DesPitch,Pitch,DesYaw,Yaw,ErrRP,ErrYaw,AEKF"),
            fmt(142, "GPS", "QBIHBcLLeffffB", "TimeUS,Status,GMS,GWk,NSats,HDop,Lat,Lng,Alt,Spd,GCrs,VZ,Yaw,U"),
            fmt(143, "POS", "QLLfff", "TimeUS,Lat,Lng,Alt,RelHomeAlt,RelOriginAlt"),
            fmt(144, "BAT", "QBfffffcf", "TimeUS,Inst,Volt,VoltR,Curr,CurrTot,EnrgTot,Temp,Res"),
            fmt(145, "VIBE", "QBfffI", "TimeUS,IMU,VibeX,VibeY,VibeZ,Clip"),
            fmt(146, "XKF4", "QBcccccfbbHBIHb", "TimeUS,C,SV,SP,SH,SM,SVT,errRP,OFN,OFE,FS,TS,SS,GPS,PI"),
            fmt(147, "RCOU", "QHHHHHHHHHHHHHH", "TimeUS,C1,C2,C3,C4,C5,C6,C7,C8,C9,C10,C11,C12,C13,C14"),
            fmt(148, "MSG", "QZ", "TimeUS,Message"),
    };

    private SyntheticDataflash() {
    }

    private static Fmt fmt(int type, String name, String format, String columns) {
        int length = 3;
        for (char c : format.toCharArray()) {
            length += switch (c) {
                case 'b', 'B', 'M' -> 1;
                case 'h', 'H', 'c', 'C' -> 2;
                case 'i', 'I', 'f', 'e', 'E', 'L', 'n' -> 4;
                case 'd', 'q', 'Q' -> 8;
                case 'N' -> 16;
                default -> 64;
            };
        }
        return new Fmt(type, name, format, columns, length);
    }

    /** About {@code bytes} of log. */
    static byte[] generate(int bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes + 4096);
        ByteBuffer b = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0xA3).put((byte) 0x95).put((byte) 128).put((byte) 128).put((byte) 89);
        text(b, "FMT", 4);
        text(b, "BBnNZ", 16);
        text(b, "Type,Length,Name,Format,Columns", 64);
        out.write(b.array(), 0, b.position());
        for (Fmt f : FORMATS) {
            b.clear();
            b.put((byte) 0xA3).put((byte) 0x95).put((byte) 128).put((byte) f.type()).put((byte) f.length());
            text(b, f.name(), 4);
            text(b, f.format(), 16);
            text(b, f.columns(), 64);
            out.write(b.array(), 0, b.position());
        }
        // per 10 ms: 2 IMU, 1 ATT, 1 RCOU; per 100 ms: GPS, POS, BAT, VIBE, XKF4; per 10 s: MSG
        long t = 0;
        int tick = 0;
        while (out.size() < bytes) {
            t += 10_000;
            tick++;
            write(out, b, FORMATS[0], t, tick);
            write(out, b, FORMATS[0], t + 1, tick);
            write(out, b, FORMATS[1], t, tick);
            write(out, b, FORMATS[7], t, tick);
            if (tick % 10 == 0) {
                for (int k = 2; k <= 6; k++) {
                    write(out, b, FORMATS[k], t, tick);
                }
            }
            if (tick % 1000 == 0) {
                write(out, b, FORMATS[8], t, tick);
            }
        }
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, ByteBuffer b, Fmt f, long t, int tick) {
        b.clear();
        b.put((byte) 0xA3).put((byte) 0x95).put((byte) f.type());
        String format = f.format();
        for (int i = 0; i < format.length(); i++) {
            int v = tick * 31 + i * 7;
            switch (format.charAt(i)) {
                case 'Q', 'q' -> b.putLong(i == 0 ? t : v);
                case 'b', 'B', 'M' -> b.put((byte) v);
                case 'h', 'H', 'c', 'C' -> b.putShort((short) v);
                case 'i', 'I', 'e', 'E' -> b.putInt(v);
                case 'L' -> b.putInt(340_655_000 + v % 10_000);
                case 'f' -> b.putFloat(v * 0.001f);
                case 'd' -> b.putDouble(v * 0.001);
                case 'Z' -> text(b, "Mission: " + tick + " WP", 64);
                case 'N' -> text(b, "n" + tick, 16);
                default -> text(b, "x", 4);
            }
        }
        out.write(b.array(), 0, b.position());
    }

    private static void text(ByteBuffer b, String s, int size) {
        byte[] field = new byte[size];
        byte[] raw = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(raw, 0, field, 0, Math.min(size, raw.length));
        b.put(field);
    }
}
