package org.lifeline.groundstation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.lifeline.groundstation.confirm.ConfirmResult;
import org.lifeline.groundstation.confirm.DropTokenKeys;
import org.lifeline.groundstation.confirm.DropTokens;
import org.lifeline.groundstation.confirm.ParcelDirectory;
import org.lifeline.groundstation.confirm.ParcelView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConfirmationPageTest {

    private final WebFixture web = new WebFixture(ClientRateLimiter.unlimited());

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void thePageShowsTheParcelInTheBrowsersLanguageAndNeverTheRecipientsDetails() throws Exception {
        web.addReleased("P-1", "dp-5");
        String path = "/c/" + web.tokenFor("P-1", "dp-5");
        HttpResponse<String> zh = web.get(path, "zh-TW,zh;q=0.9,en;q=0.8");
        assertThat(zh.statusCode()).isEqualTo(200);
        assertThat(zh.body()).contains("确认收到包裹", "5号楼东门", "insulin x2, formula", "P-1", "我已收到", "lang=\"zh-CN\"")
                .doesNotContain("5-302");
        assertThat(zh.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        HttpResponse<String> en = web.get(path, "en-GB,en;q=0.9");
        assertThat(en.body()).contains("Confirm your parcel", "I have received it");
        assertThat(web.get(path + "?lang=zh", "en").body()).contains("我已收到");
        assertThat(web.directory.find("P-1").orElseThrow().confirmed()).isFalse();
    }

    @Test
    void tappingTheButtonConfirmsWithTheTimeAndTappingAgainChangesNothing() throws Exception {
        web.addReleased("P-1", "dp-5");
        String path = "/c/" + web.tokenFor("P-1", "dp-5");
        HttpResponse<String> page = web.get(path, "en");
        web.clock.advance(Duration.ofMinutes(7));
        HttpResponse<String> done = web.post(path, WebFixture.cookieOf(page), Map.of("csrf", WebFixture.csrfOf(page)));
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("data-outcome=\"confirmed\"", "08:07");
        assertThat(web.directory.find("P-1").orElseThrow().confirmedAt()).isEqualTo(Instant.parse("2026-04-01T08:07:00Z"));
        HttpResponse<String> again = web.post(path, WebFixture.cookieOf(page), Map.of("csrf", WebFixture.csrfOf(page)));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("data-outcome=\"already-used\"", "08:07");
        assertThat(web.get(path, "en").statusCode()).isEqualTo(409);
        assertThat(web.directory.confirmations()).isEqualTo(1);
    }

    @Test
    void aPostWithoutTheFormsCsrfFieldOrWithAnotherPagesFieldConfirmsNothing() throws Exception {
        web.addReleased("P-1", "dp-5");
        web.addReleased("P-2", "dp-5");
        String p1 = "/c/" + web.tokenFor("P-1", "dp-5");
        String p2 = "/c/" + web.tokenFor("P-2", "dp-5");
        HttpResponse<String> page2 = web.get(p2, null);
        assertThat(web.post(p1, null, Map.of()).statusCode()).isEqualTo(403);
        assertThat(web.post(p1, WebFixture.cookieOf(page2), Map.of("csrf", "x")).statusCode()).isEqualTo(403);
        HttpResponse<String> crossed = web.post(p1, WebFixture.cookieOf(page2), Map.of("csrf", WebFixture.csrfOf(page2)));
        assertThat(crossed.statusCode()).isEqualTo(403);
        assertThat(crossed.body()).contains("data-outcome=\"stale-form\"");
        assertThat(web.post(p1, null, Map.of("csrf", WebFixture.csrfOf(page2))).statusCode()).isEqualTo(403);
        assertThat(web.directory.confirmations()).isZero();
    }

    @Test
    void forgedExpiredUnknownMalformedAndWrongParcelTokensGetFriendlyPagesWithTheirOwnStatus() throws Exception {
        web.addReleased("P-1", "dp-5");
        String forged = new DropTokens(DropTokenKeys.generate()).issue("P-1", "dp-5", web.clock.instant().plusSeconds(600));
        String expired = web.tokens.issue("P-1", "dp-5", web.clock.instant().plusSeconds(1));
        web.clock.advance(Duration.ofSeconds(2));
        Map<String, Integer> expected = Map.of(
                forged, 403,
                expired, 410,
                web.tokenFor("P-404", "dp-5"), 404,
                "not-a-token", 400,
                web.tokenFor("P-1", "dp-7"), 409);
        for (var e : expected.entrySet()) {
            HttpResponse<String> r = web.get("/c/" + e.getKey(), "zh-CN");
            assertThat(r.statusCode()).as(e.getKey()).isEqualTo(e.getValue());
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(r.body()).contains("<h1>").doesNotContain("Exception", "at org.");
        }
        assertThat(web.get("/c/" + forged, "zh-CN").body()).contains("二维码无效");
        assertThat(web.get("/c/" + expired, "en").body()).contains("This code has expired");
    }

    @Test
    void theFallbackCodeFormConfirmsAParcelByNumberAndCode() throws Exception {
        web.addReleased("P-9", "dp-5");
        HttpResponse<String> form = web.get("/c", "en");
        assertThat(form.body()).contains("Confirm with a code");
        String cookie = WebFixture.cookieOf(form);
        String csrf = WebFixture.csrfOf(form);
        String code = web.codes.codeFor("P-9", "dp-5");
        String wrong = code.equals("111111") ? "222222" : "111111";
        assertThat(web.post("/c", cookie, Map.of("csrf", csrf, "parcel", "P-9", "code", wrong)).statusCode()).isEqualTo(403);
        HttpResponse<String> ok = web.post("/c", cookie, Map.of("csrf", csrf, "parcel", "P-9", "code", code));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("data-outcome=\"confirmed\"");
        assertThat(web.directory.find("P-9").orElseThrow().confirmed()).isTrue();
    }

    @Test
    void aClientOverItsRateGetsAFriendly429WithRetryAfter() throws Exception {
        try (WebFixture limited = new WebFixture(new ClientRateLimiter(3, 0.01, System::nanoTime))) {
            limited.addReleased("P-1", "dp-5");
            String path = "/c/" + limited.tokenFor("P-1", "dp-5");
            for (int i = 0; i < 3; i++) {
                assertThat(limited.get(path, "en").statusCode()).isEqualTo(200);
            }
            HttpResponse<String> r = limited.get(path, "en");
            assertThat(r.statusCode()).isEqualTo(429);
            assertThat(r.headers().firstValue("Retry-After")).isPresent();
            assertThat(r.body()).contains("Please wait a moment", "data-outcome=\"rate-limited\"");
        }
    }

    @Test
    void aFailingStoreGivesAPlainErrorPageNotAStackTrace() throws Exception {
        ParcelDirectory broken = new ParcelDirectory() {
            @Override
            public Optional<ParcelView> find(String parcelId) {
                throw new IllegalStateException("database is locked");
            }

            @Override
            public ConfirmResult confirm(String parcelId, Instant at) {
                throw new IllegalStateException("database is locked");
            }
        };
        try (WebFixture failing = new WebFixture(ClientRateLimiter.unlimited(), broken)) {
            HttpResponse<String> r = failing.get("/c/" + failing.tokenFor("P-1", "dp-5"), "en");
            assertThat(r.statusCode()).isEqualTo(500);
            assertThat(r.body()).contains("Something went wrong").doesNotContain("database is locked", "IllegalState");
        }
    }
}
