package org.lifeline.groundstation.dispatch.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lifeline.groundstation.dispatch.DispatchFixtures;

class RequestRulesTest {

    private final RequestRules rules = DispatchFixtures.rules(DispatchFixtures.fixedClock());

    private static RequestDraft draft(String dropPoint, String lat, String lon, String weight) {
        return new RequestDraft(null, "hotline", "Bldg 5 #302", "138-0000-0009", dropPoint, lat, lon, "insulin pens x3", weight,
                "urgent-medicine", null);
    }

    private List<String> problems(RequestDraft d) {
        return rules.check(d).problems().stream().map(FieldProblem::describe).toList();
    }

    @Test
    void aRequestToAKnownDropPointIsAcceptedWithItsNameAndPosition() {
        Checked c = rules.check(draft("dp-jianshe-b3", null, null, "350"));
        assertThat(c.ok()).isTrue();
        DispatchRequest q = c.request().orElseThrow();
        assertThat(q.drop().name()).isEqualTo("Jianshe Rd building 3");
        assertThat(q.drop().latitude()).isEqualTo(34.0675);
        assertThat(q.priority()).isEqualTo(Priority.URGENT_MEDICINE);
        assertThat(q.recipient().phone()).isEqualTo("13800000009");
        assertThat(q.importKey()).isEmpty();
    }

    @Test
    void aDropInsideANoFlyZoneIsRefusedNamingTheZone() {
        assertThat(problems(draft(null, "34.072", "114.392", "350")))
                .containsExactly("lat: 34.072000,114.392000 is inside the no-fly zone nf-hospital (County People's Hospital)");
    }

    @Test
    void aDropOutsideTheOperatingAreaIsRefused() {
        assertThat(problems(draft(null, "34.2", "114.4", "350")))
                .containsExactly("lat: 34.200000,114.400000 is outside the operating area fugou-town");
    }

    @Test
    void aParcelHeavierThanTheFleetCarriesIsRefusedWithTheLimit() {
        assertThat(problems(draft("dp-railway", null, null, "2500")))
                .containsExactly("weight_g: 2500 g is over the vehicle's payload: at most 2000 g (LL-Q4 delivery quadcopter (2 kg payload))");
    }

    @Test
    void everyProblemOfADraftIsReportedTogether() {
        RequestDraft d = new RequestDraft(null, " ", "x", "call me", "dp-nowhere", null, null, "", "2kg", "soon", "tomorrow");
        assertThat(problems(d)).containsExactlyInAnyOrder(
                "requester: missing; expected some text",
                "items: missing; expected some text",
                "phone: \"call me\" is not a phone number; expected digits, spaces or '-', an optional leading '+'",
                "drop_point: \"dp-nowhere\" is not a drop point of the airspace",
                "weight_g: \"2kg\" is not a whole number of grams",
                "priority: \"soon\" is not one of URGENT_MEDICINE, MEDICINE, INFANT, FOOD, OTHER",
                "deadline: \"tomorrow\" is not a date-time; expected ISO-8601 with offset, e.g. 2026-04-02T15:00:00+08:00");
    }

    @Test
    void aDeadlineInThePastIsRefusedAndOneInTheFutureKept() {
        RequestDraft past = new RequestDraft("r1", "h", "r", "13800000001", "dp-railway", null, null, "rice", "1000", "FOOD",
                "2026-04-02T07:00:00Z");
        assertThat(problems(past)).containsExactly("deadline: 2026-04-02T07:00:00Z has passed; expected a time in the future");
        RequestDraft future = new RequestDraft("r1", "h", "r", "13800000001", "dp-railway", null, null, "rice", "1000", "FOOD",
                "2026-04-02T18:00:00+08:00");
        Checked c = rules.check(future);
        assertThat(c.request().orElseThrow().deadline()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("2026-04-02T10:00:00Z"));
        assertThat(c.request().orElseThrow().importKey()).contains("ref:r1");
    }

    @Test
    void coordinatesNeedBothHalvesWithinRange() {
        assertThat(problems(draft(null, "34.07", null, "100"))).containsExactly("lon: missing; expected decimal degrees");
        assertThat(problems(draft(null, "95", "114.4", "100"))).containsExactly("lat: \"95\" is not decimal degrees within ±90");
        assertThat(problems(draft(null, null, null, "100"))).containsExactly("drop_point: missing; expected a drop point id, or lat and lon");
    }
}
