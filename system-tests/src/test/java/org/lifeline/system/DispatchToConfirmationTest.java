package org.lifeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.fleet.EventType;
import org.lifeline.fleet.FleetEvent;
import org.lifeline.fleet.mqtt.MqttSettings;
import org.lifeline.groundstation.airspace.AirspaceReader;
import org.lifeline.groundstation.confirm.ConfirmationDesk;
import org.lifeline.groundstation.confirm.DropTokenKeys;
import org.lifeline.groundstation.confirm.DropTokens;
import org.lifeline.groundstation.confirm.FallbackCode;
import org.lifeline.groundstation.confirm.LabelContent;
import org.lifeline.groundstation.confirm.Labels;
import org.lifeline.groundstation.confirm.UsedTokenFile;
import org.lifeline.groundstation.dispatch.desk.FleetRegistry;
import org.lifeline.groundstation.dispatch.fleet.FleetDispatch;
import org.lifeline.groundstation.dispatch.flight.CommandKeyFile;
import org.lifeline.groundstation.dispatch.flight.FleetCommands;
import org.lifeline.groundstation.dispatch.flight.FlightOrder;
import org.lifeline.groundstation.dispatch.flight.FlightResult;
import org.lifeline.groundstation.dispatch.flight.FlightSettings;
import org.lifeline.groundstation.dispatch.flight.SortieFlight;
import org.lifeline.groundstation.dispatch.flight.VehicleLink;
import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.groundstation.dispatch.state.Transition;
import org.lifeline.groundstation.dispatch.store.Delivery;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.dispatch.store.SortieRecord;
import org.lifeline.groundstation.dispatch.store.StoreParcelDirectory;
import org.lifeline.groundstation.fleet.DroneView;
import org.lifeline.groundstation.fleet.FleetBus;
import org.lifeline.groundstation.session.LinkSessionOpener;
import org.lifeline.groundstation.web.ClientRateLimiter;
import org.lifeline.groundstation.web.ConfirmationModule;
import org.lifeline.groundstation.web.CsrfGuard;
import org.lifeline.groundstation.web.WebServer;
import org.lifeline.plan.FlightPlan;
import org.lifeline.plan.PlanFiles;
import org.lifeline.time.SystemScheduler;

/**
 * A request's whole life, every part real and meeting only on the wire: a CSV imported, a wave
 * dispatched to a fleet whose drone is the simulated ArduCopter (on TCP, sped up), the sortie
 * sent by {@link SortieFlight} — the agent takes its signed drop plans with the store's parcel
 * id, the plan is uploaded and verified, the mission started — the agent releases the parcel
 * over its drop point, a real Mosquitto carries the events that move the delivery
 * ({@link FleetDispatch}), and the recipient confirms through the real confirmation page as a
 * phone does (GET the page, POST its form with the CSRF field and cookie).
 */
class DispatchToConfirmationTest {

    private static final String CSV = """
            ref,requester,recipient,phone,drop_point,items,weight_g,priority
            E2E-1,Fire station desk,Yard gate guard,138-0000-0101,dp-fire-yard,"insulin pens x2",300,URGENT_MEDICINE
            """;
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @TempDir
    Path dir;

