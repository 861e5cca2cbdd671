package org.lifeline.mavlink;

import io.dronefleet.mavlink.common.MissionCount;
import io.dronefleet.mavlink.common.RadioStatus;
import io.dronefleet.mavlink.common.Statustext;
import io.dronefleet.mavlink.minimal.Heartbeat;
import io.dronefleet.mavlink.minimal.MavAutopilot;
import io.dronefleet.mavlink.minimal.MavModeFlag;
import io.dronefleet.mavlink.minimal.MavType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.link.MemoryLink;
import org.lifeline.mavlink.frame.Frame;
import org.lifeline.mavlink.frame.FrameParser;
import org.lifeline.mavlink.frame.FrameWriter;
import org.lifeline.mavlink.frame.MessageRegistry;
import org.lifeline.mavlink.frame.PayloadCodec;
import org.lifeline.mavlink.frame.TestFrames;
import org.lifeline.mavlink.signing.FrameSigner;
import org.lifeline.mavlink.signing.SigningKey;
import org.lifeline.mavlink.signing.SigningTimestamps;
import org.lifeline.time.ManualScheduler;
import org.lifeline.tlog.TlogReader;
import org.lifeline.tlog.TlogRecord;
import org.lifeline.tlog.TlogWriter;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class MavlinkEndpointTest {

    private static final PayloadCodec CODEC = new PayloadCodec(MessageRegistry.standard());
    private static final SigningKey KEY = SigningKey.fromPassphrase("quarantine zone 7");

    private final ManualScheduler scheduler = new ManualScheduler();
    private final MemoryLink.Pair link = MemoryLink.pair("endpoint-test");
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    @Test
    void messagesFlowBothWaysBetweenTwoEndpointsOverAMemoryLink() throws Exception {
        MavlinkEndpoint gcs = endpoint(link.a(), EndpointOptions.groundStation());
        MavlinkEndpoint vehicle = endpoint(link.b(), EndpointOptions.groundStation().withIds(1, 1)
                .withHeartbeat(2, 3, Duration.ofSeconds(1)));
        CountDownLatch discovered = new CountDownLatch(1);
        gcs.addVehicleListener(new VehicleListener() {
            @Override
            public void discovered(VehicleInfo v) {
                discovered.countDown();
            }
        });
        List<MavMessage> atVehicle = new CopyOnWriteArrayList<>();
        CountDownLatch counted = new CountDownLatch(1);
        vehicle.subscribe(m -> {
            atVehicle.add(m);
            if (m.is(MissionCount.class)) {
                counted.countDown();
            }
        });
        gcs.start();
        vehicle.start();

        vehicle.sendHeartbeat();
        assertThat(discovered.await(5, TimeUnit.SECONDS)).as("vehicle discovered").isTrue();
        assertThat(gcs.vehicles()).containsExactly(new VehicleInfo(1, 1, 2, 3, 0, 0, 4, false));
        assertThat(gcs.isConnected(1, 1)).isTrue();

        gcs.send(MissionCount.builder().targetSystem(1).targetComponent(1).count(5).build());
        assertThat(counted.await(5, TimeUnit.SECONDS)).as("MISSION_COUNT arrived").isTrue();
        MavMessage m = atVehicle.stream().filter(x -> x.is(MissionCount.class)).findFirst().orElseThrow();
        assertThat(m.systemId()).isEqualTo(255);
        assertThat(m.componentId()).isEqualTo(190);
        assertThat(m.as(MissionCount.class).orElseThrow().count()).isEqualTo(5);
        assertThat(gcs.counters().framesSent()).isEqualTo(1);
        assertThat(gcs.counters().sent(44)).isEqualTo(1);
    }

    @Test
    void sendsAGroundStationHeartbeatEverySecond() {
        MavlinkEndpoint gcs = endpoint(link.a(), EndpointOptions.groundStation());
        gcs.start();
        scheduler.advance(Duration.ofMillis(3_500));
        List<Frame> frames = drain(link.b());
        assertThat(frames).hasSize(3).allSatisfy(f -> {
            assertThat(f.messageId()).isZero();
            assertThat(f.systemId()).isEqualTo(255);
            assertThat(f.componentId()).isEqualTo(190);
        });
        assertThat(frames).extracting(Frame::sequence).containsExactly(0, 1, 2);
        Heartbeat hb = (Heartbeat) CODEC.decode(frames.get(0)).orElseThrow();
        assertThat(hb.type().value()).isEqualTo(6);
        assertThat(hb.autopilot().value()).isEqualTo(8);
    }

    @Test
    void aGroundStationIsNotAVehicle() {
        MavlinkEndpoint gcs = endpoint(link.a(), EndpointOptions.groundStation());
        receive(gcs, new FrameWriter(250, 190, CODEC, null).write(Heartbeat.builder().type(MavType.MAV_TYPE_GCS)
                .autopilot(MavAutopilot.MAV_AUTOPILOT_INVALID).mavlinkVersion(3).build()));
        receive(gcs, new FrameWriter(1, 191, CODEC, null).write(Heartbeat.builder().type(MavType.MAV_TYPE_ONBOARD_CONTROLLER)
                .autopilot(MavAutopilot.MAV_AUTOPILOT_INVALID).mavlinkVersion(3).build()));
        assertThat(gcs.vehicles()).isEmpty();
        receive(gcs, new FrameWriter(1, 1, CODEC, null).write(armedQuad()));
        assertThat(gcs.vehicles()).singleElement().satisfies(v -> {
            assertThat(v.armed()).isTrue();
            assertThat(v.customMode()).isEqualTo(3);
            assertThat(v.autopilot()).isEqualTo(3);
        });
    }

    @Test
    void reportsLinkLostAfterThreeSilentSecondsAndRestoredOnTheNextHeartbeat() {
        MavlinkEndpoint gcs = endpoint(link.a(), EndpointOptions.groundStation().withoutHeartbeat());
        List<String> events = new ArrayList<>();
        gcs.addVehicleListener(new VehicleListener() {
            @Override
            public void discovered(VehicleInfo v) {
                events.add("discovered " + v.systemId());
            }

            @Override
            public void linkLost(VehicleInfo v) {
                events.add("lost " + v.systemId());
            }

            @Override
            public void linkRestored(VehicleInfo v) {
                events.add("restored " + v.systemId());
            }

            @Override
            public void changed(VehicleInfo previous, VehicleInfo current) {
                events.add("changed armed=" + current.armed());
            }
        });
        gcs.start();
        FrameWriter vehicle = new FrameWriter(1, 1, CODEC, null);
        receive(gcs, vehicle.write(TestFrames.heartbeat()));
        scheduler.advance(Duration.ofMillis(2_900));
        assertThat(events).containsExactly("discovered 1");
        scheduler.advance(Duration.ofMillis(400));
        assertThat(events).containsExactly("discovered 1", "lost 1");
        assertThat(gcs.isConnected(1, 1)).isFalse();
        scheduler.advance(Duration.ofSeconds(10));
        receive(gcs, vehicle.write(armedQuad()));
        assertThat(events).containsExactly("discovered 1", "lost 1", "restored 1", "changed armed=true");
        assertThat(gcs.isConnected(1, 1)).isTrue();
    }

    @Test
    void countsPacketsLostFromSequenceGapsPerSender() {
        MavlinkEndpoint gcs = endpoint(link.a(), EndpointOptions.groundStation());
        FrameWriter one = new FrameWriter(1, 1, CODEC, null);
        FrameWriter two = new FrameWriter(2, 1, CODEC, null);
        receive(gcs, one.write(TestFrames.heartbeat()));   // seq 0
        receive(gcs, one.write(TestFrames.heartbeat()));   // seq 1
        one.write(TestFrames.heartbeat());                 // seq 2 lost
        one.write(TestFrames.heartbeat());                 // seq 3 lost
        receive(gcs, one.write(TestFrames.heartbeat()));   // seq 4
        receive(gcs, two.write(TestFrames.heartbeat()));   // seq 0
        two.write(TestFrames.heartbeat());                 // seq 1 lost
        receive(gcs, two.write(TestFrames.heartbeat()));   // seq 2
        EndpointCounters c = gcs.counters();
        assertThat(c.lostBySource()).containsEntry(new SourceId(1, 1), 2L).containsEntry(new SourceId(2, 1), 1L);
        assertThat(c.packetsLost()).isEqualTo(3);
        assertThat(c.framesReceived()).isEqualTo(5);
        assertThat(c.received(0)).isEqualTo(5);
    }

    @Test
    void countsCorruptedFramesAndPassesUnknownIdsOnlyToFrameListeners() {
        MavlinkEndpoint gcs = endpoint(link.a(), EndpointOptions.groundStation());
        List<MavMessage> messages = new ArrayList<>();
        List<Frame> frames = new ArrayList<>();
        gcs.subscribe(messages::add);
        gcs.subscribeFrames(frames::add);
        FrameWriter vehicle = new FrameWriter(1, 1, CODEC, null);
        byte[] bad = vehicle.write(TestFrames.heartbeat()).bytes().clone();
        bad[11] ^= 0x01;
        byte[] unknown = TestFrames.unknownV2(0x0A0B0C, new byte[]{5, 6, 7}, 1);
        Frame good = vehicle.write(Statustext.builder().text("after noise").build());
        byte[] all = TestFrames.concat(new byte[]{1, 2, 3}, bad, unknown, good.bytes());
        gcs.receive(all, 0, all.length);
        EndpointCounters c = gcs.counters();
        assertThat(c.crcFailures()).isEqualTo(1);
        assertThat(c.unknownIds()).isEqualTo(1);
        assertThat(c.bytesReceived()).isEqualTo(all.length);
        assertThat(frames).hasSize(2);
        assertThat(messages).singleElement().satisfies(m ->
                assertThat(m.as(Statustext.class).orElseThrow().text()).isEqualTo("after noise"));
    }

    @Test
    void whenSigningIsRequiredOnlyFramesSignedWithOurKeyGetThrough() {
        MavlinkEndpoint gcs = endpoint(link.a(), EndpointOptions.groundStation().withSigning(KEY, true));
        List<MavMessage> messages = new ArrayList<>();
        gcs.subscribe(messages::add);
        FrameWriter signedVehicle = new FrameWriter(1, 1, CODEC, new FrameSigner(KEY, 0, new SigningTimestamps(scheduler)));
        Frame signed = signedVehicle.write(TestFrames.heartbeat());
        receive(gcs, signed);
        receive(gcs, new FrameWriter(1, 1, CODEC, null).write(TestFrames.heartbeat()));
        receive(gcs, new FrameWriter(1, 1, CODEC,
                new FrameSigner(SigningKey.fromPassphrase("intruder"), 0, new SigningTimestamps(scheduler))).write(TestFrames.heartbeat()));
        receive(gcs, signed); // replay
        receive(gcs, new FrameWriter(51, 68, CODEC, null).write(RadioStatus.builder().rssi(200).build()));
        EndpointCounters c = gcs.counters();
        assertThat(messages).hasSize(2);
        assertThat(messages.get(1).is(RadioStatus.class)).isTrue();
        assertThat(c.unsignedDropped()).isEqualTo(1);
        assertThat(c.signatureFailures()).isEqualTo(2);

        gcs.send(TestFrames.heartbeat());
        assertThat(drain(link.b())).singleElement().satisfies(f -> assertThat(f.isSigned()).isTrue());
    }

    @Test
    void everyAcceptedAndSentFrameGoesToTheTlogWithoutSignatures(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("link.tlog");
        TlogWriter tlog = TlogWriter.create(file);
        MavlinkEndpoint gcs = endpoint(link.a(), EndpointOptions.groundStation().withSigning(KEY, false).withTlog(tlog));
        FrameWriter vehicle = new FrameWriter(1, 1, CODEC, new FrameSigner(KEY, 0, new SigningTimestamps(scheduler)));
        receive(gcs, vehicle.write(TestFrames.heartbeat()));
        gcs.send(MissionCount.builder().targetSystem(1).targetComponent(1).count(2).build());
        receive(gcs, new FrameWriter(1, 1, CODEC, null).write(Statustext.builder().text("unsigned, allowed").build()));
        gcs.close();
        tlog.close();
        List<TlogRecord> records = new ArrayList<>();
        try (TlogReader reader = TlogReader.open(file)) {
            reader.forEach(records::add);
            assertThat(reader.summary().clean()).isTrue();
        }
        assertThat(records).extracting(r -> r.frame().messageId()).containsExactly(0, 44, 253);
        assertThat(records).noneMatch(r -> r.frame().isSigned());
        assertThat(records.get(1).frame().systemId()).isEqualTo(255);
        assertThat(records.get(0).epochMicros()).isEqualTo(scheduler.epochMicros());
    }

    @Test
    void aFailingListenerDoesNotStopDelivery() {
        MavlinkEndpoint gcs = endpoint(link.a(), EndpointOptions.groundStation());
        List<MavMessage> heard = new ArrayList<>();
        gcs.subscribe(m -> {
            throw new IllegalStateException("listener bug");
        });
        MessageChannel.Subscription s = gcs.subscribe(heard::add);
        receive(gcs, new FrameWriter(1, 1, CODEC, null).write(TestFrames.heartbeat()));
        s.close();
        receive(gcs, new FrameWriter(1, 1, CODEC, null).write(TestFrames.heartbeat()));
        assertThat(heard).hasSize(1);
    }

    @Test
    void concurrentSendersShareOneGaplessSequence() throws Exception {
        MavlinkEndpoint gcs = endpoint(link.a(), EndpointOptions.groundStation().withoutHeartbeat());
        int threads = 4;
        int each = 250;
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> senders = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int target = t + 1;
            Thread sender = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < each; i++) {
                    gcs.send(MissionCount.builder().targetSystem(target).targetComponent(1).count(i).build());
                }
            });
            sender.start();
            senders.add(sender);
        }
        go.countDown();
        for (Thread sender : senders) {
            sender.join(10_000);
        }
        List<Frame> frames = drain(link.b());
        assertThat(frames).hasSize(threads * each);
        for (int i = 0; i < frames.size(); i++) {
            assertThat(frames.get(i).sequence()).as("frame %d", i).isEqualTo(i & 0xFF);
        }
        assertThat(gcs.counters().framesSent()).isEqualTo(threads * each);
    }

    private static Heartbeat armedQuad() {
        return Heartbeat.builder().type(MavType.MAV_TYPE_QUADROTOR).autopilot(MavAutopilot.MAV_AUTOPILOT_ARDUPILOTMEGA)
                .baseMode(MavModeFlag.MAV_MODE_FLAG_SAFETY_ARMED, MavModeFlag.MAV_MODE_FLAG_CUSTOM_MODE_ENABLED)
                .customMode(3).mavlinkVersion(3).build();
    }

    private MavlinkEndpoint endpoint(MemoryLink end, EndpointOptions options) {
        MavlinkEndpoint e = new MavlinkEndpoint(end, scheduler, options);
        toClose.add(e);
        return e;
    }

    private static void receive(MavlinkEndpoint endpoint, Frame frame) {
        endpoint.receive(frame.bytes(), 0, frame.length());
    }

    /** Frames already written to {@code end}'s peer, read without blocking (writes are synchronous). */
    private static List<Frame> drain(MemoryLink end) {
        List<Frame> frames = new ArrayList<>();
        FrameParser parser = new FrameParser(MessageRegistry.standard(), (f, s) -> frames.add(f));
        byte[] buffer = new byte[1024];
        while (end.available() > 0) {
            int n = end.read(buffer);
            parser.feed(buffer, 0, n);
        }
        return frames;
    }
}
