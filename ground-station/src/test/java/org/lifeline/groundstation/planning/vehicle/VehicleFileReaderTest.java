package org.lifeline.groundstation.planning.vehicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VehicleFileReaderTest {

    @Test
    void readsEveryFieldAndFillsDefaults() {
        VehicleProfile v = TestVehicles.quad();
        assertThat(v.cruiseSpeed()).isEqualTo(10);
        assertThat(v.cruisePower()).isEqualTo(360);
        assertThat(v.maxAltitude()).isEqualTo(120);
        assertThat(v.verticalMargin()).isEqualTo(10);
        assertThat(v.reserveWh()).isEqualTo(100);
        assertThat(v.dropWindow()).isEqualTo(new DropWindow(8, 12, 15));
        assertThat(v.fenceVertexBudget()).isEqualTo(60);
    }

    @Test
    void powerCurveIsInterpolatedBetweenItsPoints() throws Exception {
        String json = TestVehicles.quadJson().replace("\"forwardPower\": 360",
                "\"powerCurve\": [{\"speed\": 0, \"watts\": 700}, {\"speed\": 8, \"watts\": 500}, {\"speed\": 12, \"watts\": 600}]");
        VehicleProfile v = VehicleFileReader.parse("v.json", json);
        assertThat(v.cruisePower()).isEqualTo(550);
        assertThat(v.forwardPower().wattsAt(20)).isEqualTo(600);
    }

    @Test
    void negativeClimbRateNamesFileFieldAndExpectation() {
        String json = TestVehicles.quadJson().replace("\"climbRate\": 2", "\"climbRate\": -2");
        assertThatThrownBy(() -> VehicleFileReader.parse("quad.json", json))
                .isInstanceOf(VehicleFileException.class)
                .hasMessage("quad.json: field 'climbRate': expected a number of m/s greater than 0 and at most 20, got -2");
    }

    @Test
    void missingFieldIsReportedAsRequired() {
        String json = TestVehicles.quadJson().replace("\"batteryWh\": 400,", "");
        assertThatThrownBy(() -> VehicleFileReader.parse("quad.json", json))
                .hasMessageContaining("field 'batteryWh'").hasMessageContaining("required");
    }

    @Test
    void misspeltFieldIsRefusedRatherThanIgnored() {
        String json = TestVehicles.quadJson().replace("\"maxPayloadKg\": 2,", "\"maxPayloadKg\": 2, \"verticalMargn\": 5,");
        assertThatThrownBy(() -> VehicleFileReader.parse("quad.json", json))
                .hasMessageContaining("field 'verticalMargn': expected a known field");
    }

    @Test
    void cruiseAboveTheLegalMaximumIsRefused() {
        String json = TestVehicles.quadJson().replace("\"cruiseAltitude\": 60", "\"cruiseAltitude\": 130");
        assertThatThrownBy(() -> VehicleFileReader.parse("quad.json", json))
                .hasMessage("quad.json: field 'cruiseAltitude': expected at most maxAltitude (120 m), got 130");
    }

    @Test
    void dropWindowOutOfOrderIsRefused() {
        String json = TestVehicles.quadJson().replace("\"min\": 8, \"preferred\": 12", "\"min\": 13, \"preferred\": 12");
        assertThatThrownBy(() -> VehicleFileReader.parse("quad.json", json))
                .hasMessageContaining("field 'dropAltitude': expected min <= preferred <= max, got 13 / 12 / 15");
    }

    @Test
    void bothPowerFormsAtOnceAreRefused() {
        String json = TestVehicles.quadJson().replace("\"forwardPower\": 360",
                "\"forwardPower\": 360, \"powerCurve\": [{\"speed\": 0, \"watts\": 1}]");
        assertThatThrownBy(() -> VehicleFileReader.parse("quad.json", json))
                .hasMessageContaining("exactly one of forwardPower");
    }

    @Test
    void brokenJsonReportsTheLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\n  \"name\": \"x\",\n  \"cruiseSpeed\": ,\n}");
        assertThatThrownBy(() -> VehicleFileReader.read(file))
                .hasMessageStartingWith(file + ": line 3: not valid JSON");
    }

    @Test
    void missingFileIsOneClearLine(@TempDir Path dir) {
        Path file = dir.resolve("none.json");
        assertThatThrownBy(() -> VehicleFileReader.read(file)).hasMessage(file + ": no such vehicle file");
    }
}
