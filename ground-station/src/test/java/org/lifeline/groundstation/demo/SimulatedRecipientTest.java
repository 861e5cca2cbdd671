package org.lifeline.groundstation.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.groundstation.confirm.ConfirmationDesk;
import org.lifeline.groundstation.confirm.DropTokenKeys;
import org.lifeline.groundstation.confirm.DropTokens;
import org.lifeline.groundstation.confirm.FallbackCode;
import org.lifeline.groundstation.confirm.InMemoryParcelDirectory;
import org.lifeline.groundstation.confirm.Labels;
import org.lifeline.groundstation.confirm.ParcelView;
import org.lifeline.groundstation.confirm.UsedTokens;
import org.lifeline.groundstation.web.ClientRateLimiter;
import org.lifeline.groundstation.web.ConfirmationModule;
import org.lifeline.groundstation.web.CsrfGuard;
import org.lifeline.groundstation.web.WebServer;
import org.lifeline.support.Await;

class SimulatedRecipientTest {

    private final Clock clock = Clock.systemUTC();
    private final InMemoryParcelDirectory parcels = new InMemoryParcelDirectory();
    private WebServer server;
    private Labels labels;

    @BeforeEach
    void serveTheConfirmationPage() {
        var keys = DropTokenKeys.generate();
        DropTokens tokens = new DropTokens(keys);
        FallbackCode codes = new FallbackCode(keys);
        server = new WebServer(List.of(new ConfirmationModule(new ConfirmationDesk(tokens, codes, parcels, UsedTokens.inMemory(), clock),
                new CsrfGuard(), ZoneOffset.UTC)), new ClientRateLimiter(60, 2, System::nanoTime));
        int port = server.start("127.0.0.1", 0);
        labels = new Labels(tokens, codes, "http://127.0.0.1:" + port, Duration.ofDays(1), clock);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String label(String id, boolean released) {
        ParcelView p = new ParcelView(id, "dp-jianshe-b3", "Jianshe Rd building 3", "insulin pens x2", "Bldg 3 #502", null);
        parcels.put(p, released);
        return labels.forParcel(p).url();
    }

    @Test
    void aRecipientConfirmsAReleasedParcelThroughItsLabelsPageAndForm() {
        try (SimulatedRecipient phone = new SimulatedRecipient(Duration.ZERO, clock)) {
            SimulatedRecipient.Attempt a = phone.confirm("P-AAAA1111", label("P-AAAA1111", true));
            assertThat(a.confirmed()).as(a.detail()).isTrue();
            assertThat(parcels.confirmations()).isEqualTo(1);
        }
    }

    @Test
    void aParcelNotYetReleasedIsNotConfirmedAndTheAttemptSaysWhy() {
        try (SimulatedRecipient phone = new SimulatedRecipient(Duration.ZERO, clock)) {
            SimulatedRecipient.Attempt a = phone.confirm("P-BBBB2222", label("P-BBBB2222", false));
            assertThat(a.confirmed()).isFalse();
            assertThat(a.status()).isEqualTo(409);
            assertThat(a.detail()).contains("409");
            assertThat(parcels.confirmations()).isZero();
        }
    }

    @Test
    void aReleaseReportedTwiceIsConfirmedOnceAfterTheDelay() {
        try (SimulatedRecipient phone = new SimulatedRecipient(Duration.ofMillis(200), clock)) {
            String url = label("P-CCCC3333", true);
            phone.released("P-CCCC3333", url);
            phone.released("P-CCCC3333", url);
            assertThat(phone.attempt("P-CCCC3333")).as("not before the delay").isEmpty();
            assertThat(Await.until(() -> phone.attempt("P-CCCC3333").isPresent(), Duration.ofSeconds(10))).isTrue();
            assertThat(phone.attempt("P-CCCC3333").orElseThrow().confirmed()).isTrue();
            assertThat(parcels.confirmations()).isEqualTo(1);
        }
    }

    @Test
    void anUnreachableServerIsAnAttemptThatSaysSoNotAnException() {
        try (SimulatedRecipient phone = new SimulatedRecipient(Duration.ZERO, clock)) {
            SimulatedRecipient.Attempt a = phone.confirm("P-DDDD4444", "http://127.0.0.1:1/c/nothing");
            assertThat(a.confirmed()).isFalse();
            assertThat(a.detail()).startsWith("cannot reach http://127.0.0.1:1/c/nothing");
        }
    }
}
