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

    /** A parcel id as the journals can store it: 1–64 of letters, digits, '_', '-', '.', ':'. */
    static String parcelId(Map<String, String> args) {
        String v = text(args, "parcelId");
        if (!v.matches("[A-Za-z0-9_.:-]{1,64}")) {
            throw new IllegalArgumentException("argument parcelId = \"" + v + "\": expected 1 to 64 letters, digits, '_', '-', '.' or ':'");
        }
        return v;
    }

    /** SET_DROP_PLAN's arguments: parcelId, missionSeq, lat, lon, zoneRadius, minAlt, maxAlt, maxSpeed. */
    static DropPlan dropPlan(Map<String, String> args) {
        return new DropPlan(parcelId(args), integer(args, "missionSeq"), number(args, "lat"), number(args, "lon"),
                number(args, "zoneRadius"), number(args, "minAlt"), number(args, "maxAlt"), number(args, "maxSpeed"));
    }
}
