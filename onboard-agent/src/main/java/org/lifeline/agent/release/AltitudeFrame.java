package org.lifeline.agent.release;

import java.util.Optional;

import org.lifeline.mission.MavFrame;

/**
 * What a drop's altitude window is measured from, as the mission item that describes the drop
 * says. The interlocks compare the vehicle's altitude in the same frame, so no conversion (and no
 * guess) stands between the mission and the safety limit:
 *
 * <ul>
 *   <li>{@link #HOME}: GLOBAL_RELATIVE_ALT — GLOBAL_POSITION_INT.relative_alt.</li>
 *   <li>{@link #MEAN_SEA_LEVEL}: GLOBAL — GLOBAL_POSITION_INT.alt. Comparing it with a window
 *       above home (the ground station's drop plan) needs the home altitude (HOME_POSITION).</li>
 *   <li>{@link #TERRAIN}: GLOBAL_TERRAIN_ALT — the height above terrain the autopilot reports
 *       (TERRAIN_REPORT.current_height, else a downward DISTANCE_SENSOR). Where it reports
 *       neither, the altitude interlock fails and says so.</li>
 * </ul>
 */
public enum AltitudeFrame {
    HOME("above home"),
    MEAN_SEA_LEVEL("above mean sea level"),
    TERRAIN("above terrain");

    private final String words;

    AltitudeFrame(String words) {
        this.words = words;
    }

    /** The frame of a MAVLink mission item's altitude, if it is one of the three global frames. */
    public static Optional<AltitudeFrame> of(int mavFrame) {
        return switch (mavFrame) {
            case MavFrame.GLOBAL_RELATIVE_ALT, MavFrame.GLOBAL_RELATIVE_ALT_INT -> Optional.of(HOME);
            case MavFrame.GLOBAL, MavFrame.GLOBAL_INT -> Optional.of(MEAN_SEA_LEVEL);
            case MavFrame.GLOBAL_TERRAIN_ALT, MavFrame.GLOBAL_TERRAIN_ALT_INT -> Optional.of(TERRAIN);
            default -> Optional.empty();
        };
    }

    /** "above home", "above mean sea level", "above terrain". */
    public String words() {
        return words;
    }
}
