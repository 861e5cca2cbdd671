package org.lifeline.groundstation.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DemoSummaryTest {

    private final Path home = Path.of("/home/me/lifeline");

    @Test
    void theSummaryGivesEachDeliverysTimeFromRequestToConfirmationKmAndTheLogsWithinTheCheckout() {
        DemoSummary s = new DemoSummary(List.of(
                new DemoSummary.DeliveryLine("P-5CZ2CN6F", "urgent_medicine", "Bldg 3 #502, Mrs Li's mother (90)", "CONFIRMED", "demo-3",
                        Optional.of(Duration.ofSeconds(91))),
                new DemoSummary.DeliveryLine("P-42GXXFZX", "food", "Xicheng bldg 12 group order", "RETURNED", "demo-2", Optional.empty())),
                List.of(new DemoSummary.SortieLine("S-1-demo-3", "demo-3", List.of("P-5CZ2CN6F"), 2.4, 2.43,
                        List.of(home.resolve("demo-out/tlogs/S-1-demo-3.tlog"), Path.of("/elsewhere/r.html")), Optional.of("report: PASS"))),
                39.8);
        List<String> lines = s.lines(home);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("P-5CZ2CN6F").contains("CONFIRMED", "demo-3", "1 min 31 s"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("P-42GXXFZX").contains("RETURNED").endsWith("-"));
        assertThat(lines).contains("    demo-out/tlogs/S-1-demo-3.tlog", "    /elsewhere/r.html", "    report: PASS");
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo("2 deliveries, 1 confirmed; 2.4 km planned, 2.4 km flown; last confirmation 0 min 39 s after start");
        assertThat(s.allConfirmed()).isFalse();
    }

    @Test
    void noDeliveryIsNotAllConfirmed() {
        assertThat(new DemoSummary(List.of(), List.of(), -1).allConfirmed()).isFalse();
    }
}
