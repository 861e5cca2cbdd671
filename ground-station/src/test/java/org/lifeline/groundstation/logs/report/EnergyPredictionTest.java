package org.lifeline.groundstation.logs.report;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Energy against the planner's prediction, on {@link DeliveryFixture} (its battery counts 0.05 Wh
 * per second of log, about 3.7 Wh at the end) and {@link FixturePlan} (125 s predicted).
 */
class EnergyPredictionTest {

    @TempDir
    static Path tmp;

    private static FlightRecord flight;

    @BeforeAll
    static void readTheFixture() throws Exception {
        Path bin = tmp.resolve("00000043.BIN");
        Files.write(bin, DeliveryFixture.bin());
        flight = SortieReports.readLog(bin);
    }

    private static SortieReport report(double watts, double batteryWh, double reservePercent) {
        SortieInputs in = SortieInputs.of(Optional.of(FixturePlan.plan()), "fixture.plan")
                .withVehicle(Optional.of(FixturePlan.vehicle(watts, batteryWh, reservePercent)));
        return new SortieAnalysis(Thresholds.defaults()).analyse(flight, in);
    }

    private static Check energyCheck(SortieReport r) {
        return r.checks().stream().filter(c -> c.name().equals("Energy against the plan's prediction")).findFirst().orElseThrow();
    }

    @Test
    void thePredictionIsThePlannersModelOfThePlanAndTheConsumptionIsTheLogs() {
        SortieReport r = report(200, 50, 20);
        EnergyComparison e = r.energy().orElseThrow();
        // within the centimetres of the plan's 1e-7 degree coordinates
        assertThat(e.predictedWh()).isCloseTo(FixturePlan.PREDICTED_SECONDS * 200 / 3600, within(1e-3));
        assertThat(e.curveSeconds().get(e.curveSeconds().size() - 1)).isCloseTo(FixturePlan.PREDICTED_SECONDS, within(0.01));
        assertThat(e.consumedWh()).isCloseTo(flight.consumedWh(), within(1e-9)).isBetween(3.6, 3.8);
        assertThat(e.reserveWh()).isCloseTo(10, within(1e-9));
        Check c = energyCheck(r);
        assertThat(c.status()).isEqualTo(Check.Status.PASS);
        assertThat(c.value()).startsWith("used 3.").contains("predicted 6.9 Wh (-4");
        assertThat(c.threshold()).isEqualTo("pass ≤ prediction + 20 %, warn above, fail when the landing eats into the reserve");
    }

    @Test
    void usingMoreThanTwentyPercentAboveThePredictionWarns() {
        // 80 W: 2.78 Wh predicted, about 3.7 Wh used (+33 %); the 50 Wh battery keeps its reserve
        SortieReport r = report(80, 50, 20);
        assertThat(r.energy().orElseThrow().overrunPercent()).isBetween(29.0, 37.0);
        assertThat(energyCheck(r).status()).isEqualTo(Check.Status.WARN);
        // 100 W: 3.47 Wh predicted, +7 %: within the 20 % allowance
        assertThat(energyCheck(report(100, 50, 20)).status()).isEqualTo(Check.Status.PASS);
    }

    @Test
    void landingInsideTheReserveFailsEvenWhenThePredictionWasMet() {
        // 10 Wh battery with a 70 % reserve (7 Wh): about 6.3 Wh left on landing
        SortieReport r = report(200, 10, 70);
        Check c = energyCheck(r);
        assertThat(c.status()).isEqualTo(Check.Status.FAIL);
        assertThat(c.value()).contains("RESERVE BREACHED").contains("reserve 7.0 Wh");
        assertThat(r.overall()).isEqualTo(Check.Status.FAIL);
    }

    @Test
    void withoutAVehicleProfileTheCheckSaysWhatIsMissing() {
        SortieReport r = new SortieAnalysis(Thresholds.defaults()).analyse(flight, SortieInputs.of(Optional.of(FixturePlan.plan()), "p"));
        assertThat(r.energy()).isEmpty();
        assertThat(energyCheck(r).status()).isEqualTo(Check.Status.NOT_APPLICABLE);
        assertThat(energyCheck(r).value()).isEqualTo("no vehicle profile given (--vehicle)");
    }

    @Test
    void theHtmlPlotsConsumedAgainstPredictedAndDrawsTheFenceAndAirspace() {
        SortieReport r = report(200, 50, 20);
        String html = HtmlReport.render(r);
        assertThat(html).contains("Energy consumed against the planner&#39;s prediction").contains(">predicted<")
                .contains("fence (keep inside)").contains("pink: geofence");
        // the predicted curve: nothing before arming, the total after 125 s
        assertThat(HtmlReport.predictedAt(r.energy().orElseThrow(), -1)).isZero();
        assertThat(HtmlReport.predictedAt(r.energy().orElseThrow(), 62.5)).isBetween(0.0, 6.95);
        assertThat(HtmlReport.predictedAt(r.energy().orElseThrow(), 1e6)).isCloseTo(r.energy().orElseThrow().predictedWh(), within(1e-9));
        assertThat(JsonReport.render(r)).contains("\"predictedWh\"").contains("\"reserveBreached\" : false");
    }
}
