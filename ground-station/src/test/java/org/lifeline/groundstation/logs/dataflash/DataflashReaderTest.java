package org.lifeline.groundstation.logs.dataflash;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DataflashReaderTest {

    private static DataflashWriter gpsLog(int fixes) {
        DataflashWriter w = new DataflashWriter()
                .declare(140, "GPS", "QBIHBcLLeffffB", "TimeUS,Status,GMS,GWk,NSats,HDop,Lat,Lng,Alt,Spd,GCrs,VZ,Yaw,U")
                .units("GPS", "s-----DUmnnnn-", "F-----------0-")
                .declare(141, "MSG", "QZ", "TimeUS,Message");
        for (int i = 0; i < fixes; i++) {
            w.write("GPS", 1_000_000L + i * 200_000L, 6, 0, 0, 14, 72, 340_655_000 + i * 10, 1_144_010_000 - i * 5, 5_000 + i,
                    3.5f, 90f, 0f, 0f, 1);
        }
        w.write("MSG", 9_000_000L, "Gripper load released");
        return w;
    }

    private static List<DataflashMessage> read(byte[] bytes, DataflashSummary[] summary) throws Exception {
        List<DataflashMessage> out = new ArrayList<>();
        try (DataflashReader r = new DataflashReader(new ByteArrayInputStream(bytes), "test.bin")) {
            r.forEach(out::add);
            summary[0] = r.summary();
        }
        return out;
    }

    @Test
    void readsFieldsWithTheFormatsTheFileDeclaresAndPymavlinksScaling() throws Exception {
        DataflashSummary[] summary = new DataflashSummary[1];
        List<DataflashMessage> messages = read(gpsLog(3).bytes(), summary);
        List<DataflashMessage> gps = messages.stream().filter(m -> m.name().equals("GPS")).toList();
        assertThat(gps).hasSize(3);
        DataflashMessage second = gps.get(1);
        assertThat(second.timeUs()).isEqualTo(1_200_000);
        assertThat(second.get("Lat")).isCloseTo(34.0655010, within(1e-9));
        assertThat(second.get("Lng")).isCloseTo(114.4009995, within(1e-9));
        assertThat(second.get("Alt")).isCloseTo(50.01, within(1e-9));
        assertThat(second.get("HDop")).isCloseTo(0.72, within(1e-9));
        assertThat(second.get("NSats")).isEqualTo(14);
        assertThat(second.get("Spd")).isEqualTo(3.5);
        assertThat(second.format().units().get(6)).isEqualTo("deglatitude");
        assertThat(second.format().units().get(9)).isEqualTo("m/s");
        assertThat(second.format().multipliers()[0]).isEqualTo(1e-6);
        assertThat(messages.get(messages.size() - 1).text("Message")).isEqualTo("Gripper load released");
        assertThat(summary[0].clean()).isTrue();
        assertThat(summary[0].formats()).isEqualTo(5);
    }

    @Test
    void aDropInsideAMessageIsSkippedReportedAndTheRestStillReads() throws Exception {
        DataflashWriter w = gpsLog(10);
        byte[] whole = w.bytes();
        int gpsLength = 3 + 8 + 1 + 4 + 2 + 1 + 2 + 4 + 4 + 4 + 4 * 4 + 1;
        int firstGps = whole.length - 10 * gpsLength - (3 + 8 + 64);
        int dropAt = firstGps + 4 * gpsLength + 20; // inside the fifth fix
        byte[] damaged = new byte[whole.length - 7];
        System.arraycopy(whole, 0, damaged, 0, dropAt);
        System.arraycopy(whole, dropAt + 7, damaged, dropAt, whole.length - dropAt - 7);

        DataflashSummary[] summary = new DataflashSummary[1];
        List<DataflashMessage> messages = read(damaged, summary);
        List<Double> times = messages.stream().filter(m -> m.name().equals("GPS")).map(DataflashMessage::timeUs).toList();
        assertThat(times).hasSize(9).doesNotContain(1_800_000.0).contains(2_000_000.0, 2_800_000.0);
        assertThat(summary[0].skippedRegions()).isEqualTo(1);
        assertThat(summary[0].skippedBytes()).isEqualTo(gpsLength - 7);
        assertThat(summary[0].firstSkipOffset()).isEqualTo(firstGps + 4 * gpsLength);
        assertThat(summary[0].describe()).contains("skipped " + (gpsLength - 7) + " unreadable bytes in 1 place");
        assertThat(messages.get(messages.size() - 1).text("Message")).isEqualTo("Gripper load released");
    }

    @Test
    void aFileCutOffMidMessageIsReportedAsATruncatedTail() throws Exception {
        byte[] whole = gpsLog(2).bytes();
        byte[] cut = Arrays.copyOf(whole, whole.length - 30);
        DataflashSummary[] summary = new DataflashSummary[1];
        read(cut, summary);
        assertThat(summary[0].truncatedTailBytes()).isEqualTo(3 + 8 + 64 - 30);
        assertThat(summary[0].skippedBytes()).isZero();
    }

    @Test
    void messagesOfAnUndeclaredTypeAreSkippedNotGuessed() throws Exception {
        byte[] bytes = {(byte) 0xA3, (byte) 0x95, 77, 1, 2, 3};
        DataflashSummary[] summary = new DataflashSummary[1];
        assertThat(read(bytes, summary)).isEmpty();
        assertThat(summary[0].skippedBytes()).isEqualTo(6);
    }
}
