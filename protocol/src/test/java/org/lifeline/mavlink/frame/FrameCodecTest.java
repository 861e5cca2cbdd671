package org.lifeline.mavlink.frame;

import io.dronefleet.mavlink.MavlinkConnection;
import io.dronefleet.mavlink.MavlinkMessage;
import io.dronefleet.mavlink.common.MissionCount;
import io.dronefleet.mavlink.common.Statustext;
import io.dronefleet.mavlink.minimal.Heartbeat;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lifeline.mavlink.frame.TestFrames.CODEC;
import static org.lifeline.mavlink.frame.TestFrames.REGISTRY;

class FrameCodecTest {

    private final List<Frame> frames = new ArrayList<>();
    private final List<MessageSpec> specs = new ArrayList<>();
    private final FrameParser parser = new FrameParser(REGISTRY, (f, s) -> {
        frames.add(f);
        specs.add(s);
    });

    @Test
    void crcMatchesTheMcrf4xxCheckValue() {
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertThat(Crc16.accumulate(Crc16.INITIAL, check, 0, check.length)).isEqualTo(0x6F91);
    }

    @Test
    void registryReadsCrcExtraAndLengthsFromTheLibraryAnnotations() {
        MessageSpec heartbeat = REGISTRY.find(0).orElseThrow();
        assertThat(heartbeat.crcExtra()).isEqualTo(50);
        assertThat(heartbeat.minLength()).isEqualTo(9);
        assertThat(heartbeat.maxLength()).isEqualTo(9);
        MessageSpec statustext = REGISTRY.find(253).orElseThrow();
        assertThat(statustext.crcExtra()).isEqualTo(83);
        assertThat(statustext.minLength()).isEqualTo(51);
        assertThat(statustext.maxLength()).isEqualTo(54);
        assertThat(REGISTRY.find(73).orElseThrow().minLength()).isEqualTo(37);
        assertThat(REGISTRY.find(11030)).isPresent();
        assertThat(REGISTRY.find(9_999_999)).isEmpty();
    }

    @Test
    void writerTrimsTrailingZerosButKeepsOnePayloadByte() {
        FrameWriter writer = new FrameWriter(255, 190, CODEC, null);
        Frame count = writer.write(MissionCount.builder().targetSystem(1).targetComponent(1).count(0).build());
        assertThat(count.payloadLength()).isEqualTo(4); // count(2) + target system + target component, type 0 trimmed
        Frame empty = writer.write(MissionCount.builder().build());
        assertThat(empty.payloadLength()).isEqualTo(1);
        parser.feed(TestFrames.concat(count.bytes(), empty.bytes()));
        assertThat(frames).containsExactly(count, empty);
        MissionCount decoded = (MissionCount) CODEC.decode(frames.get(0)).orElseThrow();
        assertThat(decoded.targetSystem()).isEqualTo(1);
        assertThat(decoded.missionType().value()).isZero();
    }

    @Test
    void writerCountsSequenceAndStampsOurIds() {
        FrameWriter writer = new FrameWriter(42, 7, CODEC, null);
        for (int i = 0; i < 258; i++) {
            Frame f = writer.write(TestFrames.heartbeat());
            assertThat(f.sequence()).isEqualTo(i & 0xFF);
            assertThat(f.systemId()).isEqualTo(42);
            assertThat(f.componentId()).isEqualTo(7);
            assertThat(f.version()).isEqualTo(2);
        }
    }

    @Test
    void framesFromTheLibraryWriterParseAndDecodeHere() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MavlinkConnection library = MavlinkConnection.create(new ByteArrayInputStream(new byte[0]), out);
        for (Object m : TestFrames.sampleMessages()) {
            library.send2(1, 1, m);
        }
        library.send1(1, 1, TestFrames.heartbeat());
        parser.feed(out.toByteArray());
        assertThat(frames).hasSize(5);
        assertThat(specs).doesNotContainNull();
        List<Object> decoded = frames.stream().map(f -> CODEC.decode(f).orElseThrow()).toList();
        assertThat(decoded.subList(0, 4)).containsExactlyElementsOf(normalise(TestFrames.sampleMessages()));
        assertThat(frames.get(4).version()).isEqualTo(1);
        assertThat(decoded.get(4)).isInstanceOf(Heartbeat.class);
    }

    @Test
    void framesFromOurWriterAreReadByTheLibrary() throws Exception {
        FrameWriter writer = new FrameWriter(255, 190, CODEC, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object m : TestFrames.sampleMessages()) {
            out.write(writer.write(m).bytes());
        }
        MavlinkConnection library = MavlinkConnection.create(new ByteArrayInputStream(out.toByteArray()), new ByteArrayOutputStream());
        List<Object> read = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            MavlinkMessage<?> m = library.next();
            assertThat(m.getOriginSystemId()).isEqualTo(255);
            read.add(m.getPayload());
        }
        assertThat(read).containsExactlyElementsOf(normalise(TestFrames.sampleMessages()));
    }

    @Test
    void mavlinkOneFramesAreAccepted() {
        byte[] v1 = TestFrames.v1(Statustext.builder().text("hello").build(), 9, 1, 1);
        parser.feed(v1);
        assertThat(frames).hasSize(1);
        Frame f = frames.get(0);
        assertThat(f.version()).isEqualTo(1);
        assertThat(f.sequence()).isEqualTo(9);
        assertThat(f.messageId()).isEqualTo(253);
        assertThat(((Statustext) CODEC.decode(f).orElseThrow()).text()).isEqualTo("hello");
    }

    /** Round trips through bytes, so unset enum fields become value 0 as they do on the wire. */
    private static List<Object> normalise(List<Object> messages) {
        return messages.stream().map(m -> {
            MessageSpec spec = REGISTRY.specFor(m);
            Frame f = new FrameWriter(1, 1, CODEC, null).write(m);
            return CODEC.decode(f, spec).orElseThrow();
        }).toList();
    }
}
