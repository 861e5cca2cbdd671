package org.lifeline.groundstation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.groundstation.dispatch.store.Delivery;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.planning.mission.SampleAirspace;
import org.lifeline.groundstation.session.LinkSessionOpener;

import picocli.CommandLine;

/** {@code lifeline dispatch fly}: what it refuses before sending anything (exit 2) and a broker it cannot reach (exit 3). */
class DispatchFlyCliTest {

    @TempDir
    Path dir;

    private DispatchPlanCliTest.Run fly(String sortie, String... extra) throws Exception {
        Path key = dir.resolve("command.key");
        if (!Files.exists(key)) {
            Files.writeString(key, "00".repeat(32) + "\n");
        }
        List<String> args = new ArrayList<>(List.of("dispatch", "fly", sortie, "--data", dir.resolve("data").toString(),
                "--airspace", SampleAirspace.AIRSPACE.toString(), "--fleet", SampleAirspace.DIR.resolve("fleet.json").toString(),
                "--broker", "tcp://127.0.0.1:1", "--command-key", key.toString(), "--no-tlog"));
        args.addAll(List.of(extra));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = LifelineCommand.commandLine(new LinkSessionOpener(), Clock.systemUTC());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new DispatchPlanCliTest.Run(cl.execute(args.toArray(String[]::new)), out.toString(), err.toString());
    }

    @Test
    void anUnknownSortieADroneWithoutALinkAndABadKeyAreRefusedWithNothingSent() throws Exception {
        List<String> parcels;
        try (DeliveryStore store = DeliveryStore.openSqlite(dir.resolve("data"), Clock.systemUTC())) {
            parcels = StoredSorties.planned(store, "S-1", "drone-1", 1);
        }
        DispatchPlanCliTest.Run unknown = fly("S-none");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("error: no sortie S-none");

        DispatchPlanCliTest.Run noLink = fly("S-1");
        assertThat(noLink.code()).isEqualTo(2);
        assertThat(noLink.err()).contains("fleet.json: drone drone-1 has no link in the fleet registry and none was given");

        Files.writeString(dir.resolve("command.key"), "not hex\n");
        DispatchPlanCliTest.Run badKey = fly("S-1", "--connect", "tcp://127.0.0.1:5760");
        assertThat(badKey.code()).isEqualTo(2);
        assertThat(badKey.err()).contains("command.key: line 1: expected the command key as hex digits");
        Files.writeString(dir.resolve("command.key"), "00".repeat(32) + "\n");

        DispatchPlanCliTest.Run badConnect = fly("S-1", "--connect", "carrier-pigeon://loft");
        assertThat(badConnect.code()).isEqualTo(2);
        assertThat(badConnect.err()).startsWith("error: ").contains("carrier-pigeon://loft");

        try (DeliveryStore store = DeliveryStore.openSqlite(dir.resolve("data"), Clock.systemUTC())) {
            assertThat(store.find(parcels.get(0)).map(Delivery::state)).contains(DeliveryState.PLANNED);
        }
    }

    @Test
    void aBrokerThatCannotBeReachedExitsThreeAndLeavesTheSortieAsItWas() throws Exception {
        List<String> parcels;
        try (DeliveryStore store = DeliveryStore.openSqlite(dir.resolve("data"), Clock.systemUTC())) {
            parcels = StoredSorties.planned(store, "S-1", "drone-1", 1);
        }
        DispatchPlanCliTest.Run r = fly("S-1", "--connect", "tcp://127.0.0.1:5760");
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(3);
        assertThat(r.err()).contains("error: fleet bus tcp://127.0.0.1:1");
        try (DeliveryStore store = DeliveryStore.openSqlite(dir.resolve("data"), Clock.systemUTC())) {
            assertThat(store.find(parcels.get(0)).map(Delivery::state)).contains(DeliveryState.PLANNED);
        }
    }

    @Test
    void followWithoutAStartOrWithABadTimeoutIsRefusedWithNothingSent() throws Exception {
        List<String> parcels;
        try (DeliveryStore store = DeliveryStore.openSqlite(dir.resolve("data"), Clock.systemUTC())) {
            parcels = StoredSorties.planned(store, "S-1", "drone-1", 1);
        }
        DispatchPlanCliTest.Run both = fly("S-1", "--connect", "tcp://127.0.0.1:5760", "--follow", "--no-start");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("error: --follow and --no-start: choose one");

        DispatchPlanCliTest.Run zero = fly("S-1", "--connect", "tcp://127.0.0.1:5760", "--follow", "--follow-timeout", "0");
        assertThat(zero.code()).isEqualTo(2);
        assertThat(zero.err()).contains("error: --follow-timeout: expected at least 1 second, got 0");
        try (DeliveryStore store = DeliveryStore.openSqlite(dir.resolve("data"), Clock.systemUTC())) {
            assertThat(store.find(parcels.get(0)).map(Delivery::state)).contains(DeliveryState.PLANNED);
        }
    }
}
