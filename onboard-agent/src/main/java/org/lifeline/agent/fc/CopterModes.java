package org.lifeline.agent.fc;

import java.util.Map;

/**
 * ArduPilot Copter's flight modes: HEARTBEAT carries them as {@code custom_mode} numbers (when
 * MAV_MODE_FLAG_CUSTOM_MODE_ENABLED is set). Numbers from ArduCopter's {@code mode.h}; a number
 * not listed shows as {@code MODE_<n>} so a newer firmware's mode is still visible, never guessed.
 */
public final class CopterModes {

    /** The mode in which the vehicle flies its uploaded mission. */
    public static final int AUTO = 3;

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(0, "STABILIZE"), Map.entry(1, "ACRO"), Map.entry(2, "ALT_HOLD"), Map.entry(3, "AUTO"),
            Map.entry(4, "GUIDED"), Map.entry(5, "LOITER"), Map.entry(6, "RTL"), Map.entry(7, "CIRCLE"),
            Map.entry(9, "LAND"), Map.entry(11, "DRIFT"), Map.entry(13, "SPORT"), Map.entry(14, "FLIP"),
            Map.entry(15, "AUTOTUNE"), Map.entry(16, "POSHOLD"), Map.entry(17, "BRAKE"), Map.entry(18, "THROW"),
            Map.entry(19, "AVOID_ADSB"), Map.entry(20, "GUIDED_NOGPS"), Map.entry(21, "SMART_RTL"),
            Map.entry(22, "FLOWHOLD"), Map.entry(23, "FOLLOW"), Map.entry(24, "ZIGZAG"), Map.entry(25, "SYSTEMID"),
            Map.entry(26, "AUTOROTATE"), Map.entry(27, "AUTO_RTL"));

    private CopterModes() {
    }

    /** The mode's name, e.g. 3 → "AUTO"; unknown numbers → "MODE_&lt;n&gt;". */
    public static String name(long customMode) {
        String n = NAMES.get((int) customMode);
        return n != null ? n : "MODE_" + customMode;
    }
}
