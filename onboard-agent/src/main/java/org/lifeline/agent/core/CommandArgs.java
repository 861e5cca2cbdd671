package org.lifeline.agent.core;

import java.util.Map;

import org.lifeline.agent.release.DropPlan;

/**
 * Reads command arguments; a missing or malformed one is an {@link IllegalArgumentException}
 * whose message names the argument and what was expected (it becomes the REJECTED ack's reason).
 */
final class CommandArgs {

    private CommandArgs() {
    }

    static String text(Map<String, String> args, String name) {
        String v = args.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("argument " + name + " is missing");
        }
        return v.trim();
    }

    static double number(Map<String, String> args, String name) {
        String v = text(args, name);
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("argument " + name + " = \"" + v + "\": expected a number");
        }
    }

    static int integer(Map<String, String> args, String name) {
        String v = text(args, name);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("argument " + name + " = \"" + v + "\": expected a whole number");
        }
    }

    /** SET_DROP_PLAN's arguments: parcelId, missionSeq, lat, lon, zoneRadius, minAlt, maxAlt, maxSpeed. */
    static DropPlan dropPlan(Map<String, String> args) {
        return new DropPlan(text(args, "parcelId"), integer(args, "missionSeq"), number(args, "lat"), number(args, "lon"),
                number(args, "zoneRadius"), number(args, "minAlt"), number(args, "maxAlt"), number(args, "maxSpeed"));
    }
}
