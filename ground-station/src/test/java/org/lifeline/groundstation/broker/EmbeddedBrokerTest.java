package org.lifeline.groundstation.broker;

import org.junit.jupiter.api.Test;
import org.lifeline.fleet.Channel;
import org.lifeline.fleet.FleetTopics;
import org.lifeline.fleet.mqtt.FleetConnection;
import org.lifeline.fleet.mqtt.MqttSettings;
import org.lifeline.support.Await;

import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedBrokerTest {

    @Test
    void carriesQos1EventsAndRetainedStatusBetweenClients() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.startOnLoopback()) {
            assertThat(broker.uri()).startsWith("tcp://127.0.0.1:").doesNotEndWith(":0");
            List<String> received = new CopyOnWriteArrayList<>();
            try (FleetConnection drone = new FleetConnection(MqttSettings.plain(broker.uri(), "drone-1", true));
                 FleetConnection station = new FleetConnection(MqttSettings.plain(broker.uri(), "station", true))) {
                drone.connect();
                drone.publish("lifeline/v1/drones/drone-1/status", bytes("online"), 1, true);
                station.connect();
                for (Channel channel : List.of(Channel.STATUS, Channel.EVENTS)) {
                    station.subscribe(FleetTopics.allDrones(channel), 1,
                            (topic, payload) -> received.add(topic + "=" + new String(payload, StandardCharsets.UTF_8)));
                }
                drone.publish("lifeline/v1/drones/drone-1/events", bytes("released"), 1, false);
                // the retained status may come twice (below), so wait for the event itself, not a count
                assertThat(Await.until(() -> received.stream().anyMatch(m -> m.contains("/events=")),
                        Duration.ofSeconds(10))).isTrue();
                // a retained message comes again with every SUBSCRIBE of its filter (MQTT 3.1.1 §3.3.1.3),
                // and the connection renews its subscriptions when it (re)connects: status is idempotent
                assertThat(received).filteredOn(m -> m.contains("/status="))
                        .isNotEmpty().containsOnly("lifeline/v1/drones/drone-1/status=online");
                assertThat(received).filteredOn(m -> m.contains("/events="))
                        .containsExactly("lifeline/v1/drones/drone-1/events=released");
            }
        }
    }

    @Test
    void sendsTheLastWillWhenADroneVanishes() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.startOnLoopback()) {
            List<String> status = new CopyOnWriteArrayList<>();
            try (FleetConnection station = new FleetConnection(MqttSettings.plain(broker.uri(), "station", true))) {
                station.connect();
                station.subscribe("lifeline/v1/drones/drone-2/status", 1,
                        (topic, payload) -> status.add(new String(payload, StandardCharsets.UTF_8)));
                FleetConnection drone = new FleetConnection(MqttSettings.plain(broker.uri(), "drone-2", true)
                        .withWill(new MqttSettings.Will("lifeline/v1/drones/drone-2/status", bytes("offline"), 1, true)));
                drone.connect();
                drone.abort();
                assertThat(Await.until(() -> status.contains("offline"), Duration.ofSeconds(10)))
                        .as("Last Will after the drone's connection dropped").isTrue();
            }
        }
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.startOnLoopback()) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", broker.port()), 2000);
                assertThat(s.isConnected()).isTrue();
            }
            assertThat(broker.uri()).contains("127.0.0.1");
        }
    }

    @Test
    void refusesAPortThatIsTakenWithTheAddressInTheMessage() {
        try (EmbeddedBroker first = EmbeddedBroker.startOnLoopback()) {
            assertThatThrownBy(() -> EmbeddedBroker.start("127.0.0.1", first.port()))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("127.0.0.1:" + first.port());
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
