package org.lifeline.groundstation.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class DashboardAccessTest {

    @TempDir
    Path data;

    DashboardFixture web;

    @BeforeEach
    void start() throws Exception {
        web = new DashboardFixture(data, null, 1000);
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void anonymousApiRequestsAreRefusedWith401AndTheDashboardPageRedirectsToLogin() throws Exception {
        for (String api : new String[] {"/api/airspace", "/api/drones", "/api/deliveries", "/api/live", "/api/alarms",
                "/api/deliveries/" + web.deliveryId + "/history"}) {
            HttpResponse<String> r = web.get(api, null);
            assertThat(r.statusCode()).as(api).isEqualTo(401);
            assertThat(r.body()).as(api).contains("log in first").doesNotContain(web.deliveryId);
        }
        HttpResponse<String> page = web.get("/dashboard", null);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValue("/login");
        assertThat(web.get("/api/deliveries", OperatorAccess.SESSION_COOKIE + "=forged-session-id").statusCode()).isEqualTo(401);
    }

    @Test
    void theRecipientsConfirmationPageStaysPublicWithItsStrictPolicy() throws Exception {
        HttpResponse<String> r = web.get("/c", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Security-Policy"))
                .hasValue("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'");
    }

    @Test
    void aWrongPasswordOrAnUnknownOperatorIsRefusedWithoutASession() throws Exception {
        for (String[] attempt : new String[][] {{DashboardFixture.OPERATOR, "wrong password"}, {"nobody", DashboardFixture.PASSWORD},
                {DashboardFixture.OPERATOR, ""}}) {
            HttpResponse<String> r = web.login(attempt[0], attempt[1]);
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.body()).contains("Wrong operator name or password");
            assertThat(r.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(OperatorAccess.SESSION_COOKIE + "="));
        }
    }

    @Test
    void aLoginPostWithoutTheFormsCsrfFieldIsRefused() throws Exception {
        HttpResponse<String> form = web.get("/login", null);
        String cookie = OperatorAccess.LOGIN_COOKIE + "=" + DashboardFixture.cookie(form, OperatorAccess.LOGIN_COOKIE);
        Map<String, String> credentials = Map.of("operator", DashboardFixture.OPERATOR, "password", DashboardFixture.PASSWORD);
        assertThat(web.post("/login", cookie, credentials).statusCode()).isEqualTo(403);
        Map<String, String> withField = Map.of("operator", DashboardFixture.OPERATOR, "password", DashboardFixture.PASSWORD,
                "csrf", DashboardFixture.csrf(form));
        assertThat(web.post("/login", null, withField).statusCode()).as("field without its cookie").isEqualTo(403);
        assertThat(web.post("/login", OperatorAccess.LOGIN_COOKIE + "=another-browsers-cookie-value", withField).statusCode())
                .as("field of another browser").isEqualTo(403);
    }

    @Test
    void aLoggedInOperatorGetsAStrictSessionCookieThePageWithItsOwnPolicyAndTheApi() throws Exception {
        HttpResponse<String> login = web.login(DashboardFixture.OPERATOR, DashboardFixture.PASSWORD);
        assertThat(login.statusCode()).isEqualTo(303);
        String set = DashboardFixture.setCookieHeader(login, OperatorAccess.SESSION_COOKIE);
        assertThat(set).contains("HttpOnly", "SameSite=Strict", "Path=/");
        assertThat(DashboardFixture.cookie(login, OperatorAccess.SESSION_COOKIE)).matches("[A-Za-z0-9_-]{43}");
        String session = OperatorAccess.SESSION_COOKIE + "=" + DashboardFixture.cookie(login, OperatorAccess.SESSION_COOKIE);

        HttpResponse<String> page = web.get("/dashboard", session);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(DashboardFixture.OPERATOR, "/dashboard/leaflet/leaflet.js", "/dashboard/static/dashboard.js");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-eval");

        ObjectMapper json = new ObjectMapper();
        JsonNode airspace = json.readTree(web.get("/api/airspace", session).body());
        assertThat(airspace.get("features").findValuesAsText("layer"))
                .contains("operating-area", "no-fly", "no-fly-margin", "quarantine", "launch-site", "drop-point");
        JsonNode board = json.readTree(web.get("/api/deliveries", session).body());
        assertThat(board.get(0).get("id").asText()).isEqualTo(web.deliveryId);
        assertThat(board.get(0).get("state").asText()).isEqualTo("REQUESTED");
        JsonNode history = json.readTree(web.get("/api/deliveries/" + web.deliveryId + "/history", session).body());
        assertThat(history.get(0).get("to").asText()).isEqualTo("REQUESTED");
        assertThat(web.get("/api/deliveries/P-NOSUCH/history", session).statusCode()).isEqualTo(404);
        assertThat(web.get("/dashboard/leaflet/leaflet.js", null).body()).contains("Leaflet");
        assertThat(web.get("/dashboard/leaflet/images/layers.png", null).statusCode()).isEqualTo(200);
        assertThat(web.get("/dashboard/leaflet/..%2F..%2Fpom.xml", null).statusCode()).isEqualTo(404);
    }

    @Test
    void aSessionEndsAfterThirtyIdleMinutesButNotWhileItIsUsed() throws Exception {
        String session = web.session();
        web.clock.advance(Duration.ofMinutes(29));
        assertThat(web.get("/api/drones", session).statusCode()).isEqualTo(200);
        web.clock.advance(Duration.ofMinutes(29));
        assertThat(web.get("/api/drones", session).statusCode()).as("touched 29 minutes ago").isEqualTo(200);
        web.clock.advance(Duration.ofMinutes(30));
        assertThat(web.get("/api/drones", session).statusCode()).isEqualTo(401);
        assertThat(web.get("/dashboard", session).statusCode()).isEqualTo(302);
    }

    @Test
    void logoutNeedsTheSessionsCsrfFieldAndEndsTheSession() throws Exception {
        String session = web.session();
        String field = DashboardFixture.csrf(web.get("/dashboard", session));
        assertThat(web.post("/logout", session, Map.of()).statusCode()).isEqualTo(403);
        assertThat(web.get("/api/drones", session).statusCode()).isEqualTo(200);
        HttpResponse<String> out = web.post("/logout", session, Map.of("csrf", field));
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(web.get("/api/drones", session).statusCode()).isEqualTo(401);
    }

    @Test
    void theLoginPageSpeaksChineseToAChineseBrowser() throws Exception {
        HttpResponse<String> r = web.get("/login", null, "zh-CN,zh;q=0.9,en;q=0.5");
        assertThat(r.body()).contains("lang=\"zh-CN\"", "操作员登录", "密码");
        assertThat(web.get("/login", null, "en-GB").body()).contains("Operator", "Password");
    }
}
