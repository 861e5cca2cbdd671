package org.lifeline.groundstation.confirm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class DropTokensTest {

    private static final Instant NOW = Instant.parse("2026-04-01T08:00:00Z");
    private final DropTokens tokens = new DropTokens(DropTokenKeys.generate());

    @Test
    void aFreshTokenCarriesItsParcelDropPointAndExpiryAndNothingElse() {
        String t = tokens.issue("P-000123", "dp-building-5", NOW.plus(Duration.ofDays(7)));
        TokenCheck c = tokens.check(t, NOW);
        assertThat(c.isValid()).isTrue();
        assertThat(c.token().parcelId()).isEqualTo("P-000123");
        assertThat(c.token().dropPointId()).isEqualTo("dp-building-5");
        assertThat(c.token().expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(7)));
        assertThat(t).matches("[A-Za-z0-9_-]+").hasSizeLessThan(130);
    }

    @Test
    void theSameFieldsAlwaysGiveTheSameTokenSoReprintingIsStable() {
        Instant exp = NOW.plusSeconds(3600);
        assertThat(tokens.issue("P-1", "dp-1", exp)).isEqualTo(tokens.issue("P-1", "dp-1", exp));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefusedAsForged() {
        String foreign = new DropTokens(DropTokenKeys.generate()).issue("P-1", "dp-1", NOW.plusSeconds(60));
        assertThat(tokens.check(foreign, NOW).refusal()).isEqualTo(Refusal.FORGED);
    }

    @Test
    void aTokenWithOneBitFlippedAnywhereIsRefused() {
        String t = tokens.issue("P-1", "dp-1", NOW.plusSeconds(60));
        byte[] raw = Base64.getUrlDecoder().decode(t);
        for (int i = 0; i < raw.length; i++) {
            byte[] altered = raw.clone();
            altered[i] ^= 0x01;
            TokenCheck c = tokens.check(Base64.getUrlEncoder().withoutPadding().encodeToString(altered), NOW);
            assertThat(c.isValid()).as("byte %d altered", i).isFalse();
            assertThat(c.refusal()).isIn(Refusal.FORGED, Refusal.MALFORMED);
        }
    }

    @Test
    void aTokenWithTheParcelIdRewrittenIsRefusedAsForged() {
        String t = tokens.issue("P-1", "dp-1", NOW.plusSeconds(60));
        byte[] raw = Base64.getUrlDecoder().decode(t);
        int at = new String(raw, StandardCharsets.ISO_8859_1).indexOf("P-1");
        raw[at + 2] = '2';
        TokenCheck c = tokens.check(Base64.getUrlEncoder().withoutPadding().encodeToString(raw), NOW);
        assertThat(c.refusal()).isEqualTo(Refusal.FORGED);
    }

    @Test
    void aTokenAtOrAfterItsExpiryIsRefusedAsExpired() {
        String t = tokens.issue("P-1", "dp-1", NOW.plusSeconds(60));
        assertThat(tokens.check(t, NOW.plusSeconds(59)).isValid()).isTrue();
        assertThat(tokens.check(t, NOW.plusSeconds(60)).refusal()).isEqualTo(Refusal.EXPIRED);
    }

    @Test
    void garbageTruncationAndEmptyStringsAreRefusedAsMalformed() {
        String t = tokens.issue("P-1", "dp-1", NOW.plusSeconds(60));
        assertThat(tokens.check("", NOW).refusal()).isEqualTo(Refusal.MALFORMED);
        assertThat(tokens.check(null, NOW).refusal()).isEqualTo(Refusal.MALFORMED);
        assertThat(tokens.check("not a token!", NOW).refusal()).isEqualTo(Refusal.MALFORMED);
        assertThat(tokens.check(t.substring(0, 20), NOW).refusal()).isEqualTo(Refusal.MALFORMED);
        assertThat(tokens.check("x".repeat(5000), NOW).refusal()).isEqualTo(Refusal.MALFORMED);
    }

    @Test
    void idsLongerThanATokenCarriesAreRefusedWhenIssuing() {
        assertThatThrownBy(() -> tokens.issue("P".repeat(65), "dp", NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parcelId");
    }
}
