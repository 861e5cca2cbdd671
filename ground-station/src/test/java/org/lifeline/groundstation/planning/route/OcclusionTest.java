package org.lifeline.groundstation.planning.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class OcclusionTest {

    /** Whether the segment from (ax, ay) to (bx, by) passes through the open disk. */
    static boolean crossesDisk(double ax, double ay, double bx, double by, double cx, double cy, double r) {
        double dx = bx - ax;
        double dy = by - ay;
        double t = Math.max(0, Math.min(1, ((cx - ax) * dx + (cy - ay) * dy) / (dx * dx + dy * dy)));
        return Math.hypot(ax + t * dx - cx, ay + t * dy - cy) < r;
    }

    static boolean crossesAny(double ax, double ay, double bx, double by, double[] cx, double[] cy, double[] r) {
        for (int i = 0; i < cx.length; i++) {
            if (crossesDisk(ax, ay, bx, by, cx[i], cy[i], r[i])) {
                return true;
            }
        }
        return false;
    }

    @Property(tries = 100)
    void aHiddenPointIsBehindSomeDisk(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        Random rnd = new Random(seed);
        int n = 1 + rnd.nextInt(30);
        double[] cx = new double[n];
        double[] cy = new double[n];
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            cx[i] = rnd.nextDouble() * 1000;
            cy[i] = rnd.nextDouble() * 1000;
            r[i] = 5 + rnd.nextDouble() * 40;
        }
        double vx = rnd.nextDouble() * 1000;
        double vy = rnd.nextDouble() * 1000;
        Occlusion o = new Occlusion(cx, cy, r).from(vx, vy);
        for (int k = 0; k < 2000; k++) {
            double x = rnd.nextDouble() * 1000;
            double y = rnd.nextDouble() * 1000;
            if (o.hides(x, y)) {
                assertThat(crossesAny(vx, vy, x, y, cx, cy, r)).as("(%s, %s) seen from (%s, %s)", x, y, vx, vy).isTrue();
            }
        }
        for (int k = 0; k < 200; k++) {
            double x0 = rnd.nextDouble() * 1000;
            double y0 = rnd.nextDouble() * 1000;
            double s = 5 + rnd.nextDouble() * 60;
            if (o.hidesBox(x0, y0, x0 + s, y0 + s)) {
                for (int j = 0; j < 20; j++) {
                    double x = x0 + rnd.nextDouble() * s;
                    double y = y0 + rnd.nextDouble() * s;
                    assertThat(crossesAny(vx, vy, x, y, cx, cy, r)).isTrue();
                }
            }
        }
    }

    @Test
    void aDiskHidesWhatIsBehindItButNotWhatIsBeside() {
        Occlusion o = new Occlusion(new double[] {100}, new double[] {0}, new double[] {10}).from(0, 0);

        assertThat(o.hides(200, 0)).isTrue();
        assertThat(o.hides(200, 5)).isTrue();
        assertThat(o.hides(95, 0)).isFalse();
        assertThat(o.hides(200, 40)).isFalse();
        assertThat(o.hides(-200, 0)).isFalse();
        assertThat(o.hidesBox(150, -5, 160, 5)).isTrue();
        assertThat(o.hidesBox(150, 5, 160, 60)).isFalse();
    }

    @Test
    void pseudoAngleIncreasesCounterClockwiseFromEast() {
        assertThat(Occlusion.pseudoAngle(1, 0)).isZero();
        assertThat(Occlusion.pseudoAngle(0, 1)).isEqualTo(1);
        assertThat(Occlusion.pseudoAngle(-1, 0)).isEqualTo(2);
        assertThat(Occlusion.pseudoAngle(0, -1)).isEqualTo(3);
        assertThat(Occlusion.pseudoAngle(1, -1e-9)).isLessThan(4).isGreaterThan(3.99);
    }
}
