package org.lifeline.groundstation.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.lifeline.groundstation.alarm.FenceWatch.Position;
import org.lifeline.groundstation.geo.FenceFixture;
import org.lifeline.plan.GeoPoint;

/** What the fence alarms promise whatever the positions. */
class FenceWatchProperties {

    private final FenceWatch watch = FenceWatch.of(id -> Optional.of(FenceWatchTest.FENCE), FenceWatch.DEFAULT_ALARM_MARGIN_METRES);

    @Property(tries = 200)
    void aDisarmedDroneNeverRaisesAFenceAlarm(@ForAll @Size(min = 1, max = 6) List<@DoubleRange(min = -300, max = 300) Double> coordinates,
                                              @ForAll boolean autopilotBreach) {
        List<Position> positions = new ArrayList<>();
        for (int i = 0; i + 1 < coordinates.size(); i += 2) {
            GeoPoint p = FenceFixture.at(coordinates.get(i), coordinates.get(i + 1));
            positions.add(new Position("d" + i, p.latitude(), p.longitude(), false, autopilotBreach, Instant.EPOCH));
        }

        assertThat(watch.alarms(positions, Instant.EPOCH)).isEmpty();
    }

    @Property(tries = 300)
    void anArmedDroneOutsideTheOperatingAreaAlwaysRaisesABreach(@ForAll @DoubleRange(min = -300, max = 300) double east,
                                                                @ForAll @DoubleRange(min = -300, max = 300) double north) {
        Assume.that(Math.max(Math.abs(east), Math.abs(north)) > 100.05);
        GeoPoint p = FenceFixture.at(east, north);

        assertThat(watch.alarms(List.of(new Position("d1", p.latitude(), p.longitude(), true, Instant.EPOCH)), Instant.EPOCH))
                .singleElement().extracting(Alarm::kind).isEqualTo(Alarm.Kind.FENCE_BREACH);
    }
}