    @Test
    void anImportedRequestIsFlownReleasedAndConfirmedWithItsWholeHistory() throws Exception {
        try (DispatchRig rig = new DispatchRig(dir)) {
            String sortieId = rig.importAndPlan(CSV);
            try (DeliveryStore store = DeliveryStore.openSqlite(rig.data, Clock.systemUTC());
                 SystemScheduler gsClock = new SystemScheduler("gs-clock");
                 FleetBus bus = new FleetBus(MqttSettings.plain(rig.broker.uri(), "gs-e2e", true), gsClock, 3_000)) {
                SortieRecord sortie = store.sortie(sortieId).orElseThrow();
                assertThat(sortie.droneId()).isEqualTo(DispatchRig.DRONE);
                String parcel = sortie.parcelIds().get(0);
                List<String> notes = new CopyOnWriteArrayList<>();
                bus.onEvent(new FleetDispatch(store, notes::add));
                List<FleetEvent> events = new CopyOnWriteArrayList<>();
                bus.onEvent(events::add);
                bus.start();
                Broker.await("the agent of sim-1 online", Duration.ofSeconds(15),
                        () -> bus.view(DispatchRig.DRONE).map(DroneView::online).orElse(false));

                SortieFlight flight = new SortieFlight(store, new FleetCommands(bus, CommandKeyFile.signer(rig.commandKey)),
                        new LinkSessionOpener(), FlightSettings.DEFAULTS, Clock.systemUTC())
                        .checkingAirspace(AirspaceReader.read(rig.airspace));
                FlightOrder order = FlightOrder.of(sortieId, FleetRegistry.read(rig.fleet).get(0), Optional.empty());
                order = order.withLink(VehicleLink.of(order.link().uri()).withHeartbeatWait(Duration.ofSeconds(20))
                        .withTlogDir(dir.resolve("logs")));
                assertThat(order.link().uri()).as("the registry's link").isEqualTo(rig.link);

                FlightResult uploaded = flight.upload(order, notes::add);
                assertThat(uploaded.ok()).as(uploaded + "\n" + notes + "\n" + rig.simulatorLog()).isTrue();
                assertThat(notes).anyMatch(n -> n.startsWith("drop plan accepted by sim-1: " + parcel + " at item")
                        && n.contains("(in agreement with the uploaded mission"));
                assertThat(store.find(parcel).map(Delivery::state)).contains(DeliveryState.UPLOADED);
                FlightResult started = flight.start(order, notes::add);
                assertThat(started.ok()).as(started + "\n" + notes).isTrue();

                Broker.await(() -> parcel + " RELEASED by the fleet bus's events (notes " + notes + ")", Duration.ofSeconds(45),
                        () -> store.find(parcel).map(d -> d.state() == DeliveryState.RELEASED).orElse(false));
                Path journal = dir.resolve("agent/data/releases.journal");
                Broker.await("the agent's journal: the store's parcel released, not a drop-<seq>", Duration.ofSeconds(10),
                        () -> read(journal).contains("INTENT " + parcel) && read(journal).contains("DONE " + parcel));

                confirmAsAPhone(rig.data, store, parcel);
                assertThat(events).as("a mismatch must mean a real disagreement: none on a normal sortie")
                        .noneMatch(e -> e.type() == EventType.DROP_PLAN_MISMATCH);
                assertThat(events).as("the agent did read the uploaded mission").anyMatch(e -> e.type() == EventType.MISSION_CHANGED);
                assertThat(notes).noneMatch(n -> n.contains("disagrees"));

                List<Transition> history = store.history(parcel);
                assertThat(history).extracting(Transition::to).containsExactly(DeliveryState.REQUESTED, DeliveryState.ASSIGNED,
                        DeliveryState.PLANNED, DeliveryState.UPLOADED, DeliveryState.IN_FLIGHT, DeliveryState.RELEASED,
                        DeliveryState.CONFIRMED);
                assertThat(history).allSatisfy(t -> assertThat(t.reason()).isNotBlank());
                assertThat(history.get(3).reason()).contains("verified by read-back").contains(rig.link)
                        .contains("in agreement with that mission");
                assertThat(history.get(4).reason()).contains("sim-1 took off on sortie " + sortieId);
                assertThat(history.get(5).reason()).contains("sim-1 released it");
                FlightPlan plan = PlanFiles.read(dir.resolve("sorties").resolve("sim-1-" + parcel + ".plan"));
                assertThat(plan.mission()).isNotEmpty();
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.isReadable(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }

    /** As the recipient's phone: open the label's URL, then tap the button (POST with the page's CSRF field). */
    private static void confirmAsAPhone(Path data, DeliveryStore store, String parcel) throws Exception {
        KeyPair keys = DropTokenKeys.loadOrCreate(data);
        DropTokens tokens = new DropTokens(keys);
        FallbackCode codes = new FallbackCode(keys);
        StoreParcelDirectory directory = new StoreParcelDirectory(store);
        try (UsedTokenFile used = new UsedTokenFile(data.resolve("confirm").resolve("used-tokens.log"));
             WebServer server = new WebServer(List.of(new ConfirmationModule(new ConfirmationDesk(tokens, codes, directory,
                     used, Clock.systemUTC()), new CsrfGuard(), ZoneId.systemDefault())), ClientRateLimiter.unlimited())) {
            int port = server.start("127.0.0.1", 0);
            String base = "http://127.0.0.1:" + port;
            LabelContent label = new Labels(tokens, codes, base, Labels.DEFAULT_VALIDITY, Clock.systemUTC())
                    .forParcel(directory.find(parcel).orElseThrow());
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(label.url()))
                    .header("Accept-Language", "zh-CN,zh;q=0.9").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            assertThat(page.body()).contains(parcel);
            Matcher csrf = CSRF.matcher(page.body());
            assertThat(csrf.find()).as("a CSRF field in " + page.body()).isTrue();
            String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
            HttpResponse<String> tapped = http.send(HttpRequest.newBuilder(URI.create(label.url()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", cookie.substring(0, cookie.indexOf(';')))
                    .POST(HttpRequest.BodyPublishers.ofString("csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(tapped.statusCode()).as(tapped.body()).isEqualTo(200);
            assertThat(store.find(parcel).map(Delivery::state)).contains(DeliveryState.CONFIRMED);
        }
    }
}
