package org.lifeline.simulator.flight;

/**
 * What the autopilot asks of the airframe for now: the guidance set-point of one step. Local
 * coordinates are metres north/east of home; altitude is metres above home.
 *
 * @param kind  what to do
 * @param north target north, m (GOTO, LAND at a point)
 * @param east  target east, m
 * @param altitude target altitude above home, m (GOTO, TAKEOFF)
 * @param speed horizontal speed to fly at, m/s
 */
public record Target(Kind kind, double north, double east, double altitude, double speed) {

    /** The guidance modes of the kinematic model. */
    public enum Kind {
        /** On the ground, motors idle or stopped: nothing moves. */
        IDLE,
        /** Hold the current position (brake to a stop, then stay). */
        HOLD,
        /** Climb vertically to {@code altitude}. */
        TAKEOFF,
        /** Fly to the point at {@code altitude}, climbing/descending on the way. */
        GOTO,
        /** Descend vertically at the current position until touchdown. */
        LAND
    }

    public static Target idle() {
        return new Target(Kind.IDLE, 0, 0, 0, 0);
    }

    public static Target hold() {
        return new Target(Kind.HOLD, 0, 0, 0, 0);
    }

    public static Target takeoff(double altitude) {
        return new Target(Kind.TAKEOFF, 0, 0, altitude, 0);
    }

    public static Target goTo(double north, double east, double altitude, double speed) {
        return new Target(Kind.GOTO, north, east, altitude, speed);
    }

    public static Target land() {
        return new Target(Kind.LAND, 0, 0, 0, 0);
    }
}
