package org.lifeline.groundstation.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;

import org.lifeline.groundstation.session.LinkSessionOpener;
import org.lifeline.groundstation.session.SharedLinks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.confirm.ParcelView;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.operator.OperatorFile;
import org.lifeline.groundstation.planning.mission.SampleAirspace;

class DemoWebTest {

    @TempDir
    Path data;

    @Test
    void theDemoServesOnAFreePortWhenItsOwnIsTakenAndItsPrintedPasswordLogsIn() throws Exception {
        Clock clock = Clock.systemUTC();
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            try (DeliveryStore store = DeliveryStore.open("jdbc:sqlite::memory:", new Properties(), clock);
                 SharedLinks links = new SharedLinks(new LinkSessionOpener());
                 DemoWeb web = DemoWeb.start(data, store, null, SampleAirspace.read(), registry(), null, links, taken.getLocalPort(), clock)) {
                assertThat(web.port()).isNotEqualTo(taken.getLocalPort()).isPositive();
                assertThat(web.dashboardUrl()).isEqualTo("http://127.0.0.1:" + web.port() + "/dashboard");
                assertThat(OperatorFile.in(data).verify(DemoWeb.OPERATOR, web.password().toCharArray())).isTrue();
                assertThat(web.password()).hasSize(14);

                HttpResponse<String> anonymous = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create(web.dashboardUrl())).GET().build(), HttpResponse.BodyHandlers.ofString());
                assertThat(anonymous.statusCode()).isEqualTo(302);
                assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

                ParcelView p = new ParcelView("P-AAAA1111", "dp-jianshe-b3", "Jianshe Rd building 3", "insulin", "Bldg 3 #502", null);
                assertThat(web.label(p).url()).startsWith("http://127.0.0.1:" + web.port() + "/c/");
            }
        }
    }

    @Test
    void theDemosDashboardActsOnItsDronesAndAnActionOnADroneTheDemoIsFlyingIsRefusedAsBusy() throws Exception {
        Clock clock = Clock.systemUTC();
        try (DeliveryStore store = DeliveryStore.open("jdbc:sqlite::memory:", new Properties(), clock);
             SharedLinks links = new SharedLinks(new LinkSessionOpener());
             DemoWeb web = DemoWeb.start(data, store, null, SampleAirspace.read(), registry(), null, links, 0, clock)) {
            String base = "http://127.0.0.1:" + web.port();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            String loginCookie = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("lifeline_login="))
                    .findFirst().orElseThrow().split(";")[0];
            java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(form.body());
            assertThat(csrf.find()).isTrue();
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Cookie", loginCookie)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("csrf=" + java.net.URLEncoder.encode(csrf.group(1), "UTF-8")
                            + "&operator=" + DemoWeb.OPERATOR + "&password=" + web.password())).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(303);
            String session = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("lifeline_session="))
                    .findFirst().orElseThrow().split(";")[0];
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/dashboard")).header("Cookie", session).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            java.util.regex.Matcher token = java.util.regex.Pattern.compile("data-csrf=\"([^\"]+)\"").matcher(page.body());
            assertThat(token.find()).isTrue();
            java.util.function.Function<String, HttpResponse<String>> act = json -> {
                try {
                    return http.send(HttpRequest.newBuilder(URI.create(base + "/api/actions")).header("Cookie", session)
                            .header("X-CSRF", token.group(1)).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
                } catch (java.io.IOException | InterruptedException e) {
                    throw new AssertionError(e);
                }
            };

            // the registry's link is used: nothing listens there, and the action says so (not "no fleet registry")
            HttpResponse<String> rtl = act.apply("{\"action\":\"rtl\",\"drone\":\"drone-1\"}");
            assertThat(rtl.body()).contains("tcp://127.0.0.1:9").doesNotContain("fleet registry");

            // while the demo's own step runs on drone-1, an operator's action on it is refused as busy; drone-2 is free
            java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            Thread demo = new Thread(() -> web.actions().perform(DemoWeb.OPERATOR,
                    new org.lifeline.groundstation.actions.ActionRequest(org.lifeline.groundstation.actions.DroneAction.PAUSE, "drone-1",
                            java.util.Optional.empty()), r -> {
                        inside.countDown();
                        try {
                            release.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return org.lifeline.groundstation.actions.ActionResult.succeeded("held", java.util.List.of());
                    }));
            demo.start();
            assertThat(inside.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            HttpResponse<String> busy = act.apply("{\"action\":\"land\",\"drone\":\"drone-1\"}");
            assertThat(busy.body()).contains("drone-1 is busy with pause drone-1", "asked by " + DemoWeb.OPERATOR);
            release.countDown();
            demo.join(10_000);
            assertThat(web.actions().log().recent(10)).anySatisfy(e -> assertThat(e.operator()).isEqualTo(DemoWeb.OPERATOR));
        }
    }

    private static java.util.List<org.lifeline.groundstation.dispatch.assign.RegisteredDrone> registry() throws Exception {
        var vehicle = org.lifeline.groundstation.planning.vehicle.VehicleFileReader.read(SampleAirspace.VEHICLE);
        return java.util.List.of(
                new org.lifeline.groundstation.dispatch.assign.RegisteredDrone("drone-1", vehicle, "launch-fire",
                        java.util.Optional.of("tcp://127.0.0.1:9")),
                new org.lifeline.groundstation.dispatch.assign.RegisteredDrone("drone-2", vehicle, "launch-fire",
                        java.util.Optional.of("tcp://127.0.0.1:9")));
    }
}
