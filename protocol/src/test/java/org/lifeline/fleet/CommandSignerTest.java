package org.lifeline.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class CommandSignerTest {

    private static final byte[] KEY = CommandSigner.keyFromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    private final CommandSigner signer = new CommandSigner(KEY, 30_000);
    private final Command release = new Command("c-1", "d1", 1_000_000L, CommandType.RELEASE, Map.of("parcelId", "P-1"), "");

    @Test
    void aSignedCommandVerifiesOnceAndIsThenAReplay() {
        Command signed = signer.sign(release);
        assertThat(signer.verify(signed, 1_000_500L)).isEqualTo(CommandSigner.Verdict.VALID);
        assertThat(signer.verify(signed, 1_000_600L)).isEqualTo(CommandSigner.Verdict.REPLAYED);
    }

    @Test
    void unsignedTamperedForeignAndStaleCommandsAreRejected() {
        assertThat(signer.verify(release, 1_000_000L)).isEqualTo(CommandSigner.Verdict.UNSIGNED);
        Command signed = signer.sign(release);
        Command tampered = new Command("c-1", "d1", 1_000_000L, CommandType.RELEASE, Map.of("parcelId", "P-2"), signed.signature());
        assertThat(signer.verify(tampered, 1_000_000L)).isEqualTo(CommandSigner.Verdict.BAD_SIGNATURE);
        byte[] otherKey = KEY.clone();
        otherKey[0] ^= 1;
        Command foreign = new CommandSigner(otherKey, 30_000).sign(release);
        assertThat(signer.verify(foreign, 1_000_000L)).isEqualTo(CommandSigner.Verdict.BAD_SIGNATURE);
        assertThat(signer.verify(signed.withSignature("zz"), 1_000_000L)).isEqualTo(CommandSigner.Verdict.BAD_SIGNATURE);
        assertThat(signer.verify(signed, 1_000_000L + 31_000)).isEqualTo(CommandSigner.Verdict.STALE);
    }

    @Test
    void theKeyIsNeverPrintedAndShortKeysAreRefused() {
        assertThat(signer.toString()).doesNotContain("0011").contains("redacted");
        assertThatThrownBy(() -> new CommandSigner(new byte[8], 1000)).hasMessageContaining("expected at least 16");
    }
}
