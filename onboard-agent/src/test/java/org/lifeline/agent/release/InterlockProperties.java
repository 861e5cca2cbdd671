package org.lifeline.agent.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
 * interlock held at that instant, and every failed interlock is named in the refusal. The vertical
 * speed has its own properties: a drop approached from straight above is the case where every
 * other interlock already holds.
 */
class InterlockProperties {

    private static final DropPlan PLAN = new DropPlan("P-1", 7, 34.0655, 114.4010, 5.0, 8.0, 16.0, 1.0);
    private static final long NOW = 100_000;
    private static final double MAX_VERTICAL = 0.3;
    private final InterlockCheck check = new InterlockCheck(1_000, MAX_VERTICAL);

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
            assertThat(Math.abs(v.climbRate())).isLessThanOrEqualTo(MAX_VERTICAL);
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
        if (Double.isNaN(v.climbRate()) || Math.abs(v.climbRate()) > MAX_VERTICAL) {
            assertThat(d.failed()).contains(Interlock.VERTICAL_SPEED);
        }
    }

    /**
     * The gap this interlock closes: a drone sinking straight down onto the drop has no ground
     * speed, so everything else holds the moment it enters the altitude window.
     */
    @Property(tries = 1000)
    void releaseNeverHappensWhileClimbingOrDescendingFasterThanTheLimitWhateverElseHolds(
            @ForAll("goodSnapshots") VehicleSnapshot good, @ForAll("limits") double limit,
            @ForAll("beyond") double excess, @ForAll boolean descending) {
        double rate = (limit + excess) * (descending ? -1 : 1);
        VehicleSnapshot moving = withClimbRate(good, rate);
        ReleaseDecision d = new InterlockCheck(1_000, limit).check(PLAN, moving, false, NOW);
        assertThat(d.allowed()).isFalse();
        assertThat(d.failed()).containsExactly(Interlock.VERTICAL_SPEED);
        String reason = d.reasons().get(0);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "VERTICAL_SPEED \\((descending|climbing) at ([0-9.]+) m/s, limit ([0-9.]+) m/s\\)").matcher(reason);
        assertThat(m.matches()).as(reason).isTrue();
        assertThat(m.group(1)).isEqualTo(descending ? "descending" : "climbing");
        double shownSpeed = Double.parseDouble(m.group(2));
        double shownLimit = Double.parseDouble(m.group(3));
        assertThat(shownLimit).as(reason).isEqualTo(limit);
        assertThat(shownSpeed).as(reason).isGreaterThan(shownLimit).isCloseTo(Math.abs(rate), within(0.005));
    }

    @Property(tries = 500)
    void aVerticalSpeedWithinTheLimitEitherWayDoesNotStopARelease(
            @ForAll("goodSnapshots") VehicleSnapshot good, @ForAll("limits") double limit,
            @ForAll @net.jqwik.api.constraints.DoubleRange(min = -1, max = 1) double fraction) {
        VehicleSnapshot holding = withClimbRate(good, limit * fraction);
        assertThat(new InterlockCheck(1_000, limit).check(PLAN, holding, false, NOW).allowed()).isTrue();
    }

    @Property(tries = 500)
    void anUnknownVerticalSpeedIsRefusedSayingItIsUnknown(@ForAll("goodSnapshots") VehicleSnapshot good) {
        ReleaseDecision d = check.check(PLAN, withClimbRate(good, Double.NaN), false, NOW);
        assertThat(d.allowed()).isFalse();
        assertThat(d.failed()).containsExactly(Interlock.VERTICAL_SPEED);
        assertThat(d.summary()).contains("VERTICAL_SPEED (vertical speed unknown");
    }

    @Property(tries = 200)
    void aStaleVerticalSpeedIsNeverTrusted(@ForAll("goodSnapshots") VehicleSnapshot good,
                                           @ForAll @net.jqwik.api.constraints.LongRange(min = 1_001, max = 60_000) long age) {
        // vz arrives in the same GLOBAL_POSITION_INT as the position that dates the snapshot, so an
        // old vertical speed is an old snapshot: a drone still on the hold at its last report may be
        // anywhere now.
        VehicleSnapshot old = new VehicleSnapshot(NOW - age, true, true, PLAN.missionSeq(), true, good.latitude(),
                good.longitude(), good.relativeAltitude(), good.groundSpeed(), 0.0);
        assertThat(check.check(PLAN, old, false, NOW).failed()).containsExactly(Interlock.FRESH_TELEMETRY);
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
        Arbitrary<Double> climb = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.doubles().between(-MAX_VERTICAL, MAX_VERTICAL).ofScale(3)),
                Tuple.of(1, Arbitraries.doubles().between(-3, 3).ofScale(3)),
                Tuple.of(1, Arbitraries.just(Double.NaN)));
        Arbitrary<Boolean> b = Arbitraries.frequency(Tuple.of(6, true), Tuple.of(1, false));
        Arbitrary<VehicleSnapshot> still = Combinators.combine(at, b, b, seq, b, offset, offset, alt)
                .as((t, armed, auto, s, fix, la, lo, a) -> new VehicleSnapshot(t, armed, auto, s, fix,
                        PLAN.latitude() + la, PLAN.longitude() + lo, a, 0, 0));
        return Combinators.combine(still, speed, climb).as((v, sp, vz) -> new VehicleSnapshot(v.atMillis(), v.armed(),
                v.auto(), v.currentSeq(), v.positionValid(), v.latitude(), v.longitude(), v.relativeAltitude(), sp, vz));
    }

    /** Vertical-speed limits an airframe's configuration may set (interlock.maxVerticalSpeed). */
    @Provide
    Arbitrary<Double> limits() {
        return Arbitraries.doubles().between(0.05, 1.0).ofScale(3);
    }

    /** How far past the limit: from a hair to a free fall. */
    @Provide
    Arbitrary<Double> beyond() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.doubles().between(0.001, 0.05).ofScale(3)),
                Tuple.of(3, Arbitraries.doubles().between(0.05, 3).ofScale(3)),
                Tuple.of(1, Arbitraries.doubles().between(3, 60).ofScale(2)));
    }

    private static VehicleSnapshot withClimbRate(VehicleSnapshot v, double climbRate) {
        return new VehicleSnapshot(v.atMillis(), v.armed(), v.auto(), v.currentSeq(), v.positionValid(), v.latitude(),
                v.longitude(), v.relativeAltitude(), v.groundSpeed(), climbRate, v.altitudeAmsl(), v.heightAboveTerrain());
    }

    @Provide
    Arbitrary<VehicleSnapshot> goodSnapshots() {
        Arbitrary<Double> bearing = Arbitraries.doubles().between(0, 6.28).ofScale(4);
        Arbitrary<Double> dist = Arbitraries.doubles().between(0, 4.9).ofScale(4);
        Arbitrary<Double> alt = Arbitraries.doubles().between(8.0, 16.0);
        Arbitrary<Double> speed = Arbitraries.doubles().between(0, 1.0);
        Arbitrary<Long> age = Arbitraries.longs().between(0, 1_000);
        Arbitrary<Double> climb = Arbitraries.doubles().between(-MAX_VERTICAL, MAX_VERTICAL);
        return Combinators.combine(bearing, dist, alt, speed, age, climb).as((br, d, a, sp, ag, vz) -> {
            double north = d * Math.cos(br) / 111_195.0;
            double east = d * Math.sin(br) / (111_195.0 * Math.cos(Math.toRadians(PLAN.latitude())));
            return new VehicleSnapshot(NOW - ag, true, true, PLAN.missionSeq(), true,
                    PLAN.latitude() + north, PLAN.longitude() + east, a, sp, vz);
        });
    }
}
