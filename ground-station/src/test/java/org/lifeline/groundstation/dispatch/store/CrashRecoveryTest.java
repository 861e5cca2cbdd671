package org.lifeline.groundstation.dispatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.groundstation.dispatch.state.Lifecycle;
import org.lifeline.groundstation.dispatch.state.Transition;

/**
 * A real ground station process ({@link BurstingGroundStation}) killed with SIGKILL in the
 * middle of a burst of intake and transitions, twice: after each kill every acknowledged
 * request and transition is in the store, none twice, and every history replays to its state.
 * The second run submits the first run's requests again: they are found, not duplicated.
 */
class CrashRecoveryTest {

    @TempDir
    Path data;

    record Acks(Map<String, String> added, List<String[]> moved) {
    }

    @Test
    void aKilledGroundStationLosesNoAcknowledgedChangeAndRepeatsNone() throws Exception {
        Acks first = runAndKill(0, 100);
        Map<String, String> ids = check(first);
        Acks second = runAndKill(0, 150);
        Map<String, String> after = check(second);
        first.added().forEach((ref, id) -> assertThat(after).containsEntry(ref, id));
        second.added().forEach((ref, id) -> assertThat(after).containsEntry(ref, id));
        assertThat(ids).isNotEmpty();
    }

    /** Starts the process, kills it after {@code acks} acknowledged lines, returns what it acknowledged. */
    private Acks runAndKill(int firstRef, int acks) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                BurstingGroundStation.class.getName(), data.toString(), Integer.toString(firstRef), "100000")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Map<String, String> added = new HashMap<>();
        List<String[]> moved = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while (n < acks && (line = in.readLine()) != null) {
                String[] f = line.split(" ");
                if (f[0].equals("ADDED")) {
                    added.put(f[1], f[2]);
                } else if (f[0].equals("MOVED")) {
                    moved.add(f);
                }
                n++;
            }
            assertThat(n).as("the process acknowledged changes before it was killed").isEqualTo(acks);
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no close, mid-transaction
        }
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(137);
        return new Acks(added, moved);
    }

    /** Checks the store after a kill; returns ref → delivery id. */
    private Map<String, String> check(Acks acks) {
        try (DeliveryStore store = DeliveryStore.openSqlite(data, Clock.systemUTC())) {
            List<Delivery> all = store.list(List.of(), 1_000_000);
            Map<String, String> byRef = new HashMap<>();
            for (Delivery d : all) {
                String ref = d.request().importKey().orElseThrow().substring("ref:".length());
                assertThat(byRef.put(ref, d.id())).as("ref " + ref + " stored twice").isNull();
                List<Transition> h = store.history(d.id());
                assertThat(Lifecycle.replay(h)).contains(d.state());
                assertThat(h).hasSize(d.version());
            }
            acks.added().forEach((ref, id) -> assertThat(byRef).containsEntry(ref, id));
            for (String[] m : acks.moved()) {
                List<Transition> h = store.history(m[1]);
                int number = Integer.parseInt(m[2]);
                assertThat(h.size()).as("transition " + number + " of " + m[1]).isGreaterThanOrEqualTo(number);
                assertThat(h.get(number - 1).to()).isEqualTo(DeliveryState.valueOf(m[3]));
            }
            return byRef;
        }
    }
}
