package org.lifeline.groundstation.dispatch.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.lifeline.groundstation.dispatch.DispatchFixtures;
import org.lifeline.groundstation.dispatch.request.FieldProblem;
import org.lifeline.groundstation.dispatch.request.ImportResult;
import org.lifeline.groundstation.dispatch.request.IntakeResult;
import org.lifeline.groundstation.dispatch.request.PayloadLimit;
import org.lifeline.groundstation.dispatch.request.RequestDraft;
import org.lifeline.groundstation.dispatch.request.RequestIntake;
import org.lifeline.groundstation.dispatch.request.RequestRules;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.planning.mission.SampleAirspace;

/**
 * The payload limit at intake comes from the fleet registry (the heaviest payload among its
 * drones' vehicles) and holds alike on all three ways in: one request ({@code request add}),
 * a CSV file, and the JSON API. A parcel within it is accepted by each; one over it is refused
 * by each, naming the field {@code weight_g} and the limit.
 */
class IntakePayloadProperties {

    /** Payloads of the vehicle types a registry may mix, in kg. */
    private static final List<Double> PAYLOADS = List.of(0.5, 1.0, 1.25, 2.0, 3.5);

    private static Path dir;
    private static DeliveryStore store;
    private static final AtomicInteger REF = new AtomicInteger();
    private static final AtomicInteger STORED = new AtomicInteger();

    @BeforeContainer
    static void vehiclesAndStore() throws IOException {
        dir = Files.createTempDirectory("intake-payload");
        String quad = Files.readString(SampleAirspace.DIR.resolve("quad-2kg.vehicle.json"));
        for (double kg : PAYLOADS) {
            Files.writeString(dir.resolve(file(kg)), quad
                    .replace("\"maxPayloadKg\": 2.0", "\"maxPayloadKg\": " + kg)
                    .replace("LL-Q4 delivery quadcopter (2 kg payload)", "quad " + kg + " kg"));
        }
        store = DeliveryStore.openSqlite(dir.resolve("data"), DispatchFixtures.fixedClock());
    }

    @AfterContainer
    static void close() throws IOException {
        store.close();
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static String file(double kg) {
        return String.format(Locale.ROOT, "quad-%.0fg.vehicle.json", kg * 1000);
    }

    @Provide
    Arbitrary<List<Double>> fleets() {
        return Arbitraries.of(PAYLOADS).list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 40)
    void everyWayInAcceptsAParcelWithinTheFleetsHeaviestPayloadAndRefusesOneOverItNamingWeightAndTheLimit(
            @ForAll("fleets") List<Double> fleet, @ForAll("weights") int grams) throws Exception {
        PayloadLimit limit = DeskFleet.payloadLimit(FleetRegistry.read(registry(fleet)));
        int heaviest = (int) Math.round(1000 * fleet.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
        assertThat(limit.maxGrams()).isEqualTo(heaviest);
        RequestIntake intake = new RequestIntake(new RequestRules(DispatchFixtures.AIRSPACE, limit, DispatchFixtures.fixedClock()),
                store, Duration.ZERO);
        boolean within = grams <= heaviest;
        String over = grams + " g is over the vehicle's payload: at most " + heaviest + " g (quad ";

        String ref = "W-" + REF.incrementAndGet();
        IntakeResult one = intake.submit(new RequestDraft(ref + "a", "hotline", "Bldg 1", "13800000001", "dp-railway", null, null,
                "rice", Integer.toString(grams), "FOOD", null));
        IntakeResult json = intake.submitJson("{\"ref\":\"" + ref + "j\",\"requester\":\"hotline\",\"recipient\":\"Bldg 2\","
                + "\"phone\":\"13800000002\",\"lat\":34.0805,\"lon\":114.4015,\"items\":\"rice\",\"weight_g\":" + grams
                + ",\"priority\":\"FOOD\"}");
        ImportResult csv = intake.importCsv("day.csv", "ref,requester,recipient,phone,drop_point,items,weight_g,priority\n"
                + ref + "c,hotline,Bldg 3,13800000003,dp-railway,rice," + grams + ",FOOD\n");

        assertThat(one.accepted()).as(one.message()).isEqualTo(within);
        assertThat(json.accepted()).as(json.message()).isEqualTo(within);
        assertThat(csv.imported()).as(csv.problems().toString()).isEqualTo(within);
        if (!within) {
            for (List<FieldProblem> problems : List.of(one.problems(), json.problems(), csv.problems())) {
                assertThat(problems).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("weight_g");
                    assertThat(p.message()).startsWith(over);
                });
            }
            assertThat(csv.problems().get(0).line()).isEqualTo(2);
        } else {
            STORED.addAndGet(3);
        }
        // nothing refused was stored, everything accepted was
        assertThat(store.list(List.of(), 100_000)).hasSize(STORED.get());
    }

    @Provide
    Arbitrary<Integer> weights() {
        return Arbitraries.oneOf(Arbitraries.integers().between(1, 4000),
                Arbitraries.of(PAYLOADS).map(kg -> (int) Math.round(kg * 1000)),
                Arbitraries.of(PAYLOADS).map(kg -> (int) Math.round(kg * 1000) + 1));
    }

    /** A fleet registry of one drone per payload in {@code fleet}, all from the sample's launch site. */
    private static Path registry(List<Double> fleet) {
        List<String> drones = new ArrayList<>();
        for (int i = 0; i < fleet.size(); i++) {
            drones.add("{\"id\": \"drone-" + (i + 1) + "\", \"vehicle\": \"" + file(fleet.get(i)) + "\", \"launchSite\": \"launch-fire\"}");
        }
        try {
            return Files.writeString(dir.resolve("fleet.json"), "{\"drones\": [" + String.join(", ", drones) + "]}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
