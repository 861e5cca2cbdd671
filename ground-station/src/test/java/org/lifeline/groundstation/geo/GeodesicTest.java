package org.lifeline.groundstation.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class GeodesicTest {

    static double dms(int d, int m, double s) {
        return Math.signum(d) * (Math.abs(d) + m / 60.0 + s / 3600.0);
    }

    @Test
    void matchesVincentysFlindersPeakToBuninyongExample() {
        double d = Geodesic.distance(dms(-37, 57, 3.72030), dms(144, 25, 29.52440),
                dms(-37, 39, 10.15610), dms(143, 55, 35.38390));

        assertThat(d).isEqualTo(54_972.271, offset(0.001));
    }

    @Test
    void oneDegreeOfLongitudeOnTheEquatorIsTheSemiMajorAxisTimesPiOver180() {
        assertThat(Geodesic.distance(0, 0, 0, 1)).isEqualTo(6_378_137.0 * Math.PI / 180, offset(1e-6));
    }

    @Test
    void equatorToPoleIsTheMeridianQuadrant() {
        assertThat(Geodesic.distance(0, 0, 90, 0)).isEqualTo(10_001_965.729, offset(0.001));
    }

    @Test
    void coincidentPointsAreZeroApart() {
        assertThat(Geodesic.distance(34.06, 114.39, 34.06, 114.39)).isZero();
    }
}
