package org.lifeline.agent.release;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the interlocks: whatever the vehicle does, a release is allowed only when every
 * interlock held at that instant, and every failed interlock is named in the refusal.
 */
class InterlockProperties {

    private static final DropPlan PLAN = new DropPlan("P-1", 7, 34.0655, 114.4010, 5.0, 8.0, 16.0, 1.0);
    private static final long NOW = 100_000;
    private final InterlockCheck check = new InterlockCheck(1_000);

    @Property(tries = 2000)
    void releaseIsAllowedOnlyWhenEveryInterlockHeld(@ForAll("snapshots") VehicleSnapshot v, @ForAll boolean released) {
        ReleaseDecision d = check.check(PLAN, v, released, NOW);
        Statistics.label("allowed").collect(d.allowed());
        Statistics.label("allowed").coverage(c -> c.check(true).percentage(p -> p > 3.0));
        if (d.allowed()) {
            // An independent statement of DESIGN.md's interlocks, in a flat-earth approximation
            // that is exact to well under a centimetre at these distances.
            double north = (v.latitude() - PLAN.latitude()) * 111_195.0;
            double east = (v.longitude() - PLAN.longitude()) * 111_195.0 * Math.cos(Math.toRadians(PLAN.latitude()));
            assertThat(v.armed()).isTrue();
            assertThat(v.auto()).isTrue();
            assertThat(v.currentSeq()).isEqualTo(PLAN.missionSeq());
            assertThat(v.positionValid()).isTrue();
            assertThat(Math.hypot(north, east)).isLessThanOrEqualTo(PLAN.zoneRadiusMetres() + 0.01);
            assertThat(v.relativeAltitude()).isBetween(PLAN.minAltitudeMetres(), PLAN.maxAltitudeMetres());
            assertThat(v.groundSpeed()).isLessThanOrEqualTo(PLAN.maxGroundSpeed());
            assertThat(NOW - v.atMillis()).isBetween(0L, 1_000L);
            assertThat(released).isFalse();
        }
    }

    @Property(tries = 2000)
    void everyRefusalNamesEachFailedInterlockWithAReason(@ForAll("snapshots") VehicleSnapshot v, @ForAll boolean released) {
        ReleaseDecision d = check.check(PLAN, v, released, NOW);
        assertThat(d.reasons()).hasSameSizeAs(d.failed());
        for (Interlock i : d.failed()) {
            assertThat(d.reasons()).anySatisfy(r -> assertThat(r).startsWith(i.name() + " ("));
        }
        if (!v.armed()) {
            assertThat(d.failed()).contains(Interlock.ARMED);
        }
        if (!v.auto()) {
            assertThat(d.failed()).contains(Interlock.AUTO_MODE);
        }
        if (released) {
            assertThat(d.failed()).contains(Interlock.NOT_ALREADY_RELEASED);
        }
        if (v.groundSpeed() > PLAN.maxGroundSpeed()) {
            assertThat(d.failed()).contains(Interlock.GROUND_SPEED);
        }
        if (Double.isNaN(v.relativeAltitude())) {
            assertThat(d.failed()).contains(Interlock.ALTITUDE_WINDOW);
        }
    }

    @Property(tries = 500)
    void aSnapshotThatHoldsEverythingIsAllowed(@ForAll("goodSnapshots") VehicleSnapshot v) {
        assertThat(check.check(PLAN, v, false, NOW).allowed()).isTrue();
    }

    @Provide
    Arbitrary<VehicleSnapshot> snapshots() {
        // Each field is good most of the time and otherwise near or past its limit, so that
        // allowed releases and single near-misses on every interlock are both common.
        Arbitrary<Long> at = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.longs().between(NOW - 1_000, NOW)),
                Tuple.of(1, Arbitraries.longs().between(NOW - 3_000, NOW + 200)));
        Arbitrary<Integer> seq = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(PLAN.missionSeq())),
                Tuple.of(1, Arbitraries.integers().between(-1, 9)));
        Arbitrary<Double> offset = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.doubles().between(-0.00003, 0.00003).ofScale(9)),
                Tuple.of(1, Arbitraries.doubles().between(-0.0001, 0.0001).ofScale(9)));
        Arbitrary<Double> alt = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.doubles().between(8, 16).ofScale(3)),
                Tuple.of(1, Arbitraries.doubles().between(0, 30).ofScale(3)),
                Tuple.of(1, Arbitraries.just(Double.NaN)));
        Arbitrary<Double> speed = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.doubles().between(0, 1).ofScale(3)),
                Tuple.of(1, Arbitraries.doubles().between(0, 3).ofScale(3)),
                Tuple.of(1, Arbitraries.just(Double.NaN)));
        Arbitrary<Boolean> b = Arbitraries.frequency(Tuple.of(6, true), Tuple.of(1, false));
        return Combinators.combine(at, b, b, seq, b, offset, offset, alt).flatAs((t, armed, auto, s, fix, la, lo, a) ->
                speed.map(sp -> new VehicleSnapshot(t, armed, auto, s, fix,
                        PLAN.latitude() + la, PLAN.longitude() + lo, a, sp)));
    }

    @Provide
    Arbitrary<VehicleSnapshot> goodSnapshots() {
        Arbitrary<Double> bearing = Arbitraries.doubles().between(0, 6.28).ofScale(4);
        Arbitrary<Double> dist = Arbitraries.doubles().between(0, 4.9).ofScale(4);
        Arbitrary<Double> alt = Arbitraries.doubles().between(8.0, 16.0);
        Arbitrary<Double> speed = Arbitraries.doubles().between(0, 1.0);
        Arbitrary<Long> age = Arbitraries.longs().between(0, 1_000);
        return Combinators.combine(bearing, dist, alt, speed, age).as((br, d, a, sp, ag) -> {
            double north = d * Math.cos(br) / 111_195.0;
            double east = d * Math.sin(br) / (111_195.0 * Math.cos(Math.toRadians(PLAN.latitude())));
            return new VehicleSnapshot(NOW - ag, true, true, PLAN.missionSeq(), true,
                    PLAN.latitude() + north, PLAN.longitude() + east, a, sp);
        });
    }
}
