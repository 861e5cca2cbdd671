package org.lifeline.agent.release;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The altitude interlock judges the vehicle's altitude in the frame of the drop's window. */
class AltitudeFrameInterlockTest {

    private static final InterlockCheck CHECK = new InterlockCheck();

    private static DropPlan plan(AltitudeFrame frame, double min, double max) {
        return new DropPlan("P-1", 5, 34.06, 114.40, 5, min, max, 1.0, frame);
    }

    private static VehicleSnapshot at(double relative, double amsl, double agl) {
        return new VehicleSnapshot(1_000, true, true, 5, true, 34.06, 114.40, relative, 0.2, 0.0, amsl, agl);
    }

    @Test
    void aWindowAboveMeanSeaLevelIsComparedWithTheAltitudeAboveMeanSeaLevel() {
        DropPlan p = plan(AltitudeFrame.MEAN_SEA_LEVEL, 57, 63);
        assertThat(CHECK.check(p, at(12, 60, Double.NaN), false, 1_000).allowed()).isTrue();
        ReleaseDecision low = CHECK.check(p, at(60, 12, Double.NaN), false, 1_000);
        assertThat(low.failed()).containsExactly(Interlock.ALTITUDE_WINDOW);
        assertThat(low.summary()).contains("above mean sea level");
    }

    @Test
    void aWindowAboveTerrainIsComparedWithTheReportedHeightAboveTerrain() {
        DropPlan p = plan(AltitudeFrame.TERRAIN, 9, 15);
        assertThat(CHECK.check(p, at(40, 90, 12), false, 1_000).allowed()).isTrue();
        assertThat(CHECK.check(p, at(12, 62, 40), false, 1_000).failed()).containsExactly(Interlock.ALTITUDE_WINDOW);
    }

    @Test
    void anUnknownHeightAboveTerrainRefusesTheReleaseSayingWhy() {
        ReleaseDecision d = CHECK.check(plan(AltitudeFrame.TERRAIN, 9, 15), at(12, 60, Double.NaN), false, 1_000);
        assertThat(d.allowed()).isFalse();
        assertThat(d.failed()).containsExactly(Interlock.ALTITUDE_WINDOW);
        assertThat(d.summary()).contains("height above terrain unknown").contains("TERRAIN_REPORT");
    }

    @Test
    void aWindowAboveHomeIsStillComparedWithTheAltitudeAboveHome() {
        DropPlan p = new DropPlan("P-1", 5, 34.06, 114.40, 5, 9, 15, 1.0);
        assertThat(p.frame()).isEqualTo(AltitudeFrame.HOME);
        assertThat(CHECK.check(p, at(12, 500, 3), false, 1_000).allowed()).isTrue();
    }
}
