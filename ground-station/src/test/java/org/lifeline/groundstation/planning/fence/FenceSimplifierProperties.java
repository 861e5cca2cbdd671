package org.lifeline.groundstation.planning.fence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The safety contract of fence simplification: whatever the zone's shape and however small the
 * budget, an exclusion never shrinks and the inclusion never grows.
 */
class FenceSimplifierProperties {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    /**
     * Star-shaped polygons, simple by construction: 5 to 60 vertices, one in each of n equal
     * angular slots around a centre (so no gap reaches half a turn), radii 30 to 600 m.
     */
    @Provide
    Arbitrary<Polygon> zones() {
        Arbitrary<List<Double>> jitter = Arbitraries.doubles().between(0, 0.9).ofScale(4).list().ofMinSize(5).ofMaxSize(60);
        Arbitrary<List<Double>> radii = Arbitraries.doubles().between(30, 600).ofScale(3).list().ofSize(60);
        Arbitrary<double[]> centre = Arbitraries.doubles().between(-3000, 3000).array(double[].class).ofSize(2);
        return Combinators.combine(jitter, radii, centre).as(FenceSimplifierProperties::star);
    }

    static Polygon star(List<Double> jitter, List<Double> radii, double[] centre) {
        int n = jitter.size();
        Coordinate[] ring = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * (i + jitter.get(i)) / n;
            double r = radii.get(i);
            ring[i] = new Coordinate(centre[0] + r * Math.cos(angle), centre[1] + r * Math.sin(angle));
        }
        ring[n] = ring[0].copy();
        return GEOMETRY.createPolygon(ring);
    }

    @Property(tries = 40)
    void everyExclusionRungCoversTheZoneAndCostsLessThanTheOneBefore(@ForAll("zones") Polygon zone) {
        List<FenceShape> ladder = FenceSimplifier.exclusionLadder(zone);
        assertThat(ladder).isNotEmpty();
        assertThat(ladder.get(0).area()).isCloseTo(zone.getArea(), org.assertj.core.api.Assertions.within(1e-6));
        for (int i = 0; i < ladder.size(); i++) {
            assertThat(ladder.get(i).covers(zone)).as("rung %d covers the zone", i).isTrue();
            if (i > 0) {
                assertThat(ladder.get(i).cost()).isLessThan(ladder.get(i - 1).cost());
            }
        }
        assertThat(ladder.get(ladder.size() - 1).cost()).as("a bounding circle is always offered").isEqualTo(1);
    }

    @Property(tries = 40)
    void exclusionWithinAnyBudgetCoversTheZone(@ForAll("zones") Polygon zone, @ForAll @IntRange(min = 1, max = 40) int budget) {
        Optional<FenceShape> shape = FenceSimplifier.exclusionWithin(zone, budget);
        assertThat(shape).isPresent();
        assertThat(shape.get().cost()).isLessThanOrEqualTo(budget);
        assertThat(shape.get().covers(zone)).isTrue();
        assertThat(shape.get().area()).isGreaterThanOrEqualTo(zone.getArea() * (1 - 1e-9));
    }

    @Property(tries = 40)
    void everyInclusionRungLiesWithinTheArea(@ForAll("zones") Polygon area) {
        List<FenceShape> ladder = FenceSimplifier.inclusionLadder(area);
        for (FenceShape s : ladder) {
            Polygon p = ((FenceShape.Ring) s).polygon();
            assertThat(p.within(area) || p.equalsTopo(area)).isTrue();
            assertThat(p.getArea()).isLessThanOrEqualTo(area.getArea() * (1 + 1e-9));
        }
    }

    @Property(tries = 25)
    void plannedFenceFitsTheBudgetGrowsExclusionsShrinksInclusionAndKeepsClearOfTheTrack(
            @ForAll("zones") Polygon zone, @ForAll @IntRange(min = 8, max = 60) int budget) throws Exception {
        Polygon area = (Polygon) GEOMETRY.createPoint(new Coordinate(0, 0)).buffer(6000, 12);
        // a track that passes the zone at a distance: a straight line 200 m beyond its envelope
        double y = zone.getEnvelopeInternal().getMaxY() + 200;
        LineString track = GEOMETRY.createLineString(new Coordinate[]{new Coordinate(-4000, y), new Coordinate(4000, y)});
        SimplifiedFence fence;
        try {
            fence = new FencePlanner(budget, 10).plan(Optional.of(area), List.of(FenceZone.polygon("z", zone)), track);
        } catch (FenceBudgetException e) {
            // refused only when even the cheapest acceptable shapes of each zone together exceed the budget
            int inclusion = FenceSimplifier.inclusionLadder(area).stream()
                    .filter(s -> s.covers(track) && ((FenceShape.Ring) s).polygon().getExteriorRing().distance(track) >= 10)
                    .mapToInt(FenceShape::cost).min().orElse(Integer.MAX_VALUE / 2);
            int exclusion = FenceSimplifier.exclusionLadder(zone).stream().filter(s -> s.distance(track) >= 10)
                    .mapToInt(FenceShape::cost).min().orElse(Integer.MAX_VALUE / 2);
            assertThat(inclusion + exclusion).isGreaterThan(budget);
            return;
        }
        assertThat(fence.cost()).isLessThanOrEqualTo(budget);
        FenceShape inclusion = fence.inclusion().orElseThrow().shape();
        assertThat(((FenceShape.Ring) inclusion).polygon().within(area)
                || ((FenceShape.Ring) inclusion).polygon().equalsTopo(area)).isTrue();
        assertThat(inclusion.covers(track)).isTrue();
        FenceShape exclusion = fence.exclusions().get(0).shape();
        assertThat(exclusion.covers(zone)).isTrue();
        assertThat(exclusion.distance(track)).isGreaterThanOrEqualTo(10);
    }
}
