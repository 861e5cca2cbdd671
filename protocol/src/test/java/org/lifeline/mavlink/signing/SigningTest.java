package org.lifeline.mavlink.signing;

import io.dronefleet.mavlink.Mavlink2Message;
import io.dronefleet.mavlink.MavlinkConnection;
import org.junit.jupiter.api.Test;
import org.lifeline.mavlink.frame.Frame;
import org.lifeline.mavlink.frame.FrameParser;
import org.lifeline.mavlink.frame.FrameWriter;
import org.lifeline.mavlink.frame.MessageRegistry;
import org.lifeline.mavlink.frame.PayloadCodec;
import org.lifeline.mavlink.frame.TestFrames;
import org.lifeline.time.ManualScheduler;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigningTest {

    /** 2026-01-01T00:00:00Z. */
    private static final long START = 1_767_225_600_000_000L;
    private static final SigningKey KEY = SigningKey.fromPassphrase("lifeline test passphrase");
    private static final PayloadCodec CODEC = new PayloadCodec(MessageRegistry.standard());

    private final ManualScheduler clock = new ManualScheduler(START);
    private final SigningTimestamps timestamps = new SigningTimestamps(clock);

    @Test
    void passphraseKeyIsTheSha256OfThePassphraseAsMavproxyDerivesIt() {
        SigningKey abc = SigningKey.fromPassphrase("abc");
        assertThat(abc).isEqualTo(SigningKey.fromHex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    @Test
    void hexKeysMustHaveSixtyFourDigits() {
        assertThatThrownBy(() -> SigningKey.fromHex("abcd")).hasMessageContaining("64 hexadecimal digits");
        assertThatThrownBy(() -> SigningKey.fromHex("zz".repeat(32))).hasMessageContaining("hexadecimal");
        assertThatThrownBy(() -> SigningKey.of(new byte[31])).hasMessageContaining("32 bytes");
    }

    @Test
    void keysNeverAppearInTheirStringForm() {
        SigningKey key = SigningKey.fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
        assertThat(key.toString()).contains("redacted").doesNotContain("00112233").doesNotContain("ccddeeff");
    }

    @Test
    void timestampsCountTenMicrosecondUnitsSince2015() {
        ManualScheduler at2015 = new ManualScheduler(SigningTimestamps.EPOCH_2015_MICROS + 1_000_000);
        assertThat(new SigningTimestamps(at2015).now()).isEqualTo(100_000);
    }

    @Test
    void timestampsIncreaseEvenWhenTheClockStandsStillOrGoesBack() {
        long first = timestamps.next();
        long second = timestamps.next();
        assertThat(second).isEqualTo(first + 1);
        timestamps.observe(first + 1_000_000);
        assertThat(timestamps.next()).isEqualTo(first + 1_000_001);
        clock.advance(Duration.ofSeconds(100));
        assertThat(timestamps.next()).isEqualTo(timestamps.now());
    }

    @Test
    void framesSignedHereVerifyAndTheLibraryAcceptsTheirSignature() throws Exception {
        Frame signed = signingWriter(KEY, 3).write(TestFrames.heartbeat());
        assertThat(signed.isSigned()).isTrue();
        assertThat(signed.signatureLinkId()).isEqualTo(3);
        assertThat(signed.signatureTimestamp()).isEqualTo(timestamps.last());
        assertThat(verifier().verify(signed)).isEqualTo(SignatureCheck.VALID);

        MavlinkConnection library = MavlinkConnection.create(new ByteArrayInputStream(signed.bytes()), new ByteArrayOutputStream());
        Mavlink2Message<?> read = (Mavlink2Message<?>) library.next();
        assertThat(read.validateSignature(KEY.bytes())).isTrue();
        assertThat(read.getSignatureTimestamp()).isEqualTo(signed.signatureTimestamp());
    }

    @Test
    void framesSignedByTheLibraryVerifyHere() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MavlinkConnection.create(new ByteArrayInputStream(new byte[0]), out)
                .send2(1, 1, TestFrames.heartbeat(), 0, timestamps.now(), KEY.bytes());
        List<Frame> frames = new ArrayList<>();
        new FrameParser(MessageRegistry.standard(), (f, s) -> frames.add(f)).feed(out.toByteArray());
        assertThat(frames).hasSize(1);
        assertThat(verifier().verify(frames.get(0))).isEqualTo(SignatureCheck.VALID);
    }

    @Test
    void tamperedOrWronglyKeyedFramesAreRejected() {
        Frame signed = signingWriter(KEY, 0).write(TestFrames.heartbeat());
        byte[] tampered = signed.bytes().clone();
        tampered[signed.signatureOffset() + 9] ^= 1;
        assertThat(verifier().verify(new Frame(tampered))).isEqualTo(SignatureCheck.BAD_SIGNATURE);
        Frame otherKey = signingWriter(SigningKey.fromPassphrase("another"), 0).write(TestFrames.heartbeat());
        assertThat(verifier().verify(otherKey)).isEqualTo(SignatureCheck.BAD_SIGNATURE);
        Frame unsigned = new FrameWriter(1, 1, CODEC, null).write(TestFrames.heartbeat());
        assertThat(verifier().verify(unsigned)).isEqualTo(SignatureCheck.UNSIGNED);
    }

    @Test
    void replayedFramesAreRejectedPerStream() {
        FrameWriter link0 = signingWriter(KEY, 0);
        Frame a = link0.write(TestFrames.heartbeat());
        Frame b = link0.write(TestFrames.heartbeat());
        SignatureVerifier verifier = verifier();
        assertThat(verifier.verify(a)).isEqualTo(SignatureCheck.VALID);
        assertThat(verifier.verify(b)).isEqualTo(SignatureCheck.VALID);
        assertThat(verifier.verify(a)).isEqualTo(SignatureCheck.REPLAYED);
        assertThat(verifier.verify(b)).isEqualTo(SignatureCheck.REPLAYED);
        // the same timestamps on another link id are another stream
        Frame otherLink = new FrameWriter(1, 1, CODEC, new FrameSigner(KEY, 1, new SigningTimestamps(clock))).write(TestFrames.heartbeat());
        assertThat(verifier.verify(otherLink)).isEqualTo(SignatureCheck.VALID);
    }

    @Test
    void aNewStreamMoreThanAMinuteBehindOurClockIsRejected() {
        Frame old = signingWriter(KEY, 0).write(TestFrames.heartbeat());
        ManualScheduler later = new ManualScheduler(START);
        later.advance(Duration.ofSeconds(61));
        SignatureVerifier receiver = new SignatureVerifier(KEY, new SigningTimestamps(later));
        assertThat(receiver.verify(old)).isEqualTo(SignatureCheck.TOO_OLD);
        ManualScheduler slightlyLater = new ManualScheduler(START);
        slightlyLater.advance(Duration.ofSeconds(59));
        assertThat(new SignatureVerifier(KEY, new SigningTimestamps(slightlyLater)).verify(old)).isEqualTo(SignatureCheck.VALID);
    }

    @Test
    void strippingTheSignatureKeepsAValidChecksum() {
        Frame signed = signingWriter(KEY, 0).write(io.dronefleet.mavlink.common.Statustext.builder().text("strip me").build());
        Frame stripped = signed.withoutSignature();
        assertThat(stripped.isSigned()).isFalse();
        assertThat(stripped.length()).isEqualTo(signed.length() - Frame.SIGNATURE_LENGTH);
        List<Frame> frames = new ArrayList<>();
        new FrameParser(MessageRegistry.standard(), (f, s) -> frames.add(f)).feed(stripped.bytes());
        assertThat(frames).containsExactly(stripped);
        Frame unsignedOriginal = new FrameWriter(1, 1, CODEC, null).write(io.dronefleet.mavlink.common.Statustext.builder().text("strip me").build());
        assertThat(stripped).isEqualTo(unsignedOriginal);
    }

    private FrameWriter signingWriter(SigningKey key, int linkId) {
        return new FrameWriter(1, 1, CODEC, new FrameSigner(key, linkId, timestamps));
    }

    private SignatureVerifier verifier() {
        return new SignatureVerifier(KEY, new SigningTimestamps(clock));
    }
}
