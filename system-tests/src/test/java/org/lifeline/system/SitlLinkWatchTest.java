package org.lifeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.lifeline.groundstation.actions.ActionRequest;
import org.lifeline.groundstation.actions.ActionResult;
import org.lifeline.groundstation.actions.DroneAction;
import org.lifeline.groundstation.actions.LinkCommands;
import org.lifeline.groundstation.linkwatch.LinkSample;
import org.lifeline.groundstation.linkwatch.LinkWatch;
import org.lifeline.groundstation.linkwatch.WatchSettings;
import org.lifeline.groundstation.session.LinkSessionOpener;
import org.lifeline.groundstation.session.SharedLinks;
import org.lifeline.support.Await;
import org.lifeline.support.SitlProcess;

/**
 * The dashboard's link watch on ArduCopter SITL's GCS port, which serves one TCP client and sends
 * no telemetry until asked: the watch asks, shows the position, heading, battery and link quality,
 * keeps the link while an operator's pause borrows it (GUIDED, confirmed by the heartbeat), and
 * follows a short flight flown from the companion port: armed, the altitude, the mission items.
 */
class SitlLinkWatchTest {

    private static final double LAT = 34.0600;
    private static final double LON = 114.3950;

    @Test
    void theLinkWatchShowsArduPilotLiveKeepsItsLinkThroughAPauseAndFollowsAFlight() throws Exception {
        SitlProcess.assumeAvailable();
        Set<Integer> items = ConcurrentHashMap.newKeySet();
        AtomicReference<Double> highest = new AtomicReference<>(0.0);
        Set<String> modes = ConcurrentHashMap.newKeySet();
        try (SitlProcess sitl = SitlProcess.start(SitlProcess.Options.defaults().withSpeedup(10).withHome(LAT + "," + LON + ",50,0"));
             SharedLinks links = new SharedLinks(new LinkSessionOpener());
             LinkWatch watch = new LinkWatch(Map.of("d1", sitl.gcsUri()), links, Clock.systemUTC(),
                     new WatchSettings(Duration.ofSeconds(10), Duration.ofSeconds(3), Duration.ofSeconds(1), Duration.ofMillis(250),
                             Duration.ofMillis(100), 4))) {
            watch.onSample(s -> {
                if (s.state() == LinkSample.State.LIVE && s.haveFix()) {
                    if (s.armed()) {
                        items.add(s.missionSeq());
                        highest.accumulateAndGet(s.altitude(), Math::max);
                    }
                    modes.add(s.mode());
                }
            });
            watch.start();
            assertThat(Await.until(() -> watch.sample("d1").map(s -> s.state() == LinkSample.State.LIVE
                    && Math.abs(s.latitude() - LAT) < 0.001 && Math.abs(s.longitude() - LON) < 0.001 && s.qualityPercent() >= 0)
                    .orElse(false), Duration.ofSeconds(90))).as("live at home: " + watch.samples()).isTrue();
            LinkSample home = watch.sample("d1").orElseThrow();
            assertThat(home.heading()).isBetween(0.0, 360.0);
            assertThat(home.batteryPercent()).isBetween(0, 100);
            assertThat(home.qualityPercent()).as("a local TCP link loses nothing").isGreaterThanOrEqualTo(95);

            ActionResult paused = new LinkCommands(links, id -> Optional.of(sitl.gcsUri()), Duration.ofSeconds(10))
                    .perform(new ActionRequest(DroneAction.PAUSE, "d1", Optional.empty()));
            assertThat(paused.success()).as(paused.text()).isTrue();
            assertThat(Await.until(() -> watch.sample("d1").map(s -> s.mode().equals("GUIDED")).orElse(false), Duration.ofSeconds(10)))
                    .as("the watch, on the same link, sees the mode the pause set").isTrue();
            assertThat(watch.sample("d1").orElseThrow().state()).isEqualTo(LinkSample.State.LIVE);
            assertThat(links.open()).containsExactly(sitl.gcsUri());

            try (FlightProbe probe = new FlightProbe(sitl.companionUri())) {
                probe.upload(FlightProbe.shortHop(LAT, LON, 50));
                probe.fly(Duration.ofSeconds(60));
                assertThat(probe.record().landed).as("landed; texts %s", probe.record().texts).isTrue();
            }
            assertThat(Await.until(() -> watch.sample("d1").map(s -> !s.armed()).orElse(false), Duration.ofSeconds(10))).isTrue();
            assertThat(highest.get()).as("highest altitude the watch showed").isBetween(8.0, 12.0);
            assertThat(items).as("mission items the watch showed while armed").contains(1, 2);
            assertThat(modes).contains("GUIDED", "AUTO");
            assertThat(watch.sample("d1").orElseThrow().state()).isEqualTo(LinkSample.State.LIVE);
        }
    }
}
