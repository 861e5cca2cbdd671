package org.lifeline.groundstation.linkwatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.lifeline.groundstation.alarm.Alarm;
import org.lifeline.groundstation.alarm.AlarmRules;
import org.lifeline.groundstation.alarm.Alarms;
import org.lifeline.groundstation.session.LinkSessionOpener;
import org.lifeline.groundstation.session.SharedLinks;
import org.lifeline.groundstation.testing.SimulatorOnTcp;
import org.lifeline.support.Await;

/** The link watch against our simulator on TCP: what the pilot sees of a drone through its radio. */
class LinkWatchTest {

    private static final WatchSettings QUICK = new WatchSettings(Duration.ofSeconds(3), Duration.ofSeconds(2), Duration.ofMillis(300),
            Duration.ofMillis(250), Duration.ofMillis(100), 4);

    @Test
    void aDronesLinkShowsItsPositionModeHeadingAndQualityAndGoesLostWhenTheVehicleFallsSilent() throws Exception {
        List<LinkSample> heard = new CopyOnWriteArrayList<>();
        try (SimulatorOnTcp simulator = SimulatorOnTcp.start();
             SharedLinks links = new SharedLinks(new LinkSessionOpener());
             LinkWatch watch = new LinkWatch(Map.of("drone-1", simulator.link()), links, Clock.systemUTC(), QUICK)) {
            watch.onSample(heard::add);
            watch.start();
            assertThat(Await.until(() -> watch.sample("drone-1").map(s -> s.state() == LinkSample.State.LIVE && s.haveFix()
                    && s.qualityPercent() >= 0).orElse(false), Duration.ofSeconds(15))).as("live with a fix: " + watch.samples()).isTrue();
            LinkSample live = watch.sample("drone-1").orElseThrow();
            assertThat(live.latitude()).isCloseTo(34.0655, org.assertj.core.data.Offset.offset(0.001));
            assertThat(live.longitude()).isCloseTo(114.401, org.assertj.core.data.Offset.offset(0.001));
            assertThat(live.mode()).isNotEqualTo("?");
            assertThat(live.heading()).isBetween(0.0, 360.0);
            assertThat(live.qualityPercent()).as("nothing lost on a local TCP link").isEqualTo(100);
            assertThat(live.uri()).isEqualTo(simulator.link());
            assertThat(live.detail()).isEmpty();
            assertThat(heard).as("samples were pushed, not only polled").anySatisfy(s -> assertThat(s.haveFix()).isTrue());
            assertThat(Alarms.now(List.of(), watch.samples(), List.of(), Instant.now(), AlarmRules.DEFAULT)).isEmpty();

            simulator.close();
            assertThat(Await.until(() -> watch.sample("drone-1").map(s -> s.state() == LinkSample.State.LOST).orElse(false),
                    Duration.ofSeconds(10))).isTrue();
            LinkSample lost = watch.sample("drone-1").orElseThrow();
            assertThat(lost.detail()).startsWith("no heartbeat for ");
            assertThat(lost.haveFix()).as("the last known position stays").isTrue();
            List<Alarm> alarms = Alarms.now(List.of(), watch.samples(), List.of(), Instant.now(), AlarmRules.DEFAULT);
            assertThat(alarms).singleElement().satisfies(a -> {
                assertThat(a.kind()).isEqualTo(Alarm.Kind.LINK_LOST);
                assertThat(a.detail()).startsWith("drone-1: MAVLink link lost (no heartbeat for ").endsWith(") on " + simulator.link());
            });
        }
    }

    @Test
    void aDroneNeverReachedIsUnreachableWithTheReasonAndRaisesNoAlarm() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (SharedLinks links = new SharedLinks(new LinkSessionOpener());
             LinkWatch watch = new LinkWatch(Map.of("drone-9", "tcp://127.0.0.1:" + port), links, Clock.systemUTC(),
                     new WatchSettings(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofMillis(250),
                             Duration.ofMillis(100), 2))) {
            assertThat(watch.sample("drone-9").orElseThrow().state()).isEqualTo(LinkSample.State.CONNECTING);
            watch.start();
            assertThat(Await.until(() -> watch.sample("drone-9").map(s -> s.state() == LinkSample.State.UNREACHABLE).orElse(false),
                    Duration.ofSeconds(10))).isTrue();
            LinkSample s = watch.sample("drone-9").orElseThrow();
            assertThat(s.detail()).contains("tcp://127.0.0.1:" + port);
            assertThat(s.haveFix()).isFalse();
            assertThat(Alarms.now(List.of(), watch.samples(), List.of(), Instant.now(), AlarmRules.DEFAULT))
                    .as("a drone that is switched off is not an alarm").isEmpty();
        }
    }
}
