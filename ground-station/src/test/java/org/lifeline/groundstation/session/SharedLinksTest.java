package org.lifeline.groundstation.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;

import io.dronefleet.mavlink.minimal.Heartbeat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.testing.SimulatorOnTcp;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.support.Await;
import org.lifeline.tlog.TlogReader;

/**
 * One link per drone, shared, against our simulator on TCP, which like ArduPilot SITL serves one
 * client at a time: without sharing, the second user of the port would never hear the vehicle.
 */
class SharedLinksTest {

    @TempDir
    Path dir;

    private SimulatorOnTcp simulator;
    private SharedLinks links;

    @BeforeEach
    void start() throws Exception {
        simulator = SimulatorOnTcp.start();
        links = new SharedLinks(new LinkSessionOpener());
    }

    @AfterEach
    void stop() {
        links.close();
        simulator.close();
    }

    private SessionOptions options(OptionalInt target, Optional<Path> tlog, Duration wait) {
        return new SessionOptions(simulator.link(), 255, 190, target, 1, Optional.empty(), tlog, wait);
    }

    @Test
    void twoUsersOfOneDronesLinkBothHearItAndOneGivingItBackLeavesItToTheOther() throws Exception {
        VehicleSession watch = links.open(options(OptionalInt.empty(), Optional.empty(), Duration.ofSeconds(10)), n -> { });
        VehicleSession command = links.open(options(OptionalInt.of(watch.targetSystem()), Optional.empty(), Duration.ofSeconds(10)),
                n -> { });
        assertThat(command.channel()).as("the same link").isSameAs(watch.channel());
        assertThat(links.open()).containsExactly(simulator.link());

        command.close();
        AtomicInteger heartbeats = new AtomicInteger();
        try (MessageChannel.Subscription sub = watch.channel().subscribe(m -> {
            if (m.payload() instanceof Heartbeat && m.systemId() == watch.targetSystem()) {
                heartbeats.incrementAndGet();
            }
        })) {
            assertThat(Await.until(() -> heartbeats.get() >= 2, Duration.ofSeconds(10)))
                    .as("the vehicle is still heard after the other user gave the link back").isTrue();
        }
        watch.close();
        assertThat(links.lentNow()).isZero();
        assertThat(links.open()).as("the link stays open for the next user").containsExactly(simulator.link());
    }

    @Test
    void aUserWithATlogRecordsTheLinkOnlyWhileItHoldsIt() throws Exception {
        VehicleSession watch = links.open(options(OptionalInt.empty(), Optional.empty(), Duration.ofSeconds(10)), n -> { });
        Path tlog = dir.resolve("sortie.tlog");
        VehicleSession sortie = links.open(options(OptionalInt.empty(), Optional.of(tlog), Duration.ofSeconds(10)), n -> { });
        assertThat(sortie.tlog()).contains(tlog);
        assertThat(watch.tlog()).isEmpty();
        AtomicInteger heard = new AtomicInteger();
        try (MessageChannel.Subscription sub = watch.channel().subscribe(m -> heard.incrementAndGet())) {
            assertThat(Await.until(() -> heard.get() >= 3, Duration.ofSeconds(10))).isTrue();
            sortie.close();
            long size = Files.size(tlog);
            int records = count(tlog);
            assertThat(records).as("frames of the link while the sortie held it").isGreaterThanOrEqualTo(3);
            int before = heard.get();
            assertThat(Await.until(() -> heard.get() >= before + 3, Duration.ofSeconds(10))).isTrue();
            assertThat(Files.size(tlog)).as("nothing is recorded after the sortie gave the link back").isEqualTo(size);
        }
        assertThatThrownBy(() -> links.open(options(OptionalInt.empty(), Optional.of(tlog), Duration.ofSeconds(10)), n -> { }))
                .isInstanceOf(SessionException.class).hasMessageContaining("the file exists");
        watch.close();
    }

    @Test
    void anotherVehicleOnAnOpenLinkIsRefusedSayingWhichOneTheLinkIsOpenTo() throws Exception {
        VehicleSession watch = links.open(options(OptionalInt.empty(), Optional.empty(), Duration.ofSeconds(10)), n -> { });
        int other = watch.targetSystem() == 7 ? 8 : 7;
        assertThatThrownBy(() -> links.open(options(OptionalInt.of(other), Optional.empty(), Duration.ofSeconds(2)), n -> { }))
                .isInstanceOf(SessionException.class)
                .hasMessage("link " + simulator.link() + " is open to vehicle " + watch.targetSystem() + ", not to vehicle " + other
                        + " (one vehicle per shared link)");
        watch.close();
    }

    @Test
    void aVehicleGoneSilentOnAnOpenLinkIsReportedAsNoHeartbeatAndNothingIsLentAfterClose() throws Exception {
        VehicleSession watch = links.open(options(OptionalInt.empty(), Optional.empty(), Duration.ofSeconds(10)), n -> { });
        simulator.close();
        assertThatThrownBy(() -> links.open(options(OptionalInt.empty(), Optional.empty(), Duration.ofSeconds(2)), n -> { }))
                .isInstanceOf(SessionException.class)
                .hasMessage("no heartbeat from vehicle " + watch.targetSystem() + " on " + simulator.link() + " within 2 s (the link is open)")
                .satisfies(e -> assertThat(((SessionException) e).noLink()).isTrue());
        links.close();
        assertThatThrownBy(() -> links.open(options(OptionalInt.empty(), Optional.empty(), Duration.ofSeconds(2)), n -> { }))
                .isInstanceOf(SessionException.class).hasMessageContaining("shutting down");
    }

    private static int count(Path tlog) throws Exception {
        int n = 0;
        try (TlogReader r = TlogReader.open(tlog)) {
            while (r.hasNext()) {
                r.next();
                n++;
            }
        }
        return n;
    }
}
