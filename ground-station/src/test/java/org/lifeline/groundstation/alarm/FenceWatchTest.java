package org.lifeline.groundstation.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lifeline.groundstation.geo.FenceFixture.circle;
import static org.lifeline.groundstation.geo.FenceFixture.rectangle;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lifeline.groundstation.alarm.FenceWatch.Position;
import org.lifeline.groundstation.geo.FenceFixture;
import org.lifeline.plan.GeoPoint;
import org.lifeline.plan.Geofence;

/**
 * The fence alarms for fences held in memory: a square operating area 200 m across with a
 * 40 m no-fly square inside it, and a 5 m alarm margin.
 */
class FenceWatchTest {

    static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");
    static final Geofence FENCE = new Geofence(
            List.of(rectangle(true, -100, -100, 100, 100), rectangle(false, 20, 20, 60, 60)), List.of());

    private final FenceWatch watch = FenceWatch.of(id -> Optional.ofNullable(Map.of("d2", FENCE).get(id)), 5);

    static Position armed(String id, double east, double north, int second) {
        GeoPoint p = FenceFixture.at(east, north);
        return new Position(id, p.latitude(), p.longitude(), true, T0.plusSeconds(second));
    }

    private List<Alarm> alarms(int second, Position... positions) {
        return watch.alarms(List.of(positions), T0.plusSeconds(second));
    }

    @Test
    void aDroneWellInsideRaisesNothing() {
        assertThat(alarms(0, armed("d2", 0, 0, 0))).isEmpty();
    }

