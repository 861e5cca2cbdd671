package org.lifeline.groundstation.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.actions.DroneAction;
import org.lifeline.groundstation.dispatch.store.ActionEntry;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;

/**
 * The operations API over HTTP on a random port: anonymous use and missing CSRF refused on
 * every new route, the JSON intake (201, 422 with every field problem, duplicates flagged,
 * the same ref stored once), the plan preview, and actions recorded with their operator.
 */
class OperationsApiTest {

    private static final String VALID = "{\"requester\": \"hotline\", \"recipient\": \"Bldg 5 #302\", \"phone\": \"+86 138-0000-0001\","
            + " \"drop_point\": \"dp-jianshe-b3\", \"items\": \"insulin pens x2\", \"weight_g\": 400, \"priority\": \"urgent-medicine\"}";

    @TempDir
    Path data;

    OperationsFixture web;

    @BeforeEach
    void start() throws Exception {
        web = new OperationsFixture(data, null);
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void everyNewRouteRefusesAnonymousUse() throws Exception {
        for (String path : List.of("/api/requests/" + web.parcelId, "/api/sorties", "/api/sorties/" + OperationsFixture.SORTIE + "/preview",
                "/api/tracks", "/api/actions")) {
            HttpResponse<String> r = web.get(path, null);
            assertThat(r.statusCode()).as(path).isEqualTo(401);
            assertThat(r.body()).as(path).contains("log in first");
        }
        for (String path : List.of("/api/requests", "/api/actions")) {
            HttpResponse<String> r = web.postJson(path, null, null, VALID);
            assertThat(r.statusCode()).as(path).isEqualTo(401);
        }
        assertThat(web.performed).isEmpty();
        assertThat(web.store.list(List.of(), 10)).hasSize(1);
    }

    @Test
    void theNewPartsOfThePageSpeakChinese() throws Exception {
        String[] s = web.session();
        String page = web.get("/dashboard?lang=zh", s[0]).body();
        assertThat(page).contains("架次", "无人机控制", "操作记录", "新建请求", "提交请求", "确认", "取消", "悬停", "继续任务", "返航", "就地降落")
                .contains("/dashboard/static/operations.js");
    }

    @Test
    void aPostWithoutTheSessionsCsrfTokenIsRefusedAndNothingHappens() throws Exception {
        String[] s = web.session();
        HttpResponse<String> intake = web.postJson("/api/requests", s[0], null, VALID);
        assertThat(intake.statusCode()).isEqualTo(403);
        assertThat(intake.body()).contains("CSRF");
        HttpResponse<String> forged = web.postJson("/api/actions", s[0], "not-the-token",
                "{\"action\": \"rtl\", \"drone\": \"drone-1\"}");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(web.performed).isEmpty();
        assertThat(web.store.actions().recent(10)).isEmpty();
        assertThat(web.store.list(List.of(), 10)).hasSize(1);
    }

    @Test
    void aValidRequestIsStoredAndAnsweredWith201AndItsLocation() throws Exception {
        String[] s = web.session();
        HttpResponse<String> r = web.postJson("/api/requests", s[0], s[1], VALID);
        assertThat(r.statusCode()).isEqualTo(201);
        Map<String, Object> body = OperationsFixture.json(r.body());
        String id = (String) body.get("deliveryId");
        assertThat(body.get("status")).isEqualTo("accepted");
        assertThat(r.headers().firstValue("Location")).hasValue("/api/requests/" + id);
        @SuppressWarnings("unchecked")
        Map<String, Object> request = (Map<String, Object>) body.get("request");
        assertThat(request).containsEntry("state", "REQUESTED").containsEntry("priority", "URGENT_MEDICINE")
                .containsEntry("weight_g", 400).doesNotContainKey("phone");
        HttpResponse<String> got = web.get("/api/requests/" + id, s[0]);
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(OperationsFixture.json(got.body())).containsEntry("items", "insulin pens x2").containsEntry("drop_point", "dp-jianshe-b3");
        assertThat(web.get("/api/requests/P-NOSUCH00", s[0]).statusCode()).isEqualTo(404);
    }

    @Test
    void aBadRequestGets422WithEveryFieldProblemAndNothingIsStored() throws Exception {
        String[] s = web.session();
        HttpResponse<String> r = web.postJson("/api/requests", s[0], s[1], "{\"requester\": \"hotline\", \"recipient\": \"Bldg 5\","
                + " \"phone\": \"call me\", \"drop_point\": \"dp-nowhere\", \"items\": \"eggs\", \"weight_g\": 2500, \"priority\": \"soon\"}");
        assertThat(r.statusCode()).isEqualTo(422);
        Map<String, Object> body = OperationsFixture.json(r.body());
        assertThat(body.get("status")).isEqualTo("refused");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> problems = (List<Map<String, Object>>) body.get("problems");
        assertThat(problems).extracting(p -> p.get("field")).contains("phone", "drop_point", "weight_g", "priority");
        assertThat(problems).allSatisfy(p -> assertThat((String) p.get("message")).isNotBlank());
        assertThat(problems.stream().filter(p -> p.get("field").equals("weight_g")).findFirst().orElseThrow().get("message"))
                .asString().contains("payload");
        assertThat(web.postJson("/api/requests", s[0], s[1], "{\"weight\": 3").statusCode()).isEqualTo(422);
        assertThat(web.postJson("/api/requests", s[0], s[1], "{\"colour\": \"red\"}").body()).contains("unknown field");
        assertThat(web.store.list(List.of(), 10)).hasSize(1);
    }

    @Test
    void aDropPointInsideANoFlyZoneIsRefusedAtIntake() throws Exception {
        String[] s = web.session();
        // the county hospital's no-fly zone in the sample airspace
        HttpResponse<String> r = web.postJson("/api/requests", s[0], s[1], VALID.replace("\"drop_point\": \"dp-jianshe-b3\"",
                "\"lat\": " + hospital()[0] + ", \"lon\": " + hospital()[1]));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("no-fly zone");
    }

    @Test
    void aLikelyDuplicateIsStoredAndFlaggedAndTheSameRefIsStoredOnce() throws Exception {
        String[] s = web.session();
        String first = (String) OperationsFixture.json(web.postJson("/api/requests", s[0], s[1], VALID).body()).get("deliveryId");
        HttpResponse<String> again = web.postJson("/api/requests", s[0], s[1], VALID);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(OperationsFixture.json(again.body())).containsEntry("duplicateOf", first);
        String withRef = VALID.replace("{", "{\"ref\": \"call-77\", ");
        assertThat(web.postJson("/api/requests", s[0], s[1], withRef).statusCode()).isEqualTo(201);
        HttpResponse<String> retried = web.postJson("/api/requests", s[0], s[1], withRef);
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(OperationsFixture.json(retried.body())).containsEntry("status", "already-stored");
        assertThat(web.store.list(List.of(), 10)).hasSize(4);
    }

    @Test
    void theSortieShowsItsPlannedRouteAndItsPreviewTheEnergyAgainstTheReserve() throws Exception {
        String[] s = web.session();
        List<Object> sorties = OperationsFixture.jsonList(web.get("/api/sorties", s[0]).body());
        assertThat(sorties).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> sortie = (Map<String, Object>) sorties.get(0);
        assertThat(sortie).containsEntry("id", OperationsFixture.SORTIE).containsEntry("drone", OperationsFixture.DRONE)
                .doesNotContainKey("problem");
        assertThat((List<?>) sortie.get("route")).hasSizeGreaterThan(3);
        HttpResponse<String> r = web.get("/api/sorties/" + OperationsFixture.SORTIE + "/preview", s[0]);
        assertThat(r.statusCode()).isEqualTo(200);
        Map<String, Object> p = OperationsFixture.json(r.body());
        @SuppressWarnings("unchecked")
        Map<String, Object> energy = (Map<String, Object>) p.get("energy");
        assertThat((Double) energy.get("wattHours")).isPositive();
        assertThat(energy).containsEntry("reservePercent", web.vehicle.reservePercent()).containsEntry("keepsReserve", true);
        assertThat((Double) energy.get("marginWh")).isCloseTo((Double) energy.get("remainingWh") - (Double) energy.get("reserveWh"),
                org.assertj.core.data.Offset.offset(0.11));
        assertThat((List<?>) p.get("releases")).hasSize(1);
        assertThat((List<?>) p.get("fence")).isNotEmpty();
        assertThat((List<?>) p.get("profile")).hasSizeGreaterThan(3);
        assertThat(((List<?>) p.get("legs")).stream().map(l -> String.valueOf(((Map<?, ?>) l).get("leg"))).toList()).containsExactly("to drop 1", "home");
        assertThat(web.get("/api/sorties/S-NONE/preview", s[0]).statusCode()).isEqualTo(404);
    }

    @Test
    void anActionIsPerformedAndRecordedWithItsOperatorAndTheLogSurvivesARestart() throws Exception {
        String[] s = web.session();
        HttpResponse<String> r = web.postJson("/api/actions", s[0], s[1],
                "{\"action\": \"upload\", \"drone\": \"drone-1\", \"sortie\": \"" + OperationsFixture.SORTIE + "\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        Map<String, Object> body = OperationsFixture.json(r.body());
        assertThat(body).containsEntry("success", true).containsEntry("operator", DashboardFixture.OPERATOR).containsEntry("action", "upload");
        assertThat(body.get("details")).isEqualTo(List.of("read back 14 of 14 items: identical"));
        assertThat(web.performed).hasSize(1);
        assertThat(web.performed.get(0).action()).isEqualTo(DroneAction.UPLOAD);

        HttpResponse<String> wrongDrone = web.postJson("/api/actions", s[0], s[1],
                "{\"action\": \"start\", \"drone\": \"drone-2\", \"sortie\": \"" + OperationsFixture.SORTIE + "\"}");
        assertThat(wrongDrone.statusCode()).isEqualTo(422);
        assertThat(wrongDrone.body()).contains("is for drone-1, not drone-2");
        assertThat(web.postJson("/api/actions", s[0], s[1], "{\"action\": \"fly-away\", \"drone\": \"drone-1\"}").body())
                .contains("none of upload, start, rtl, land, pause, resume");
        assertThat(web.postJson("/api/actions", s[0], s[1], "{\"action\": \"start\", \"drone\": \"drone-1\"}").body())
                .contains("expected a sortie id");
        assertThat(web.performed).hasSize(1);

        List<Object> logged = OperationsFixture.jsonList(web.get("/api/actions", s[0]).body());
        assertThat(logged).hasSize(2);
        web.close();
        try (DeliveryStore reopened = DeliveryStore.openSqlite(data, web.clock)) {
            List<ActionEntry> log = reopened.actions().recent(10);
            assertThat(log).extracting(ActionEntry::outcome).containsExactly(ActionEntry.ASKED, ActionEntry.SUCCEEDED);
            assertThat(log).allSatisfy(e -> {
                assertThat(e.operator()).isEqualTo(DashboardFixture.OPERATOR);
                assertThat(e.sortieId()).hasValue(OperationsFixture.SORTIE);
                assertThat(e.at()).isEqualTo(web.clock.instant());
            });
            assertThat(log.get(0).detail()).isEqualTo("upload sortie " + OperationsFixture.SORTIE + " to drone-1");
            assertThat(log.get(1).detail()).contains("read back 14 of 14 items: identical");
        }
    }

    @Test
    void resumeActsOnTheDroneWithoutASortieAndIsRecordedLikeTheOtherActions() throws Exception {
        String[] s = web.session();
        HttpResponse<String> withSortie = web.postJson("/api/actions", s[0], s[1],
                "{\"action\": \"resume\", \"drone\": \"drone-1\", \"sortie\": \"" + OperationsFixture.SORTIE + "\"}");
        assertThat(withSortie.statusCode()).isEqualTo(422);
        assertThat(withSortie.body()).contains("resume: expected no sortie (it acts on the drone)");
        assertThat(web.performed).isEmpty();

        HttpResponse<String> r = web.postJson("/api/actions", s[0], s[1], "{\"action\": \"RESUME\", \"drone\": \"drone-1\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(OperationsFixture.json(r.body())).containsEntry("success", true).containsEntry("action", "resume")
                .containsEntry("operator", DashboardFixture.OPERATOR);
        assertThat(web.performed).singleElement().satisfies(a -> {
            assertThat(a.action()).isEqualTo(DroneAction.RESUME);
            assertThat(a.sortieId()).isEmpty();
        });
        assertThat(web.store.actions().recent(10)).extracting(ActionEntry::action, ActionEntry::outcome, ActionEntry::detail)
                .startsWith(org.assertj.core.groups.Tuple.tuple("resume", ActionEntry.ASKED, "resume drone-1's mission (AUTO)"))
                .extracting(t -> t.toList().get(1)).containsExactly(ActionEntry.ASKED, ActionEntry.SUCCEEDED);
    }

    private static double[] hospital() {
        var zone = org.lifeline.groundstation.dispatch.DispatchFixtures.AIRSPACE.noFlyZones().stream()
                .filter(z -> z.id().equals("nf-hospital")).findFirst().orElseThrow();
        var c = zone.area().getInteriorPoint().getCoordinate();
        return new double[] {c.y, c.x};
    }
}
