package org.lifeline.mavlink.frame;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the frame parser: whatever noise lies between good frames and however the bytes
 * are split into reads, every good frame comes out once, in order.
 */
class FrameParserProperties {

    private static final FrameWriter WRITER = new FrameWriter(1, 1, TestFrames.CODEC, null);
    private static final List<Frame> POOL = pool();

    @Property(tries = 300)
    void everyGoodFrameArrivesInOrderWhateverNoiseSurroundsIt(
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 7) Integer> picks,
            @ForAll("noise") List<byte[]> noise,
            @ForAll @IntRange(min = 1, max = 300) int chunk) {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        List<Frame> sent = new ArrayList<>();
        for (int i = 0; i < picks.size(); i++) {
            stream.writeBytes(noise.get(i % noise.size()));
            Frame f = POOL.get(picks.get(i));
            sent.add(f);
            stream.writeBytes(f.bytes());
        }
        List<Frame> verified = new ArrayList<>();
        FrameParser parser = new FrameParser(TestFrames.REGISTRY, (f, spec) -> {
            if (spec != null) {
                verified.add(f);
            }
        });
        byte[] bytes = stream.toByteArray();
        for (int at = 0; at < bytes.length; at += chunk) {
            parser.feed(bytes, at, Math.min(chunk, bytes.length - at));
        }
        parser.endOfInput();
        assertThat(verified).containsExactlyElementsOf(sent);
        assertThat(parser.pending()).isZero();
    }

    @Provide
    Arbitrary<List<byte[]>> noise() {
        Arbitrary<Byte> noisyByte = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.bytes()),
                net.jqwik.api.Tuple.of(1, Arbitraries.of((byte) 0xFD, (byte) 0xFE)));
        Arbitrary<byte[]> chunk = noisyByte.list().ofMaxSize(60).map(list -> {
            byte[] b = new byte[list.size()];
            for (int i = 0; i < b.length; i++) {
                b[i] = list.get(i);
            }
            return b;
        });
        return Combinators.combine(chunk, chunk.list().ofMinSize(0).ofMaxSize(7))
                .as((first, rest) -> {
                    List<byte[]> all = new ArrayList<>();
                    all.add(first);
                    all.addAll(rest);
                    return all;
                });
    }

    private static List<Frame> pool() {
        List<Frame> frames = new ArrayList<>();
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < 8; i++) {
            frames.add(WRITER.write(TestFrames.randomMessage(random)));
        }
        return frames;
    }
}
