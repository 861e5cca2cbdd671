package org.lifeline.groundstation.airspace;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How strictly a quarantine zone is closed; the {@code level} property of the zone. */
public enum QuarantineLevel {
    /** Nobody leaves or enters: deliveries are the only supply. */
    SEALED,
    /** Movement is controlled at checkpoints. */
    CONTROLLED,
    /** Precautionary restrictions only. */
    PRECAUTION;

    /** The spelling in a file: {@code sealed}, {@code controlled}, {@code precaution}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<QuarantineLevel> fromJson(String name) {
        return Arrays.stream(values()).filter(l -> l.jsonName().equals(name)).findFirst();
    }
}
