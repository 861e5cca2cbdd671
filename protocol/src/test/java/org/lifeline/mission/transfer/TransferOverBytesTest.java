package org.lifeline.mission.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.lifeline.link.Link;
import org.lifeline.link.Links;
import org.lifeline.link.MemoryLink;
import org.lifeline.link.SocatPtyPair;
import org.lifeline.mavlink.EndpointOptions;
import org.lifeline.mavlink.MavlinkEndpoint;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;
import org.lifeline.time.SystemScheduler;

/**
 * The whole stack below the pilot: mission transfer engine → MAVLink endpoint (our framing and
 * CRC) → link → bytes, on real threads and real time. One run corrupts, drops and duplicates
 * whole frames on an in-process link; one runs over a real socat pseudo-terminal pair opened
 * with jssc at 57600 baud, as a SiK radio pair would be.
 */
class TransferOverBytesTest {

    /** A link that damages what it sends: flips a bit in, drops or doubles a fraction of frames. */
    private static final class DamagingLink implements Link {
        private final Link inner;
        private final Random random;
        private final double corrupt;
        private final double drop;
        private final double duplicate;
        volatile int corrupted;

        DamagingLink(Link inner, long seed, double corrupt, double drop, double duplicate) {
            this.inner = inner;
            this.random = new Random(seed);
            this.corrupt = corrupt;
            this.drop = drop;
            this.duplicate = duplicate;
        }

        @Override
        public int read(byte[] buffer) throws java.io.IOException {
            return inner.read(buffer);
        }

        @Override
        public synchronized void write(byte[] data, int offset, int length) throws java.io.IOException {
            double r = random.nextDouble();
            if (r < drop) {
                return;
            }
            byte[] frame = java.util.Arrays.copyOfRange(data, offset, offset + length);
            if (r < drop + corrupt) {
                frame[random.nextInt(frame.length)] ^= (byte) (1 << random.nextInt(8));
                corrupted++;
            }
            inner.write(frame, 0, frame.length);
            if (random.nextDouble() < duplicate) {
                inner.write(frame, 0, frame.length);
            }
        }

        @Override
        public String uri() {
            return "damaging:" + inner.uri();
        }

        @Override
        public void close() {
            inner.close();
        }
    }

    private static MavlinkEndpoint vehicleEndpoint(Link link, SystemScheduler time) {
        return new MavlinkEndpoint(link, time, EndpointOptions.groundStation().withIds(1, 1)
                .withHeartbeat(2, 3, Duration.ofSeconds(1)));
    }

    @Test
    void aVerifiedUploadSurvivesCorruptedDroppedAndDuplicatedFrames() throws Exception {
        MemoryLink.Pair wire = MemoryLink.pair("damaged");
        DamagingLink groundSide = new DamagingLink(wire.a(), 7, 0.05, 0.05, 0.05);
        DamagingLink vehicleSide = new DamagingLink(wire.b(), 8, 0.05, 0.05, 0.05);
        try (SystemScheduler groundTime = new SystemScheduler("ground");
             SystemScheduler vehicleTime = new SystemScheduler("vehicle")) {
            MavlinkEndpoint ground = new MavlinkEndpoint(groundSide, groundTime, EndpointOptions.groundStation());
            MavlinkEndpoint vehicle = vehicleEndpoint(vehicleSide, vehicleTime);
            ground.start();
            vehicle.start();
            MissionServer server = new MissionServer(vehicle, vehicleTime, ServerOptions.defaults().withLegacyRequests(true));
            MissionTransferClient client = new MissionTransferClient(ground, groundTime, TransferOptions.defaults());
            MissionPlan plan = TransferFixture.plan(MissionType.MISSION, 80);

            TransferResult r = client.uploadVerified(plan).get(120, TimeUnit.SECONDS);

            assertThat(r.outcome()).as(r.toString()).isEqualTo(TransferOutcome.SUCCESS);
            assertThat(server.plan(MissionType.MISSION).items()).hasSize(80);
            assertThat(PlanComparison.firstDifference(plan, server.plan(MissionType.MISSION), true)).isNull();
            assertThat(groundSide.corrupted + vehicleSide.corrupted).as("frames corrupted on the wire").isPositive();
            assertThat(ground.counters().crcFailures() + vehicle.counters().crcFailures()
                    + ground.counters().lengthErrors() + vehicle.counters().lengthErrors()
                    + ground.counters().unknownIds() + vehicle.counters().unknownIds())
                    .as("damaged frames rejected by the receivers").isPositive();
            client.close();
            server.close();
            ground.close();
            vehicle.close();
        }
    }

    @Test
    void aVerifiedUploadCrossesASerialRadioPairAt57600Baud() throws Exception {
        try (SocatPtyPair radio = SocatPtyPair.start();
             SystemScheduler groundTime = new SystemScheduler("ground");
             SystemScheduler vehicleTime = new SystemScheduler("vehicle")) {
            Link groundLink = Links.open(radio.uriA());
            Link vehicleLink = Links.open(radio.uriB());
            MavlinkEndpoint ground = new MavlinkEndpoint(groundLink, groundTime, EndpointOptions.groundStation());
            MavlinkEndpoint vehicle = vehicleEndpoint(vehicleLink, vehicleTime);
            ground.start();
            vehicle.start();
            MissionServer server = new MissionServer(vehicle, vehicleTime, ServerOptions.defaults().withLegacyRequests(true));
            MissionTransferClient client = new MissionTransferClient(ground, groundTime, TransferOptions.defaults());
            MissionPlan plan = TransferFixture.plan(MissionType.MISSION, 60);

            TransferResult r = client.uploadVerified(plan).get(120, TimeUnit.SECONDS);

            assertThat(r.outcome()).as(r.toString()).isEqualTo(TransferOutcome.SUCCESS);
            assertThat(PlanComparison.firstDifference(plan, server.plan(MissionType.MISSION), true)).isNull();
            assertThat(ground.counters().framesReceived()).isPositive();
            client.close();
            server.close();
            ground.close();
            vehicle.close();
        }
    }
}
