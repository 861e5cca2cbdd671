package org.lifeline.groundstation.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lifeline.fleet.Telemetry;

/** A drone's flown track keeps a point per few metres moved and only the newest points. */
class TrackHistoryTest {

    private static Telemetry at(String drone, double lat, double lon, double alt, long t) {
        return new Telemetry(drone, t, lat, lon, alt, alt + 50, 10, 90, 80, 15.9, 3, 12, "AUTO", true, 3);
    }

    @Test
    void aSampleCloserThanTheMinimumToTheLastPointIsNotKept() {
        TrackHistory h = new TrackHistory(100, 2.0);
        assertThat(h.add(at("d1", 34.0, 114.0, 30, 1))).isTrue();
        assertThat(h.add(at("d1", 34.0 + 1.0 / 111_320, 114.0, 30, 2))).as("1 m north").isFalse();
        assertThat(h.add(at("d1", 34.0 + 3.0 / 111_320, 114.0, 30, 3))).as("3 m north").isTrue();
        assertThat(h.add(at("d1", 34.0 + 3.0 / 111_320, 114.0, 33, 4))).as("3 m up").isTrue();
        assertThat(h.tracks().get("d1")).extracting(TrackHistory.Point::timeMillis).containsExactly(1L, 3L, 4L);
    }

    @Test
    void eachDroneKeepsOnlyItsNewestPoints() {
        TrackHistory h = new TrackHistory(5, 0);
        for (int i = 0; i < 12; i++) {
            h.add(at("d2", 34.0 + i * 0.001, 114.0, 30, i));
        }
        h.add(at("d1", 34.0, 114.0, 30, 99));
        assertThat(h.tracks()).containsOnlyKeys("d1", "d2");
        assertThat(h.tracks().get("d2")).extracting(TrackHistory.Point::timeMillis).containsExactly(7L, 8L, 9L, 10L, 11L);
        assertThat(h.tracks().keySet()).containsExactly("d1", "d2");
    }
}
