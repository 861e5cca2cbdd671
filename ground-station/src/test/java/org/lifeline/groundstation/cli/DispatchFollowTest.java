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

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.fleet.Channel;
import org.lifeline.fleet.EventType;
import org.lifeline.fleet.FleetEvent;
import org.lifeline.fleet.FleetJson;
import org.lifeline.fleet.FleetTopics;
import org.lifeline.fleet.mqtt.FleetConnection;
import org.lifeline.fleet.mqtt.MqttSettings;
import org.lifeline.groundstation.dispatch.DispatchFixtures;
import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.dispatch.store.WaveClaim;
import org.lifeline.groundstation.session.LinkSessionOpener;
import org.lifeline.support.Await;
import org.lifeline.support.ExternalProgram;
import org.lifeline.support.MosquittoProcess;

import picocli.CommandLine;

/** {@code lifeline dispatch follow} against a real Mosquitto: a drone's events move its parcels. */
class DispatchFollowTest {

    @TempDir
    Path dir;

    @Test
    void aReleaseAndALandingOnTheBusMoveTheDeliveriesInTheStore() throws Exception {
        if (ExternalProgram.locate("mosquitto").isEmpty()) {
            String why = ExternalProgram.missingMessage("mosquitto", "mosquitto");
            if (ExternalProgram.integrationRequired()) {
                throw new IllegalStateException(why);
            }
            Assumptions.abort(why);
        }
        Path data = dir.resolve("data");
        String a;
        String b;
        // a stopped clock: the release happened 30 min ago by the drone's clock
        Clock clock = Clock.fixed(DispatchFixtures.T0.plus(Duration.ofMinutes(30)), ZoneOffset.UTC);
        try (DeliveryStore store = DeliveryStore.openSqlite(data, clock)) {
            a = store.add(DispatchFixtures.request(1), Duration.ZERO).delivery().id();
            b = store.add(DispatchFixtures.request(2), Duration.ZERO).delivery().id();
            WaveClaim claim = store.claimQueued("t", 2, Duration.ofMinutes(1));
            assertThat(store.recordSortie(claim, "S-1", "drone-7", List.of(a, b), "wave").ok()).isTrue();
            for (String p : List.of(a, b)) {
                store.transition(p, DeliveryState.PLANNED, "planned");
                store.transition(p, DeliveryState.UPLOADED, "uploaded");
            }
        }
        try (MosquittoProcess broker = MosquittoProcess.start(dir.resolve("broker"));
             FleetConnection drone = new FleetConnection(MqttSettings.plain(broker.uri(), "drone-7", true))) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cl = LifelineCommand.commandLine(new LinkSessionOpener(), clock);
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> cl.execute("dispatch", "follow",
                    "--broker", broker.uri(), "--data", data.toString(), "--seconds", "6", "--check-every", "1"));
            assertThat(Await.until(() -> out.toString().contains("following the fleet"), Duration.ofSeconds(20))).as(err.toString()).isTrue();
            drone.connect();
            long t = DispatchFixtures.T0.toEpochMilli();
            String topic = FleetTopics.topic("drone-7", Channel.EVENTS);
            drone.publish(topic, FleetJson.encode(new FleetEvent("drone-7-1", "drone-7", 1, t, EventType.TOOK_OFF, Optional.empty(), "")), 1, false);
            drone.publish(topic, FleetJson.encode(new FleetEvent("drone-7-2", "drone-7", 2, t + 60_000, EventType.RELEASED,
                    Optional.of(a), "released (mission drop) at item 4")), 1, false);
            drone.publish(topic, FleetJson.encode(new FleetEvent("drone-7-3", "drone-7", 3, t + 120_000, EventType.LANDED,
                    Optional.empty(), "landed")), 1, false);
            assertThat(run.get(30, TimeUnit.SECONDS)).as(err.toString()).isZero();
            assertThat(out.toString()).contains(a + " RELEASED: drone-7 released it: released (mission drop) at item 4")
                    .contains(b + " REQUESTED: back in the queue: sortie S-1 landed with the parcel")
                    .contains("ALERT parcel " + a + " for Bldg 1 #1 released at Jianshe Rd building 3 29 min ago is not confirmed");
        }
        try (DeliveryStore store = DeliveryStore.openSqlite(data, Clock.systemUTC())) {
            assertThat(store.find(a).orElseThrow().state()).isEqualTo(DeliveryState.RELEASED);
            assertThat(store.find(b).orElseThrow().state()).isEqualTo(DeliveryState.REQUESTED);
        }
    }

    @Test
    void aBrokerThatIsNotThereIsExitCodeThree() {
        StringWriter err = new StringWriter();
        CommandLine cl = LifelineCommand.commandLine(new LinkSessionOpener(), Clock.systemUTC());
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("dispatch", "follow", "--broker", "tcp://127.0.0.1:1", "--data", dir.resolve("d").toString(), "--seconds", "1");
        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.NO_LINK);
        assertThat(err.toString()).startsWith("error: ");
    }
}
