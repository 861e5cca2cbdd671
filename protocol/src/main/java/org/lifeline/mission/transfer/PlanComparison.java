package org.lifeline.mission.transfer;

import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionPlan;

/**
 * Compares a plan sent to the vehicle with the plan read back, the way the vehicle stores it:
 * latitude/longitude (x, y) are integers on the wire and must match exactly; params and z are
 * floats that autopilots may store with less precision, so they match within 1e-3 relative
 * (NaN matches NaN, and NaN matches 0 because ArduPilot stores unset params as 0); the
 * "current" flag is the vehicle's, not ours; an ArduPilot MISSION's item 0 is home, which the
 * vehicle overwrites, so it is not compared.
 */
public final class PlanComparison {

    private static final double RELATIVE = 1e-3;

    private PlanComparison() {
    }

    /** A sentence naming the first difference, or null when the plans match. */
    public static String firstDifference(MissionPlan sent, MissionPlan got, boolean homeAtSeqZero) {
        if (sent.type() != got.type()) {
            return "expected a " + sent.type() + " plan, read a " + got.type() + " plan";
        }
        if (sent.size() != got.size()) {
            return "sent " + sent.size() + " items, the vehicle holds " + got.size();
        }
        for (int i = homeAtSeqZero ? 1 : 0; i < sent.size(); i++) {
            String d = difference(sent.item(i), got.item(i));
            if (d != null) {
                return "item " + i + " " + d;
            }
        }
        return null;
    }

    /** A phrase naming the first differing field of two items, or null when they match. */
    public static String difference(MissionItem a, MissionItem b) {
        if (a.command() != b.command()) {
            return "command " + a.command() + " became " + b.command();
        }
        if (a.frame() != b.frame()) {
            return "frame " + a.frame() + " became " + b.frame();
        }
        if (a.autocontinue() != b.autocontinue()) {
            return "autocontinue " + a.autocontinue() + " became " + b.autocontinue();
        }
        if (a.x() != b.x() || a.y() != b.y()) {
            return "position (" + a.x() + ", " + a.y() + ") became (" + b.x() + ", " + b.y() + ")";
        }
        float[] pa = {a.param1(), a.param2(), a.param3(), a.param4(), a.z()};
        float[] pb = {b.param1(), b.param2(), b.param3(), b.param4(), b.z()};
        String[] names = {"param1", "param2", "param3", "param4", "z"};
        for (int k = 0; k < pa.length; k++) {
            if (!close(pa[k], pb[k])) {
                return names[k] + " " + pa[k] + " became " + pb[k];
            }
        }
        return null;
    }

    static boolean close(float a, float b) {
        boolean nanA = Float.isNaN(a);
        boolean nanB = Float.isNaN(b);
        if (nanA || nanB) {
            return (nanA || a == 0f) && (nanB || b == 0f);
        }
        return Math.abs(a - b) <= RELATIVE * Math.max(Math.abs(a), Math.abs(b)) + 1e-6;
    }
}
