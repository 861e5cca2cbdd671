package org.lifeline.groundstation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.fleet.Channel;
import org.lifeline.fleet.DroneStatus;
import org.lifeline.fleet.EventType;
import org.lifeline.fleet.FleetEvent;
import org.lifeline.fleet.FleetJson;
import org.lifeline.fleet.FleetTopics;
import org.lifeline.fleet.mqtt.FleetConnection;
import org.lifeline.fleet.mqtt.MqttSettings;
import org.lifeline.groundstation.broker.EmbeddedBroker;
import org.lifeline.groundstation.dispatch.DispatchFixtures;
import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.groundstation.dispatch.state.Transition;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.dispatch.store.WaveClaim;
import org.lifeline.groundstation.planning.mission.SampleAirspace;
import org.lifeline.groundstation.session.LinkSessionOpener;
import org.lifeline.support.Await;
import picocli.CommandLine;

/**
 * A drone whose agent goes offline on the fleet bus gives back a sortie that has not taken off;
 * a sortie in the air is left to its landing. Over the embedded broker, with a real Last Will,
 * through {@code dispatch follow} and {@code dispatch plan --broker}.
 */
class DroneOfflineTest {

    @TempDir
    Path dir;

    private static MqttSettings agent(String uri, String droneId) {
        return MqttSettings.plain(uri, droneId, true).withWill(new MqttSettings.Will(FleetTopics.topic(droneId, Channel.STATUS),
                FleetJson.encode(new DroneStatus(droneId, DroneStatus.State.OFFLINE, 0, "test")), 1, true));
    }

    private static void online(FleetConnection c, String droneId) throws Exception {
        c.publish(FleetTopics.topic(droneId, Channel.STATUS),
                FleetJson.encode(new DroneStatus(droneId, DroneStatus.State.ONLINE, System.currentTimeMillis(), "test")), 1, true);
    }

    @Test
    void anAgentLostBeforeTakeOffPutsItsSortieBackInTheQueueAndOneInTheAirIsLeftToItsLanding() throws Exception {
        Path data = dir.resolve("data");
        Clock clock = Clock.fixed(DispatchFixtures.T0.plus(Duration.ofMinutes(5)), ZoneOffset.UTC);
        String waiting;
        String aloft;
        try (DeliveryStore store = DeliveryStore.openSqlite(data, clock)) {
            waiting = store.add(DispatchFixtures.request(1), Duration.ZERO).delivery().id();
            aloft = store.add(DispatchFixtures.request(2), Duration.ZERO).delivery().id();
            WaveClaim claim = store.claimQueued("t", 2, Duration.ofMinutes(1));
            assertThat(store.recordSortie(claim, "S-7", "drone-7", List.of(waiting), "wave").ok()).isTrue();
            assertThat(store.recordSortie(claim, "S-8", "drone-8", List.of(aloft), "wave").ok()).isTrue();
            store.transition(waiting, DeliveryState.PLANNED, "planned");
            for (DeliveryState s : List.of(DeliveryState.PLANNED, DeliveryState.UPLOADED, DeliveryState.IN_FLIGHT)) {
                store.transition(aloft, s, "on its way");
            }
        }
        try (EmbeddedBroker broker = EmbeddedBroker.startOnLoopback();
             FleetConnection drone7 = new FleetConnection(agent(broker.uri(), "drone-7"));
             FleetConnection drone8 = new FleetConnection(agent(broker.uri(), "drone-8"))) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cl = LifelineCommand.commandLine(new LinkSessionOpener(), clock);
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> cl.execute("dispatch", "follow",
                    "--broker", broker.uri(), "--data", data.toString(), "--seconds", "6", "--check-every", "1"));
            assertThat(Await.until(() -> out.toString().contains("following the fleet"), Duration.ofSeconds(20)))
                    .as(err.toString()).isTrue();
            drone7.connect();
            drone8.connect();
            online(drone7, "drone-7");
            online(drone8, "drone-8");
            drone8.publish(FleetTopics.topic("drone-8", Channel.EVENTS), FleetJson.encode(new FleetEvent("drone-8-1", "drone-8", 1,
                    DispatchFixtures.T0.toEpochMilli(), EventType.TOOK_OFF, Optional.empty(), "")), 1, false);

