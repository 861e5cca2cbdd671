package org.lifeline.mission.transfer;

import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;
import org.lifeline.mission.transfer.ArduPilotStorage.ItemClass;

/**
 * Compares a plan sent to the vehicle with the plan read back, the way a vehicle can store it
 * and give it back. A field read back matches when it equals what was sent, or what ArduPilot
 * keeps of what was sent ({@link ArduPilotStorage#stored}: its integer fields, its dropped params,
 * its centimetre altitudes), so the simulator's exact echo and ArduPilot's stored form both pass
 * and nothing else does:
 * <ul>
 * <li>the command must be the same; latitude/longitude (x, y) are integers on the wire and must
 *     match exactly — an item moved by 1e-7° is a difference;</li>
 * <li>the frame is compared only where it carries meaning, and then as the altitude reference it
 *     stands for (GLOBAL_RELATIVE_ALT_INT sent, GLOBAL_RELATIVE_ALT read back is the same): not
 *     for non-positional mission commands (ArduPilot returns frame 0) nor for fence items (frame
 *     0, the fence has no altitude);</li>
 * <li>params and z are floats: within 1e-3 relative of the sent or stored value (NaN matches NaN
 *     and 0, as ArduPilot stores an unset param as 0);</li>
 * <li>autocontinue only for mission items (ArduPilot returns 0 for fence and rally items); the
 *     "current" flag is the vehicle's, not ours; an ArduPilot MISSION's item 0 is home, which
 *     the vehicle overwrites, so it is not compared.</li>
 * </ul>
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
            String d = difference(sent.type(), sent.item(i), got.item(i));
            if (d != null) {
                return "item " + i + " " + d;
            }
        }
        return null;
    }

    /** A phrase naming the first differing field of an item sent and the item read back, or null when they match. */
    public static String difference(MissionType type, MissionItem sent, MissionItem got) {
        if (sent.command() != got.command()) {
            return "command " + sent.command() + " became " + got.command();
        }
        ItemClass c = ArduPilotStorage.classify(type, sent.command());
        MissionItem stored = ArduPilotStorage.stored(type, sent);
        boolean frameMatters = c != ItemClass.NON_POSITIONAL && c != ItemClass.FENCE_VERTEX && c != ItemClass.FENCE_CIRCLE;
        if (frameMatters && sent.frame() != got.frame()
                && ArduPilotStorage.altitudeReference(sent.frame()) != ArduPilotStorage.altitudeReference(got.frame())) {
            return "frame " + sent.frame() + " became " + got.frame();
        }
        if (type == MissionType.MISSION && sent.autocontinue() != got.autocontinue()) {
            return "autocontinue " + sent.autocontinue() + " became " + got.autocontinue();
        }
        boolean asSent = sent.x() == got.x() && sent.y() == got.y();
        if (!asSent && !(stored.x() == got.x() && stored.y() == got.y())) {
            return "position (" + sent.x() + ", " + sent.y() + ") became (" + got.x() + ", " + got.y() + ")";
        }
        float[] ps = {sent.param1(), sent.param2(), sent.param3(), sent.param4(), sent.z()};
        float[] pk = {stored.param1(), stored.param2(), stored.param3(), stored.param4(), stored.z()};
        float[] pg = {got.param1(), got.param2(), got.param3(), got.param4(), got.z()};
        String[] names = {"param1", "param2", "param3", "param4", "z"};
        for (int k = 0; k < ps.length; k++) {
            if (!close(ps[k], pg[k]) && !close(pk[k], pg[k])) {
                return names[k] + " " + ps[k] + " became " + pg[k];
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
