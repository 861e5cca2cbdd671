package org.lifeline.groundstation.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.fleet.Channel;
import org.lifeline.fleet.FleetJson;
import org.lifeline.fleet.FleetTopics;
import org.lifeline.fleet.Telemetry;
import org.lifeline.fleet.mqtt.FleetConnection;
import org.lifeline.fleet.mqtt.MqttSettings;
import org.lifeline.groundstation.broker.EmbeddedBroker;
import org.lifeline.groundstation.fleet.FleetBus;
import org.lifeline.support.Await;
import org.lifeline.time.SystemScheduler;

/** A sortie that has landed stays on the map for an hour, marked closed with what became of its parcels, then goes. */
class LandedSortiesApiTest {

    @TempDir
    Path data;

    @Test
    void aLandedSortieIsListedWithItsRouteAndOutcomeForAnHourThenDropped() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.startOnLoopback();
             SystemScheduler scheduler = new SystemScheduler("test-fleet-clock");
             FleetBus fleet = new FleetBus(MqttSettings.plain(broker.uri(), "test-ground", true), scheduler, 5_000);
             FleetConnection agent = new FleetConnection(MqttSettings.plain(broker.uri(), "test-agent", true))) {
            fleet.start();
            agent.connect();
            try (OperationsFixture web = new OperationsFixture(data, fleet, null, 200)) {
                agent.publish(FleetTopics.topic(OperationsFixture.DRONE, Channel.TELEMETRY), FleetJson.encode(new Telemetry(
                        OperationsFixture.DRONE, System.currentTimeMillis(), 34.06, 114.39, 0, 0, 0, 0, 80, 15.9, 3, 12, "LAND", false, 0)),
                        1, false);
                assertThat(Await.until(() -> !fleet.drones().isEmpty(), Duration.ofSeconds(15))).isTrue();
                String[] s = web.session();
                Map<String, Object> open = only(web.get("/api/sorties", s[0]).body());
                assertThat(open).containsEntry("id", OperationsFixture.SORTIE).doesNotContainKey("closed");

                web.clock.advance(Duration.ofMinutes(5));
                web.store.closeSortie(OperationsFixture.SORTIE, web.clock.instant());
                web.clock.advance(Duration.ofMinutes(10));
                Map<String, Object> landed = only(web.get("/api/sorties", s[0]).body());
                assertThat(landed).containsEntry("id", OperationsFixture.SORTIE).containsEntry("closed", web.clock.instant()
                        .minus(Duration.ofMinutes(10)).toString()).containsEntry("outcome", "PLANNED ×1");
                assertThat((List<?>) landed.get("route")).as("its route stays drawn").hasSizeGreaterThan(2);

                web.clock.advance(Duration.ofMinutes(51));
                String[] later = web.session();
                assertThat(OperationsFixture.jsonList(web.get("/api/sorties", later[0]).body())).as("gone after an hour").isEmpty();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> only(String body) throws Exception {
        List<Object> list = OperationsFixture.jsonList(body);
        assertThat(list).hasSize(1);
        return (Map<String, Object>) list.get(0);
    }
}
