package org.lifeline.groundstation.dispatch.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.dispatch.DispatchFixtures;
import org.lifeline.groundstation.testing.MutableClock;
import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.planning.mission.SampleAirspace;

class RequestIntakeTest {

    private static final String HEADER = "ref,requester,recipient,phone,drop_point,lat,lon,items,weight_g,priority,deadline\n";

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(DispatchFixtures.T0);
    private DeliveryStore store;
    private RequestIntake intake;

    @BeforeEach
    void open() {
        store = DeliveryStore.openSqlite(dir, clock);
        intake = new RequestIntake(DispatchFixtures.rules(clock), store, Duration.ofHours(12));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theSampleFileImportsCleanlyAndAgainAddsNothing() throws IOException {
        String text = Files.readString(SampleAirspace.DIR.resolve("requests.csv"));
        ImportResult first = intake.importCsv("requests.csv", text);
        assertThat(first.problems()).isEmpty();
        assertThat(first.imported()).isTrue();
        assertThat(first.added()).isEqualTo(first.rows()).isEqualTo(12);
        ImportResult again = intake.importCsv("requests.csv", text);
        assertThat(again.added()).isZero();
        assertThat(again.alreadyStored()).isEqualTo(12);
        assertThat(store.list(List.of(), 100)).hasSize(12);
        DispatchRequest next = store.list(List.of(DeliveryState.REQUESTED), 1).get(0).request();
        assertThat(next.priority()).isEqualTo(Priority.URGENT_MEDICINE);
        assertThat(next.importKey()).as("file order among equals").contains("ref:FG-0001");
    }

    @Test
    void aFileWithBadRowsReportsEveryOneAndStoresNothingUntilItIsClean() {
        String bad = HEADER
                + "A1,hotline,Bldg 1,13800000001,dp-railway,,,rice,1000,FOOD,\n"
                + "A2,hotline,Bldg 2,13800000002,dp-nowhere,,,rice,1000,FOOD,\n"
                + "A3,hotline,Bldg 3,13800000003,dp-railway,,,rice,3000,FOOD,\n"
                + "A4,hotline,Bldg 4,13800000004,,34.072,114.392,\"eggs, milk\",500,lunch,\n";
        ImportResult r = intake.importCsv("day1.csv", bad);
        assertThat(r.imported()).isFalse();
        assertThat(r.problems()).extracting(FieldProblem::describe).containsExactly(
                "line 3, column drop_point: \"dp-nowhere\" is not a drop point of the airspace",
                "line 4, column weight_g: 3000 g is over the vehicle's payload: at most 2000 g (LL-Q4 delivery quadcopter (2 kg payload))",
                "line 5, column lat: 34.072000,114.392000 is inside the no-fly zone nf-hospital (County People's Hospital)",
                "line 5, column priority: \"lunch\" is not one of URGENT_MEDICINE, MEDICINE, INFANT, FOOD, OTHER");
        assertThat(store.list(List.of(), 10)).isEmpty();

        String fixed = HEADER
                + "A1,hotline,Bldg 1,13800000001,dp-railway,,,rice,1000,FOOD,\n"
                + "A2,hotline,Bldg 2,13800000002,dp-xicheng-gate,,,rice,1000,FOOD,\n"
                + "A3,hotline,Bldg 3,13800000003,dp-railway,,,rice,1500,FOOD,\n"
                + "A4,hotline,Bldg 4,13800000004,,34.0805,114.4015,\"eggs, milk\",500,FOOD,\n";
        assertThat(intake.importCsv("day1.csv", fixed).added()).isEqualTo(4);
        assertThat(intake.importCsv("day1.csv", fixed).added()).isZero();
        assertThat(store.list(List.of(), 10)).hasSize(4);
    }

    @Test
    void rowsWithoutARefAreKeyedByContentAndAnExactRepeatInOneFileIsReported() {
        String noRef = "requester,recipient,phone,drop_point,items,weight_g,priority\n"
                + "hotline,Bldg 1,13800000001,dp-railway,rice,1000,FOOD\n"
                + "hotline,Bldg 2,13800000002,dp-railway,rice,1000,FOOD\n";
        assertThat(intake.importCsv("a.csv", noRef).added()).isEqualTo(2);
        assertThat(intake.importCsv("a.csv", noRef).alreadyStored()).isEqualTo(2);
        String repeat = noRef + "hotline,Bldg 1,13800000001,dp-railway,rice,1000,FOOD\n";
        assertThat(intake.importCsv("b.csv", repeat).problems()).extracting(FieldProblem::describe)
                .containsExactly("line 4, column (row): repeats line 2 exactly; give each a distinct ref to import both");
    }

    @Test
    void aBrokenHeaderOrRowShapeIsReportedWithItsLine() {
        ImportResult r = intake.importCsv("c.csv", "requester,recipient,colour\nx,y,z\n");
        assertThat(r.problems()).extracting(FieldProblem::describe).contains(
                "line 1, column colour: unknown column; expected some of ref, requester, recipient, phone, drop_point, lat, lon, items, weight_g, priority, deadline",
                "line 1, column phone: required column missing from the header");
        ImportResult shape = intake.importCsv("d.csv", HEADER + "A1,hotline,Bldg 1\n\n\"unclosed,x\n");
        assertThat(shape.problems()).extracting(FieldProblem::describe).containsExactly(
                "line 2, column (row): 3 fields; expected 11 as in the header",
                "line 4, column (row): a quoted field is never closed; expected a closing '\"'");
        assertThat(intake.importCsv("e.csv", "").problems()).extracting(FieldProblem::describe)
                .containsExactly("line 1, column (header): the file is empty; expected a header line: " + RequestCsv.COLUMNS_TEXT);
    }

    @Test
    void aLikelyDuplicateIsAcceptedAndFlagged() {
        RequestDraft d = new RequestDraft(null, "hotline", "Bldg 7 #201", "13800000002", "dp-jianshe-b7", null, null,
                "Infant formula, 800 g tin", "900", "INFANT", null);
        IntakeResult first = intake.submit(d);
        clock.advance(Duration.ofHours(1));
        IntakeResult second = intake.submit(new RequestDraft(null, "neighbour", "bldg 7  #201", "138 0000 0002", "dp-jianshe-b7",
                null, null, "infant formula 800 g tin", "900", "INFANT", null));
        assertThat(first.status()).isEqualTo(IntakeResult.ACCEPTED);
        assertThat(first.duplicateOf()).isNull();
        assertThat(second.status()).isEqualTo(IntakeResult.ACCEPTED);
        assertThat(second.duplicateOf()).isEqualTo(first.deliveryId());
        assertThat(second.message()).contains("looks like a duplicate of " + first.deliveryId());
        assertThat(store.list(List.of(), 10)).hasSize(2);
    }

    @Test
    void theJsonApiTakesTheCsvFieldNamesAndAnswersWithFieldProblems() {
        IntakeResult ok = intake.submitJson("{\"requester\":\"hotline\",\"recipient\":\"Bldg 3 #502\",\"phone\":\"13800000001\","
                + "\"drop_point\":\"dp-jianshe-b3\",\"items\":\"nifedipine\",\"weight_g\":350,\"priority\":\"URGENT_MEDICINE\",\"ref\":\"T-9\"}");
        assertThat(ok.status()).isEqualTo(IntakeResult.ACCEPTED);
        assertThat(store.find(ok.deliveryId())).isPresent();
        IntakeResult bad = intake.submitJson("{\"requester\":\"hotline\",\"recipient\":\"x\",\"phone\":\"1\",\"lat\":34.2,\"lon\":114.4,"
                + "\"items\":\"x\",\"weight_g\":10,\"priority\":\"FOOD\"}");
        assertThat(bad.accepted()).isFalse();
        assertThat(bad.deliveryId()).isNull();
        assertThat(bad.problems()).extracting(FieldProblem::field).containsExactly("phone", "lat");
        assertThat(intake.submitJson("[1]").problems()).extracting(FieldProblem::field).containsExactly("(body)");
        assertThat(intake.submitJson("{nope").message()).startsWith("refused: (body): not JSON");
        assertThat(intake.submitJson("{\"name\":\"x\"}").problems()).extracting(FieldProblem::describe)
                .containsExactly("name: unknown field; expected some of " + RequestCsv.COLUMNS_TEXT);
    }
}
