package org.lifeline.plan;

import org.lifeline.mission.MavFrame;

/**
 * Converts the x/y of a mission item between the number a file shows (MISSION_ITEM's float
 * param5/param6: degrees, metres, or a plain number) and the integer MISSION_ITEM_INT carries
 * (degrees × 1e7 in global frames, metres × 1e4 in local frames, the number itself otherwise).
 * Files show the first, {@link org.lifeline.mission.MissionItem} holds the second, so both
 * readers and writers go through here and agree on the frames.
 */
final class ItemCoordinates {

    private ItemCoordinates() {
    }

    /** Which of the two coordinates is meant; it decides the range of a global value. */
    enum Axis {
        X("latitude", "x", 90),
        Y("longitude", "y", 180);

        private final String globalName;
        private final String plainName;
        private final double limitDegrees;

        Axis(String globalName, String plainName, double limitDegrees) {
            this.globalName = globalName;
            this.plainName = plainName;
            this.limitDegrees = limitDegrees;
        }

        /** The field name to show in a message about this coordinate in this frame. */
        String fieldName(int frame) {
            return MavFrame.isGlobal(frame) ? globalName : plainName;
        }
    }

    /** The value a file shows for the item's raw x or y. */
    static double toFileValue(int frame, int raw) {
        if (MavFrame.isGlobal(frame)) {
            return raw / 1e7;
        }
        if (MavFrame.isLocal(frame)) {
            return raw / 1e4;
        }
        return raw;
    }

    /**
     * The MISSION_ITEM_INT value for a number read from a file.
     *
     * @throws IllegalArgumentException whose message says what was expected (to be shown after
     *                                  "expected")
     */
    static int toItemValue(int frame, double value, Axis axis) {
        if (MavFrame.isGlobal(frame)) {
            if (!(value >= -axis.limitDegrees && value <= axis.limitDegrees)) {
                throw new IllegalArgumentException("a " + axis.globalName + " within -" + (int) axis.limitDegrees
                        + ".." + (int) axis.limitDegrees + " degrees");
            }
            return (int) Math.round(value * 1e7);
        }
        if (MavFrame.isLocal(frame)) {
            double scaled = Math.rint(value * 1e4);
            if (!(scaled >= Integer.MIN_VALUE && scaled <= Integer.MAX_VALUE)) {
                throw new IllegalArgumentException("metres within ±214748 (frame " + frame
                        + " carries " + axis.plainName + " as metres × 1e4)");
            }
            return (int) scaled;
        }
        if (!(value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) || value != Math.rint(value)) {
            throw new IllegalArgumentException("an integer (frame " + frame + " carries "
                    + axis.plainName + " as a 32-bit integer)");
        }
        return (int) value;
    }

    /** The latitude or longitude in degrees of a value known to be global. */
    static double degrees(int raw) {
        return raw / 1e7;
    }
}
