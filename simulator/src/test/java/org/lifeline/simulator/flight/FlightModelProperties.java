package org.lifeline.simulator.flight;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.lifeline.plan.FencePolygon;
import org.lifeline.plan.GeoPoint;
import org.lifeline.plan.Geofence;

/** Properties of the flight model and fence geometry that the failsafes rely on. */
class FlightModelProperties {

    @Property(tries = 20)
    void neverExceedsTheSpeedClimbOrDescentLimits(@ForAll @LongRange(min = 0, max = 1000) long seed,
                                                  @ForAll @DoubleRange(min = -800, max = 800) double north,
                                                  @ForAll @DoubleRange(min = -800, max = 800) double east,
                                                  @ForAll @DoubleRange(min = 2, max = 100) double altitude,
                                                  @ForAll @DoubleRange(min = 1, max = 15) double speed) {
        Airframe a = Airframe.deliveryQuad();
        FlightModel m = new FlightModel(a, Wind.calm(), GpsReceiver.typical(), Battery.fourCell5000(), seed);
        for (int i = 0; i < 2000; i++) {
            m.step(0.02, Target.goTo(north, east, altitude, speed));
            if (m.groundSpeed() > Math.min(speed, a.maxSpeed()) + 1e-9) {
                throw new AssertionError("ground speed " + m.groundSpeed() + " above " + speed);
            }
            if (m.climbRate() > a.climbRate() + 1e-9 || m.climbRate() < -a.descentRate() - 1e-9) {
                throw new AssertionError("vertical speed " + m.climbRate() + " outside the limits");
            }
            if (m.altitude() < 0) {
                throw new AssertionError("below ground: " + m.altitude());
            }
        }
    }

    @Property(tries = 30)
    void landingAlwaysEndsOnTheGroundAtLandSpeed(@ForAll @DoubleRange(min = 1, max = 120) double altitude) {
        FlightModel m = new FlightModel(Airframe.deliveryQuad(), Wind.calm(), GpsReceiver.typical(), Battery.fourCell5000(), 1);
        for (int i = 0; i < 10_000 && m.altitude() < altitude - 0.1; i++) {
            m.step(0.02, Target.takeoff(altitude));
        }
        double lastRate = 0;
        for (int i = 0; i < 100_000 && !m.landed(); i++) {
            lastRate = m.climbRate();
            m.step(0.02, Target.land());
        }
        if (!m.landed() || lastRate < -0.5 - 1e-9) {
            throw new AssertionError("landed " + m.landed() + " touchdown rate " + lastRate);
        }
    }

    @Property(tries = 200)
    void aPointIsBreachingExactlyWhenItIsOutsideTheInclusionSquare(@ForAll @DoubleRange(min = -400, max = 400) double north,
                                                                   @ForAll @DoubleRange(min = -400, max = 400) double east) {
        LocalFrame f = new LocalFrame(34.0, 114.0);
        List<GeoPoint> square = List.of(GeoPoint.of(f.latitude(-200), f.longitude(-200)), GeoPoint.of(f.latitude(200), f.longitude(-200)),
                GeoPoint.of(f.latitude(200), f.longitude(200)), GeoPoint.of(f.latitude(-200), f.longitude(200)));
        FenceGeometry g = new FenceGeometry(new Geofence(List.of(new FencePolygon(true, square)), List.of()), f, Double.POSITIVE_INFINITY);
        boolean inside = Math.abs(north) < 199.99 && Math.abs(east) < 199.99;
        boolean outside = Math.abs(north) > 200.01 || Math.abs(east) > 200.01;
        if (inside && g.breach(north, east, 10).isPresent() || outside && g.breach(north, east, 10).isEmpty()) {
            throw new AssertionError("breach at " + north + "," + east + " = " + g.breach(north, east, 10));
        }
    }
}