    @Test
    void anArmedDroneCloserThanTheMarginRaisesFenceMarginWithTheNumbers() {
        List<Alarm> a = alarms(1, armed("d2", -97, 0, 1));

        assertThat(a).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(Alarm.Kind.FENCE_MARGIN);
            assertThat(x.subject()).isEqualTo("d2");
            assertThat(x.detail()).isEqualTo("d2: 3.0 m inside the fence, alarm under 5 m");
            assertThat(x.since()).isEqualTo(T0.plusSeconds(1));
        });
    }

    @Test
    void outsideTheFenceIsABreachSaidLoudly() {
        assertThat(alarms(0, armed("d2", 0, 114, 0))).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(Alarm.Kind.FENCE_BREACH);
            assertThat(x.detail()).isEqualTo("d2: 14 m OUTSIDE the fence (breach)");
        });
    }

    @Test
    void anExclusionZoneIsNamedAsSuch() {
        assertThat(alarms(0, armed("d2", 40, 17, 0))).singleElement().extracting(Alarm::kind, Alarm::detail)
                .containsExactly(Alarm.Kind.FENCE_MARGIN, "d2: 3.0 m from an exclusion zone, alarm under 5 m");
        assertThat(alarms(0, armed("d2", 40, 30, 0))).singleElement().extracting(Alarm::kind, Alarm::detail)
                .containsExactly(Alarm.Kind.FENCE_BREACH, "d2: 10 m INSIDE an exclusion zone (breach)");
    }

    @Test
    void circlesAreWatchedToo() {
        FenceWatch w = FenceWatch.of(id -> Optional.of(new Geofence(List.of(), List.of(circle(true, 0, 0, 50)))), 5);
        GeoPoint p = FenceFixture.at(0, 52);

        assertThat(w.alarms(List.of(new Position("d3", p.latitude(), p.longitude(), true, T0)), T0))
                .singleElement().extracting(Alarm::detail).isEqualTo("d3: 2.0 m OUTSIDE the fence (breach)");
    }

    @Test
    void aDisarmedDroneOrOneWithoutAFenceRaisesNothing() {
        GeoPoint out = FenceFixture.at(0, 150);

        assertThat(alarms(0, new Position("d2", out.latitude(), out.longitude(), false, true, T0))).isEmpty();
        assertThat(alarms(0, armed("d9", 0, 150, 0))).isEmpty();
    }

    @Test
    void anAutopilotBreachIsABreachWhateverTheUploadedFenceSays() {
        GeoPoint in = FenceFixture.at(-50, 0);

        assertThat(alarms(0, new Position("d2", in.latitude(), in.longitude(), true, true, T0))).singleElement()
                .extracting(Alarm::kind, Alarm::detail).containsExactly(Alarm.Kind.FENCE_BREACH, "d2: the autopilot reports a fence BREACH "
                        + "(horizontally 50 m within the uploaded fence: an altitude limit, or the autopilot's fence differs)");
        assertThat(alarms(0, new Position("d9", in.latitude(), in.longitude(), true, true, T0))).singleElement()
                .extracting(Alarm::detail).isEqualTo("d9: the autopilot reports a fence BREACH");
        assertThat(alarms(0, new Position("d2", Double.NaN, Double.NaN, true, true, T0))).singleElement()
                .extracting(Alarm::detail).isEqualTo("d2: the autopilot reports a fence BREACH");
    }

    @Test
    void bothSayingBreachIsOneAlarm() {
        GeoPoint out = FenceFixture.at(0, -110);

        assertThat(alarms(0, new Position("d2", out.latitude(), out.longitude(), true, true, T0))).singleElement()
                .extracting(Alarm::detail).isEqualTo("d2: 10 m OUTSIDE the fence (breach); the autopilot reports it too");
    }

    @Test
    void withoutAPositionFixOnlyTheAutopilotCounts() {
        assertThat(alarms(0, new Position("d2", Double.NaN, Double.NaN, true, T0))).isEmpty();
    }

    @Test
    void sinceIsTheFirstSightingWhileTheConditionLastsAndResetsOnceClear() {
        assertThat(alarms(10, armed("d2", 97, 0, 10))).singleElement().extracting(Alarm::since).isEqualTo(T0.plusSeconds(10));
        assertThat(alarms(11, armed("d2", 98, 0, 11))).singleElement().extracting(Alarm::since).isEqualTo(T0.plusSeconds(10));

        List<Alarm> breach = alarms(12, armed("d2", 103, 0, 12));
        assertThat(breach).singleElement().extracting(Alarm::kind, Alarm::since).containsExactly(Alarm.Kind.FENCE_BREACH, T0.plusSeconds(12));
        // back inside but still near: the approach began at 10 s and never stopped
        assertThat(alarms(13, armed("d2", 97, 0, 13))).singleElement().extracting(Alarm::kind, Alarm::since)
                .containsExactly(Alarm.Kind.FENCE_MARGIN, T0.plusSeconds(10));

        assertThat(alarms(14, armed("d2", 0, 0, 14))).isEmpty();
        assertThat(alarms(20, armed("d2", 97, 0, 20))).singleElement().extracting(Alarm::since).isEqualTo(T0.plusSeconds(20));
        assertThat(alarms(21, armed("d2", 110, 0, 21))).singleElement().extracting(Alarm::since).isEqualTo(T0.plusSeconds(21));
    }

    @Test
    void aDroneLeftOutIsForgotten() {
        alarms(10, armed("d2", 97, 0, 10));
        alarms(11);

        assertThat(alarms(12, armed("d2", 97, 0, 12))).singleElement().extracting(Alarm::since).isEqualTo(T0.plusSeconds(12));
    }

    @Test
    void breachesComeBeforeNearMissesWhateverTheDrone() {
        FenceWatch w = FenceWatch.of(id -> Optional.of(FENCE), 5);

        List<Alarm> a = w.alarms(List.of(armed("a1", 97, 0, 0), armed("z9", 0, 120, 5)), T0.plusSeconds(5));

        assertThat(a).extracting(Alarm::subject).containsExactly("z9", "a1");
    }

    @Test
    void theMarginMustBeAFiniteNonNegativeNumber() {
        assertThatThrownBy(() -> FenceWatch.of(id -> Optional.empty(), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fence alarm margin").hasMessageContaining("-1");
        assertThatThrownBy(() -> FenceWatch.of(id -> Optional.empty(), Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
