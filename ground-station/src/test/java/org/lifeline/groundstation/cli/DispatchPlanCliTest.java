package org.lifeline.groundstation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.broker.EmbeddedBroker;
import org.lifeline.groundstation.dispatch.DispatchFixtures;
import org.lifeline.groundstation.dispatch.request.Priority;
import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.groundstation.dispatch.state.Transition;
import org.lifeline.groundstation.dispatch.store.Delivery;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.planning.mission.SampleAirspace;
import org.lifeline.groundstation.session.LinkSessionOpener;
import org.lifeline.plan.PlanFiles;

import picocli.CommandLine;

/** {@code lifeline dispatch plan} on the sample airspace, requests and fleet, with a SQLite store. */
class DispatchPlanCliTest {

    static final Path FLEET = SampleAirspace.DIR.resolve("fleet.json");

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = LifelineCommand.commandLine(new LinkSessionOpener(), Clock.fixed(DispatchFixtures.T0, ZoneOffset.UTC));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", data().toString()));
        return new Run(cl.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    Path data() {
        return dir.resolve("data");
    }

    Run plan(String... extra) {
        List<String> a = new ArrayList<>(List.of("dispatch", "plan", "--airspace", SampleAirspace.AIRSPACE.toString(),
                "--fleet", FLEET.toString()));
        a.addAll(List.of(extra));
        return run(a.toArray(String[]::new));
    }

    Map<String, Delivery> byRef() {
        try (DeliveryStore store = DeliveryStore.openSqlite(data(), Clock.fixed(DispatchFixtures.T0, ZoneOffset.UTC))) {
            return store.list(List.of(DeliveryState.values()), 100).stream()
                    .collect(Collectors.toMap(d -> d.request().importKey().orElseThrow().replace("ref:", ""), Function.identity()));
        }
    }

    List<Transition> history(String id) {
        try (DeliveryStore store = DeliveryStore.openSqlite(data(), Clock.fixed(DispatchFixtures.T0, ZoneOffset.UTC))) {
            return store.history(id);
        }
    }

    @BeforeEach
    void importTheSampleRequests() {
        Run imported = run("request", "import", SampleAirspace.DIR.resolve("requests.csv").toString(),
                "--airspace", SampleAirspace.AIRSPACE.toString(), "--vehicle", SampleAirspace.VEHICLE.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
    }

    @Test
    void aWavePlansUrgentMedicineFirstWritesParseablePlansAndRecordsEveryParcelAsPlannedWithItsHistory() {
        Run r = plan("--out", dir.resolve("sorties").toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("no --broker: assuming all 3 registered drone(s) ready at 100 % battery");
        Map<String, Delivery> deliveries = byRef();
        List<Delivery> planned = deliveries.values().stream().filter(d -> d.state() == DeliveryState.PLANNED).toList();
        assertThat(planned).isNotEmpty();
        deliveries.values().stream().filter(d -> d.request().priority() == Priority.URGENT_MEDICINE)
                .forEach(d -> assertThat(d.state()).as(d.id()).isEqualTo(DeliveryState.PLANNED));
        for (Delivery d : planned) {
            assertThat(history(d.id())).extracting(Transition::to)
                    .containsExactly(DeliveryState.REQUESTED, DeliveryState.ASSIGNED, DeliveryState.PLANNED);
            assertThat(d.reason()).startsWith("plan ");
            Path file = Path.of(d.reason().substring("plan ".length()));
            assertThat(file).exists().hasParent(dir.resolve("sorties"));
            assertThat(PlanFiles.read(file).mission()).isNotEmpty();
            assertThat(r.out()).contains("SORTIE " + d.sortieId().orElseThrow()).contains(d.id());
        }
        // every delivery of the claim is explained on a line of its own
        deliveries.values().forEach(d -> assertThat(r.out()).contains(d.id() + ": "));
        // a drop by coordinates queues like any other (food, behind the urgent parcels in this wave)
        Delivery byCoordinates = deliveries.get("FG-0006");
        assertThat(r.out()).contains(byCoordinates.id() + ": waiting");

        // the next wave gives no drone a second sortie before its first has landed
        Run again = plan("--out", dir.resolve("sorties").toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).doesNotContain("SORTIE ")
                .contains("drone-1: sortie S-").contains("drone-2: sortie S-").contains("sim-1: sortie S-").contains("has not landed yet");
        assertThat(byRef().values().stream().filter(d -> d.state() == DeliveryState.PLANNED).count()).isEqualTo(planned.size());
    }

    @Test
    void anUrgentDropByCoordinatesIsFlownItsPlanReleasesThereAndItsLabelReadsTheCoordinates() throws Exception {
        Run added = run("request", "add", "--airspace", SampleAirspace.AIRSPACE.toString(), "--vehicle",
                SampleAirspace.VEHICLE.toString(), "--requester", "hotline", "--recipient", "Stall 9", "--phone", "13800000099",
                "--at", "34.0805,114.4015", "--items", "insulin pens x2", "--weight", "300", "--priority", "URGENT_MEDICINE");
        assertThat(added.code()).as(added.err()).isZero();
        String id = added.out().split(" ")[0];

        Run r = plan("--out", dir.resolve("sorties").toString());

        assertThat(r.code()).as(r.out() + r.err()).isZero();
        try (DeliveryStore store = DeliveryStore.openSqlite(data(), Clock.fixed(DispatchFixtures.T0, ZoneOffset.UTC))) {
            Delivery d = store.find(id).orElseThrow();
            assertThat(d.state()).as(r.out()).isEqualTo(DeliveryState.PLANNED);
            assertThat(r.out()).contains(id + ": ").contains("SORTIE " + d.sortieId().orElseThrow());
            assertThat(PlanFiles.read(Path.of(d.reason().substring("plan ".length()))).mission()).anySatisfy(item -> {
                assertThat(item.latitude()).isCloseTo(34.0805, org.assertj.core.api.Assertions.within(1e-6));
                assertThat(item.longitude()).isCloseTo(114.4015, org.assertj.core.api.Assertions.within(1e-6));
            });
            // the label and the phone read the coordinates; the token binds the parcel to them
            org.lifeline.groundstation.confirm.ParcelView view =
                    new org.lifeline.groundstation.dispatch.store.StoreParcelDirectory(store).find(id).orElseThrow();
            assertThat(view.dropPointName()).isEqualTo("34.080500° N, 114.401500° E");
            assertThat(view.dropPointId()).isEqualTo("34.080500,114.401500");
        }
    }

    @Test
    void aBadFleetRegistryIsRefusedNamingTheFieldAndNothingIsClaimed() throws Exception {
        Path fleet = dir.resolve("fleet.json");
        Files.writeString(fleet, "{\"drones\": [{\"id\": \"d1\", \"vehicle\": \"nope.json\"}]}");
        Run r = run("dispatch", "plan", "--airspace", SampleAirspace.AIRSPACE.toString(), "--fleet", fleet.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("drones[0].launchSite: missing").contains("drones[0].vehicle").doesNotContain("Exception");
        assertThat(byRef().values()).allMatch(d -> d.state() == DeliveryState.REQUESTED);
    }

    @Test
    void whenThePlansCannotBeWrittenEverySortieGoesBackToTheQueueSayingWhy() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("occupied"), "a file where the plans should go");
        Run r = plan("--out", notADirectory.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err()).contains("back in the queue: its plan could not be written to " + notADirectory);
        int returned = 0;
        for (Delivery d : byRef().values()) {
            assertThat(d.state()).isEqualTo(DeliveryState.REQUESTED);
            if (history(d.id()).size() > 1) {
                returned++;
                assertThat(history(d.id())).extracting(Transition::to).containsExactly(DeliveryState.REQUESTED,
                        DeliveryState.ASSIGNED, DeliveryState.RETURNED, DeliveryState.REQUESTED);
            }
        }
        assertThat(returned).isPositive();
    }

    @Test
    void withTheFleetBusADroneWhoseAgentIsNotOnlineGetsNoSortieAndTheWaveSaysSo() {
        try (EmbeddedBroker broker = EmbeddedBroker.startOnLoopback()) {
            Run r = plan("--broker", broker.uri(), "--listen", "0");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("fleet  live from " + broker.uri()).doesNotContain("SORTIE ")
                    .contains("drone-1: offline: its agent is not connected to the fleet bus");
        }
        assertThat(byRef().values()).allMatch(d -> d.state() == DeliveryState.REQUESTED);
    }
}
