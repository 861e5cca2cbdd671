package org.lifeline.mission;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A short fingerprint of a mission as read from a vehicle, by which the ground station and the
 * onboard agent tell whether they look at the same mission. It covers items 1..n (item 0 is
 * ArduPilot's home, which the autopilot rewrites whenever home moves) with their command, frame,
 * autocontinue flag, the four parameters, position and altitude exactly as transferred; the
 * {@code current} flag is left out (it moves as the mission is flown). Two reads of one mission
 * over the same transfer engine give the same digest; a mission that differs in any flown field
 * gives another one.
 */
public final class MissionDigest {

    /** The first words of the reason with which an agent says its view of the mission is not the digest's yet. */
    public static final String NOT_READ_YET = "mission not read yet";

    private MissionDigest() {
    }

    /** The digest (16 hex digits) of {@code items}, item 0 being home. */
    public static String of(List<MissionItem> items) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
        ByteBuffer b = ByteBuffer.allocate(4 + 8 * 4 + 4 * 4 + 4 * 4);
        sha.update(ByteBuffer.allocate(4).putInt(Math.max(0, items.size() - 1)).array());
        for (int i = 1; i < items.size(); i++) {
            MissionItem m = items.get(i);
            b.clear();
            b.putInt(m.command()).putInt(m.frame()).putInt(m.autocontinue() ? 1 : 0)
                    .putInt(Float.floatToIntBits(m.param1())).putInt(Float.floatToIntBits(m.param2()))
                    .putInt(Float.floatToIntBits(m.param3())).putInt(Float.floatToIntBits(m.param4()))
                    .putInt(m.x()).putInt(m.y()).putInt(Float.floatToIntBits(m.z()));
            sha.update(b.array(), 0, b.position());
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 8);
    }
}
