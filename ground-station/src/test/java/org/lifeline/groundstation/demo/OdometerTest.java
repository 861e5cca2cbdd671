package org.lifeline.groundstation.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.lifeline.fleet.Telemetry;
import org.lifeline.groundstation.geo.Geodesic;

class OdometerTest {

    private static Telemetry at(double lat, double lon, boolean armed) {
        return new Telemetry("demo-1", 0, lat, lon, 50, 100, 10, 90, 90, 16, 3, 14, "AUTO", armed, 1);
    }

    @Test
    void onlyTheDistanceFlownWhileArmedCounts() {
        Odometer o = new Odometer();
        o.accept(at(34.0600, 114.4000, false));
        o.accept(at(34.0610, 114.4000, false)); // carried to the pad, disarmed
        o.accept(at(34.0610, 114.4000, true));
        o.accept(at(34.0620, 114.4000, true));
        o.accept(at(34.0620, 114.4010, true));
        double expected = Geodesic.distance(34.0610, 114.4, 34.062, 114.4) + Geodesic.distance(34.062, 114.4, 34.062, 114.401);
        assertThat(o.metres("demo-1")).isCloseTo(expected, within(0.01));
        assertThat(o.metres("demo-2")).isZero();
    }

    @Test
    void jitterWhileHoveringAddsUpOnlyWhenItBecomesAMove() {
        Odometer o = new Odometer();
        o.accept(at(34.0600000, 114.4, true));
        for (int i = 0; i < 50; i++) {
            o.accept(at(34.0600000 + (i % 2) * 0.000001, 114.4, true)); // 0.11 m back and forth
        }
        assertThat(o.metres("demo-1")).isZero();
    }

    @Test
    void aJumpOfMoreThanTenKilometresIsAFaultNotAFlight() {
        Odometer o = new Odometer();
        o.accept(at(34.06, 114.40, true));
        o.accept(at(0, 0, true));
        o.accept(at(0, 0.001, true));
        assertThat(o.metres("demo-1")).isCloseTo(Geodesic.distance(0, 0, 0, 0.001), within(0.01));
    }
}
