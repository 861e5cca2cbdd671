package org.lifeline.mavlink;

import io.dronefleet.mavlink.common.MissionCount;
import org.junit.jupiter.api.Test;
import org.lifeline.link.Link;
import org.lifeline.link.LinkUri;
import org.lifeline.link.Links;
import org.lifeline.link.UdpInLink;
import org.lifeline.time.ManualScheduler;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Two endpoints over real UDP sockets on the loopback interface, signed both ways. */
class MavlinkEndpointUdpTest {

    @Test
    void aSignedVehicleIsDiscoveredAndReceivesAMissionCountOverRealUdp() throws Exception {
        ManualScheduler scheduler = new ManualScheduler();
        var key = org.lifeline.mavlink.signing.SigningKey.fromPassphrase("udp test");
        UdpInLink gcsLink = UdpInLink.open(LinkUri.parse("udpin://127.0.0.1:0"));
        Link vehicleLink = Links.open("udp://127.0.0.1:" + gcsLink.localPort());
        try (MavlinkEndpoint gcs = new MavlinkEndpoint(gcsLink, scheduler, EndpointOptions.groundStation().withSigning(key, true));
             MavlinkEndpoint vehicle = new MavlinkEndpoint(vehicleLink, scheduler, EndpointOptions.groundStation()
                     .withIds(1, 1).withHeartbeat(2, 3, Duration.ofSeconds(1)).withSigning(key, true))) {
            CountDownLatch discovered = new CountDownLatch(1);
            gcs.addVehicleListener(new VehicleListener() {
                @Override
                public void discovered(VehicleInfo v) {
                    discovered.countDown();
                }
            });
            AtomicReference<MavMessage> received = new AtomicReference<>();
            CountDownLatch counted = new CountDownLatch(1);
            vehicle.subscribe(m -> {
                if (m.is(MissionCount.class)) {
                    received.set(m);
                    counted.countDown();
                }
            });
            gcs.start();
            vehicle.start();

            vehicle.sendHeartbeat(); // also tells the udpin side where the vehicle is
            assertThat(discovered.await(10, TimeUnit.SECONDS)).as("vehicle discovered over UDP").isTrue();
            gcs.send(MissionCount.builder().targetSystem(1).targetComponent(1).count(3).build());
            assertThat(counted.await(10, TimeUnit.SECONDS)).as("MISSION_COUNT arrived over UDP").isTrue();
            assertThat(received.get().as(MissionCount.class).orElseThrow().count()).isEqualTo(3);
            assertThat(gcs.counters().signatureFailures()).isZero();
            assertThat(vehicle.counters().unsignedDropped()).isZero();
        }
    }
}
