package org.lifeline.command;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * ArduPilot Copter flight modes and their {@code custom_mode} numbers (ArduCopter
 * {@code mode.h}, MAVLink {@code COPTER_MODE} in the ardupilotmega dialect). Numbers 8, 10
 * and 12 are unused by Copter.
 */
public enum CopterMode {
    STABILIZE(0), ACRO(1), ALT_HOLD(2), AUTO(3), GUIDED(4), LOITER(5), RTL(6), CIRCLE(7),
    LAND(9), DRIFT(11), SPORT(13), FLIP(14), AUTOTUNE(15), POSHOLD(16), BRAKE(17), THROW(18),
    AVOID_ADSB(19), GUIDED_NOGPS(20), SMART_RTL(21), FLOWHOLD(22), FOLLOW(23), ZIGZAG(24),
    SYSTEMID(25), AUTOROTATE(26), AUTO_RTL(27), TURTLE(28);

    private final int customMode;

    CopterMode(int customMode) {
        this.customMode = customMode;
    }

    public int customMode() {
        return customMode;
    }

    /**
     * The mode called {@code name}, ignoring case and accepting '-' or ' ' for '_'
     * ({@code guided}, {@code alt-hold}, {@code SMART_RTL}).
     *
     * @throws IllegalArgumentException naming the valid modes when {@code name} is none of them
     */
    public static CopterMode fromName(String name) {
        String key = name == null ? "" : name.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (CopterMode m : values()) {
            if (m.name().equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown flight mode '" + name + "'; valid modes: " + validNames());
    }

    /** The mode whose number is {@code customMode}, if Copter has one. */
    public static java.util.Optional<CopterMode> fromCustomMode(long customMode) {
        return Arrays.stream(values()).filter(m -> m.customMode == customMode).findFirst();
    }

    /** Readable name of a heartbeat's custom mode, e.g. {@code GUIDED} or {@code mode 42}. */
    public static String describe(long customMode) {
        return fromCustomMode(customMode).map(Enum::name).orElse("mode " + customMode);
    }

    public static String validNames() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
