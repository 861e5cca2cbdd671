package org.lifeline.groundstation.web.dashboard;

import org.lifeline.fleet.Channel;
import org.lifeline.fleet.FleetJson;
import org.lifeline.fleet.FleetTopics;
import org.lifeline.fleet.Telemetry;
import org.lifeline.fleet.mqtt.FleetConnection;
import org.lifeline.fleet.mqtt.MqttSettings;
import org.lifeline.groundstation.broker.EmbeddedBroker;
import org.lifeline.groundstation.fleet.FleetBus;
import org.lifeline.time.SystemScheduler;

/** An embedded broker with the ground station's fleet bus on it, started, and a connection that publishes as the agents do. */
final class FleetRig implements AutoCloseable {

    final EmbeddedBroker broker;
    final SystemScheduler clock;
    final FleetBus fleet;
    final FleetConnection agent;

    FleetRig() throws Exception {
        broker = EmbeddedBroker.startOnLoopback();
        clock = new SystemScheduler("test-fleet-clock");
        fleet = new FleetBus(MqttSettings.plain(broker.uri(), "test-ground", true), clock, 5_000);
        agent = new FleetConnection(MqttSettings.plain(broker.uri(), "test-agent", true));
        fleet.start();
        agent.connect();
    }

    /** Publishes a sample as the drone's agent would. */
    void telemetry(Telemetry t) throws Exception {
        agent.publish(FleetTopics.topic(t.droneId(), Channel.TELEMETRY), FleetJson.encode(t), 1, false);
    }

    @Override
    public void close() throws Exception {
        agent.close();
        fleet.close();
        clock.close();
        broker.close();
    }
}
