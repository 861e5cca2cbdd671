package org.lifeline.groundstation.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.logs.archive.SortieReplay;
import org.lifeline.groundstation.logs.report.FlightRecord;
import org.lifeline.groundstation.logs.report.Series;
import org.lifeline.groundstation.logs.report.SortieReports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Sortie replay over HTTP, from an archive holding the real SITL delivery filed as a landing files it. */
class ReplayApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;

    static ReplayFixture web;
    static String session;

    @BeforeAll
    static void fileASortieAndLogIn() throws Exception {
        web = new ReplayFixture(data);
        session = web.session();
    }

    @AfterAll
    static void stop() {
        if (web != null) {
            web.close();
        }
    }

    @Test
    void anonymousUseOfTheArchiveIsRefusedAndTheReportSendsToTheLogin() throws Exception {
        assertThat(web.get("/api/archive/sorties", null).statusCode()).isEqualTo(401);
        assertThat(web.get("/api/archive/sorties/" + web.filed.id() + "/replay", null).statusCode()).isEqualTo(401);
        assertThat(web.get("/api/archive/sorties/" + web.filed.id() + "/replay", "lifeline_session=forged").statusCode()).isEqualTo(401);
        var report = web.get("/archive/" + web.filed.id() + "/report.html", null);
        assertThat(report.statusCode()).isEqualTo(302);
        assertThat(report.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void theListShowsTheFiledSortieWithItsVehicleTimeAndOutcome() throws Exception {
        var r = web.get("/api/archive/sorties", session);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode list = JSON.readTree(r.body());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("id").asText()).isEqualTo(web.filed.id());
        assertThat(list.get(0).get("vehicle").asText()).isEqualTo("drone-1");
        assertThat(list.get(0).get("start").asText()).isEqualTo(web.filed.start());
        assertThat(list.get(0).get("outcome").asText()).isEqualTo(web.filed.outcome()).isIn("PASS", "WARN", "FAIL");
        assertThat(list.get(0).get("deliveries").isArray()).isTrue();
        assertThat(list.get(0).get("report").asBoolean()).isTrue();
    }

    @Test
    void anUnknownSortieIsNotFoundAndAPathInItsIdReachesNoFile() throws Exception {
        var r = web.get("/api/archive/sorties/2026-01-01T000000Z-nobody/replay", session);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("no filed sortie 2026-01-01T000000Z-nobody");
        assertThat(web.get("/archive/..%2F..%2Foperators/report.html", session).statusCode()).isEqualTo(404);
        assertThat(web.get("/archive/nobody/report.html", session).statusCode()).isEqualTo(404);
    }

    @Test
    void theReplayCarriesTheTlogsTrackBetweenArmingAndLandingThinnedEvenlyWithTheRouteAndTheDrop() throws Exception {
        var r = web.get("/api/archive/sorties/" + web.filed.id() + "/replay", session);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode replay = JSON.readTree(r.body());

        FlightRecord record = SortieReports.readLog(web.tlog);
        Series track = record.track();
        long from = Instant.parse(web.filed.start()).toEpochMilli();
        long to = Instant.parse(web.filed.end()).toEpochMilli();
        List<Integer> inside = new ArrayList<>();
        for (int i = 0; i < track.size(); i++) {
            long ms = track.time(i) / 1000;
            if (ms >= from && ms <= to && !(track.value(0, i) == 0 && track.value(1, i) == 0)) {
                inside.add(i);
            }
        }
        JsonNode flown = replay.get("track");
        assertThat(inside).isNotEmpty();
        assertThat(flown.size()).isEqualTo(Math.min(inside.size(), SortieReplay.MAX_POINTS));
        // every replayed point is a sample of the tlog's track, at its time; first and last are the window's ends
        int at = 0;
        for (JsonNode p : flown) {
            while (at < inside.size() && track.time(inside.get(at)) / 1000 != p.get(0).asLong()) {
                at++;
            }
            assertThat(at).as("sample at %d ms is in the tlog's track, in order", p.get(0).asLong()).isLessThan(inside.size());
            int i = inside.get(at);
            assertThat(p.get(1).asDouble()).isCloseTo(track.value(0, i), within(1e-6));
            assertThat(p.get(2).asDouble()).isCloseTo(track.value(1, i), within(1e-6));
            assertThat(p.get(3).asDouble()).isCloseTo(track.value(2, i), within(0.06));
        }
        assertThat(flown.get(0).get(0).asLong()).isEqualTo(track.time(inside.get(0)) / 1000);
        assertThat(flown.get(flown.size() - 1).get(0).asLong()).isEqualTo(track.time(inside.get(inside.size() - 1)) / 1000);
        assertThat(flown.get(flown.size() / 2).get(5).isNumber()).as("battery voltage at the cursor").isTrue();

        assertThat(replay.get("route").size()).as("the plan's route").isGreaterThan(2);
        assertThat(replay.get("drop").size()).as("the planned drop point").isEqualTo(2);
        assertThat(replay.get("release")).as("the release found in the log").isNotNull();
        assertThat(replay.get("report").asBoolean()).isTrue();
    }

    @Test
    void theSortiesReportIsServedBehindTheLoginWithAStrictPolicy() throws Exception {
        var r = web.get("/archive/" + web.filed.id() + "/report.html", session);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<html");
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(c -> assertThat(c).contains("default-src 'none'"));
    }

    @Test
    void theReplaySectionSpeaksChineseToAChinesePage() throws Exception {
        var zh = web.get("/dashboard?lang=zh", session);
        assertThat(zh.body()).contains("已飞架次", "回放倍速", "/dashboard/static/replay.js");
        var en = web.get("/dashboard?lang=en", session);
        assertThat(en.body()).contains("Sorties flown", "Replay speed");
        assertThat(web.get("/dashboard/static/replay.js", session).body()).contains("飞行报告", "Flight report");
    }
}
