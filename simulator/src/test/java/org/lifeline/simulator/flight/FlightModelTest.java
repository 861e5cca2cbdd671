package org.lifeline.simulator.flight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lifeline.plan.FenceCircle;
import org.lifeline.plan.FencePolygon;
import org.lifeline.plan.GeoPoint;
import org.lifeline.plan.Geofence;

class FlightModelTest {

    private static final double DT = 0.01;

    private static FlightModel model(long seed, Wind wind) {
        return new FlightModel(Airframe.deliveryQuad(), wind, GpsReceiver.typical(), Battery.fourCell5000(), seed);
    }

    private static void run(FlightModel m, Target t, double seconds) {
        for (int i = 0; i < Math.round(seconds / DT); i++) {
            m.step(DT, t);
        }
    }

    @Test
    void takeoffClimbsAtTheClimbRateAndStopsAtTheTargetAltitude() {
        FlightModel m = model(1, Wind.calm());
        run(m, Target.takeoff(20), 4);
        assertThat(m.climbRate()).isCloseTo(2.5, within(0.01));
        run(m, Target.takeoff(20), 20);
        assertThat(m.altitude()).isCloseTo(20, within(0.05));
        assertThat(m.landed()).isFalse();
    }

    @Test
    void gotoNeverExceedsTheRequestedSpeedAndArrivesAtTheTarget() {
        FlightModel m = model(1, Wind.calm());
        run(m, Target.takeoff(10), 10);
        double maxSpeed = 0;
        for (int i = 0; i < 6000; i++) {
            m.step(DT, Target.goTo(200, 0, 10, 8));
            maxSpeed = Math.max(maxSpeed, m.groundSpeed());
        }
        assertThat(maxSpeed).isLessThanOrEqualTo(8.0 + 1e-9).isGreaterThan(7.9);
        assertThat(Math.hypot(m.north() - 200, m.east())).isLessThan(0.2);
    }

    @Test
    void accelerationIsLimitedByTheAirframe() {
        FlightModel m = model(1, Wind.calm());
        run(m, Target.takeoff(10), 10);
        double before = m.groundSpeed();
        m.step(DT, Target.goTo(500, 0, 10, 10));
        assertThat(m.groundSpeed() - before).isLessThanOrEqualTo(2.5 * DT + 1e-9);
    }

    @Test
    void landingTouchesDownSlowlyAndStaysLanded() {
        FlightModel m = model(1, Wind.calm());
        run(m, Target.takeoff(30), 20);
        double slowest = 0;
        for (int i = 0; i < 10000 && !m.landed(); i++) {
            m.step(DT, Target.land());
            if (m.altitude() < 5) {
                slowest = Math.min(slowest, m.climbRate());
            }
        }
        assertThat(m.landed()).isTrue();
        assertThat(slowest).isGreaterThanOrEqualTo(-0.5 - 1e-9);
        assertThat(m.altitude()).isZero();
    }

    @Test
    void sameSeedGivesTheSameTrajectoryInGustyWind() {
        FlightModel a = model(42, new Wind(4, 270, 1.5, 3));
        FlightModel b = model(42, new Wind(4, 270, 1.5, 3));
        FlightModel c = model(43, new Wind(4, 270, 1.5, 3));
        run(a, Target.takeoff(10), 5);
        run(b, Target.takeoff(10), 5);
        run(c, Target.takeoff(10), 5);
        run(a, Target.goTo(100, 50, 10, 6), 30);
        run(b, Target.goTo(100, 50, 10, 6), 30);
        run(c, Target.goTo(100, 50, 10, 6), 30);
        assertThat(a.north()).isEqualTo(b.north());
        assertThat(a.east()).isEqualTo(b.east());
        assertThat(a.gps().errorNorth()).isEqualTo(b.gps().errorNorth());
        assertThat(a.north()).isNotEqualTo(c.north());
    }

    @Test
    void cruiseDrawsLessThanHoverWhileFastFlightAndClimbingDrawMore() {
        FlightModel m = model(1, Wind.calm());
        run(m, Target.takeoff(10), 10);
        run(m, Target.hold(), 5);
        double hover = m.battery().current();
        assertThat(hover).isBetween(12.0, 20.0);
        run(m, Target.goTo(5000, 0, 10, 10), 20);
        double cruise = m.battery().current();
        run(m, Target.goTo(10000, 0, 10, 20), 30);
        double fast = m.battery().current();
        run(m, Target.goTo(10000, 0, 60, 20), 3);
        double climbing = m.battery().current();
        assertThat(cruise).isLessThan(hover * 0.97);
        assertThat(fast).isGreaterThan(hover * 1.3);
        assertThat(climbing).isGreaterThan(fast);
    }

    @Test
    void thePowerCurveIsUShaped() {
        Airframe a = Airframe.deliveryQuad();
        assertThat(a.levelFlightPower(0)).isCloseTo(250.0, within(1e-9));
        assertThat(a.levelFlightPower(10)).isLessThan(a.levelFlightPower(0)).isLessThan(a.levelFlightPower(20));
    }

    @Test
    void batteryDrainsToAboutEighteenMinutesOfHover() {
        FlightModel m = model(1, Wind.calm());
        run(m, Target.takeoff(10), 10);
        double seconds = 0;
        while (m.battery().remainingPercent() > 0 && seconds < 3600) {
            m.step(0.1, Target.hold());
            seconds += 0.1;
        }
        assertThat(seconds / 60).isBetween(14.0, 24.0);
    }

    @Test
    void fenceBreachesAreReportedForEachZoneKind() {
        LocalFrame frame = new LocalFrame(34.0, 114.0);
        GeoPoint c = GeoPoint.of(34.0, 114.0);
        List<GeoPoint> square = List.of(GeoPoint.of(frame.latitude(-100), frame.longitude(-100)),
                GeoPoint.of(frame.latitude(100), frame.longitude(-100)),
                GeoPoint.of(frame.latitude(100), frame.longitude(100)),
                GeoPoint.of(frame.latitude(-100), frame.longitude(100)));
        Geofence fence = new Geofence(List.of(new FencePolygon(true, square)),
                List.of(new FenceCircle(false, GeoPoint.of(frame.latitude(50), frame.longitude(50)), 10)));
        FenceGeometry g = new FenceGeometry(fence, frame, 120);
        assertThat(g.breach(0, 0, 10)).isEmpty();
        assertThat(g.breach(150, 0, 10)).contains("inclusion polygon");
        assertThat(g.breach(50, 52, 10)).contains("exclusion circle");
        assertThat(g.breach(0, 0, 121)).contains("maximum altitude");
        assertThat(c.latitude()).isEqualTo(34.0);
    }
}
