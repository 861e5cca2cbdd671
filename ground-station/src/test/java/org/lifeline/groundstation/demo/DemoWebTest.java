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
                 DemoWeb web = DemoWeb.start(data, store, null, SampleAirspace.read(), taken.getLocalPort(), clock)) {
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
}
