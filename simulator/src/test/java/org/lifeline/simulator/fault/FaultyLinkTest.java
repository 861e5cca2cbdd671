package org.lifeline.simulator.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lifeline.link.MemoryLink;

class FaultyLinkTest {

    private static byte[] frame(int i, int length) {
        byte[] f = new byte[length];
        f[0] = (byte) 0xFD;
        for (int k = 1; k < length; k++) {
            f[k] = (byte) (i * 31 + k);
        }
        return f;
    }

    private static List<byte[]> readAll(MemoryLink far, int count, long deadlineMillis) throws Exception {
        List<byte[]> got = new ArrayList<>();
        Thread t = new Thread(() -> {
            byte[] buf = new byte[512];
            while (got.size() < count) {
                int n = far.read(buf);
                if (n < 0) {
                    return;
                }
                synchronized (got) {
                    got.add(Arrays.copyOf(buf, n));
                }
            }
        });
        t.setDaemon(true);
        t.start();
        t.join(deadlineMillis);
        synchronized (got) {
            return new ArrayList<>(got);
        }
    }

    @Test
    void corruptOutFlipsExactlyOneBitPastTheStartMarkerOfEveryFrame() throws Exception {
        MemoryLink.Pair pair = MemoryLink.pair("faulty");
        try (FaultyLink link = new FaultyLink(pair.a(), FaultPlan.of(List.of(Fault.parse("corrupt-out=1"))), 3)) {
            for (int i = 0; i < 50; i++) {
                link.write(frame(i, 40), 0, 40);
            }
            List<byte[]> got = readAll(pair.b(), 50, 5000);
            assertThat(got).hasSize(50);
            for (int i = 0; i < 50; i++) {
                byte[] sent = frame(i, 40);
                int bits = 0;
                for (int k = 0; k < 40; k++) {
                    bits += Integer.bitCount((sent[k] ^ got.get(i)[k]) & 0xFF);
                }
                assertThat(bits).isEqualTo(1);
                assertThat(got.get(i)[0]).isEqualTo((byte) 0xFD);
            }
        }
    }

    @Test
    void corruptInFlipsOneBitOfWhatIsRead() throws Exception {
        MemoryLink.Pair pair = MemoryLink.pair("faulty");
        try (FaultyLink link = new FaultyLink(pair.a(), FaultPlan.of(List.of(Fault.parse("corrupt-in=1"))), 3)) {
            pair.b().write(frame(1, 30), 0, 30);
            byte[] buf = new byte[64];
            int n = link.read(buf);
            assertThat(n).isEqualTo(30);
            assertThat(Arrays.copyOf(buf, 30)).isNotEqualTo(frame(1, 30));
        }
    }

    @Test
    void bandwidthCapSpacesFramesAtTheRadiosByteRate() throws Exception {
        MemoryLink.Pair pair = MemoryLink.pair("faulty");
        try (FaultyLink link = new FaultyLink(pair.a(), FaultPlan.of(List.of(Fault.parse("bandwidth=57600"))), 3)) {
            long start = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                link.write(frame(i, 100), 0, 100);
            }
            List<byte[]> got = readAll(pair.b(), 20, 5000);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(got).hasSize(20);
            assertThat(seconds).as("2000 bytes at 5760 B/s").isGreaterThanOrEqualTo(0.33);
        }
    }

    @Test
    void latencyDelaysEachDirection() throws Exception {
        MemoryLink.Pair pair = MemoryLink.pair("faulty");
        try (FaultyLink link = new FaultyLink(pair.a(), FaultPlan.of(List.of(Fault.parse("latency=150"))), 3)) {
            long start = System.nanoTime();
            link.write(frame(1, 20), 0, 20);
            assertThat(readAll(pair.b(), 1, 3000)).hasSize(1);
            assertThat((System.nanoTime() - start) / 1e6).isGreaterThanOrEqualTo(149);
            start = System.nanoTime();
            pair.b().write(frame(2, 20), 0, 20);
            assertThat(link.read(new byte[64])).isEqualTo(20);
            assertThat((System.nanoTime() - start) / 1e6).isGreaterThanOrEqualTo(149);
        }
    }

    @Test
    void dropAndDuplicateOutChangeTheFrameCount() throws Exception {
        MemoryLink.Pair pair = MemoryLink.pair("faulty");
        try (FaultyLink link = new FaultyLink(pair.a(), FaultPlan.of(List.of(Fault.parse("duplicate-out=1"))), 3)) {
            for (int i = 0; i < 10; i++) {
                link.write(frame(i, 20), 0, 20);
            }
            assertThat(readAll(pair.b(), 20, 3000)).hasSize(20);
        }
        MemoryLink.Pair pair2 = MemoryLink.pair("faulty2");
        try (FaultyLink link = new FaultyLink(pair2.a(), FaultPlan.of(List.of(Fault.parse("drop-out=1"))), 3)) {
            link.write(frame(1, 20), 0, 20);
            assertThat(readAll(pair2.b(), 1, 300)).isEmpty();
        }
    }

    @Test
    void closingTheFaultyLinkEndsItsReads() throws Exception {
        MemoryLink.Pair pair = MemoryLink.pair("faulty");
        FaultyLink link = new FaultyLink(pair.a(), FaultPlan.none(), 1);
        link.close();
        assertThat(link.read(new byte[8])).isEqualTo(-1);
    }

    @Test
    void faultSpecificationsAreParsedWithClearErrors() {
        assertThat(Fault.parse("drop-out=0.05").value()).isEqualTo(0.05);
        assertThat(Fault.parse("MISSION_SILENT").mode()).isEqualTo(FaultMode.MISSION_SILENT);
        assertThat(FaultPlan.of(List.of(Fault.parse("mission-reject-item=2:invalid_param1"))).missionRejection().orElseThrow().result())
                .isEqualTo(6);
        assertThatThrownBy(() -> Fault.parse("drop-out=1.5")).hasMessageContaining("fraction between 0 and 1");
        assertThatThrownBy(() -> Fault.parse("latency")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> Fault.parse("explode=1")).hasMessageContaining("unknown fault 'explode'").hasMessageContaining("drop-out");
        assertThatThrownBy(() -> Fault.parse("mission-reject-item=x:ERROR")).hasMessageContaining("is not a number");
        assertThatThrownBy(() -> Fault.parse("mission-reject-item=3:NOPE")).hasMessageContaining("not a MAV_MISSION_RESULT");
    }
}