            drone7.abort();   // the agent vanishes: no DISCONNECT, the broker publishes its Last Will
            drone8.abort();

            assertThat(Await.until(() -> out.toString().contains(waiting + " REQUESTED"), Duration.ofSeconds(20)))
                    .as(out + "\n" + err).isTrue();
            assertThat(run.get(30, TimeUnit.SECONDS)).as(err.toString()).isZero();
            assertThat(out.toString())
                    .contains(waiting + " RETURNED: drone-7 cannot fly sortie S-7: its agent went offline "
                            + "(the broker lost its connection: last will)")
                    .contains(waiting + " REQUESTED: back in the queue: sortie S-7 will not fly")
                    .doesNotContain(aloft + " RETURNED").doesNotContain(aloft + " REQUESTED");
        }
        try (DeliveryStore store = DeliveryStore.openSqlite(data, clock)) {
            assertThat(store.find(waiting).orElseThrow().state()).isEqualTo(DeliveryState.REQUESTED);
            assertThat(store.history(waiting)).extracting(Transition::at).last().isEqualTo(clock.instant());
            assertThat(store.openSortie("drone-7")).isEmpty();
            assertThat(store.find(aloft).orElseThrow().state()).isEqualTo(DeliveryState.IN_FLIGHT);
            assertThat(store.openSortie("drone-8")).isPresent();
        }
    }

    @Test
    void aWaveWithTheFleetBusFirstTakesBackTheSortieOfADroneReportedOffline() throws Exception {
        Path data = dir.resolve("data");
        Clock clock = DispatchFixtures.fixedClock();
        String parcel;
        try (DeliveryStore store = DeliveryStore.openSqlite(data, clock)) {
            parcel = store.add(DispatchFixtures.request(3), Duration.ZERO).delivery().id();
            WaveClaim claim = store.claimQueued("t", 1, Duration.ofMinutes(1));
            assertThat(store.recordSortie(claim, "S-1", "drone-1", List.of(parcel), "wave").ok()).isTrue();
            store.transition(parcel, DeliveryState.PLANNED, "planned");
        }
        try (EmbeddedBroker broker = EmbeddedBroker.startOnLoopback();
             FleetConnection agent = new FleetConnection(MqttSettings.plain(broker.uri(), "drone-1", true))) {
            agent.connect();
            // a clean shutdown leaves a retained OFFLINE, dated by the agent
            agent.publish(FleetTopics.topic("drone-1", Channel.STATUS), FleetJson.encode(new DroneStatus("drone-1",
                    DroneStatus.State.OFFLINE, DispatchFixtures.T0.minusSeconds(60).toEpochMilli(), "test")), 1, true);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cl = LifelineCommand.commandLine(new LinkSessionOpener(), clock);
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute("dispatch", "plan", "--airspace", SampleAirspace.AIRSPACE.toString(), "--fleet",
                    SampleAirspace.DIR.resolve("fleet.json").toString(), "--broker", broker.uri(), "--listen", "2",
                    "--out", dir.resolve("sorties").toString(), "--data", data.toString());
            assertThat(code).as(out + "\n" + err).isZero();
            assertThat(out.toString()).contains("BACK   " + parcel + " REQUESTED: back in the queue: sortie S-1 will not fly")
                    .contains("drone-1: offline: its agent is not connected to the fleet bus");
        }
        try (DeliveryStore store = DeliveryStore.openSqlite(data, clock)) {
            assertThat(store.find(parcel).orElseThrow().state()).isEqualTo(DeliveryState.REQUESTED);
            assertThat(store.history(parcel)).extracting(Transition::reason)
                    .contains("drone-1 cannot fly sortie S-1: its agent went offline (it shut down)");
        }
    }
}
