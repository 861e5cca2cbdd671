package org.lifeline.groundstation.airspace;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The {@code kind} property of an airspace feature, with the spelling used in the file. */
public enum ZoneKind {
    /** The inclusion polygon: every flight stays inside it. Exactly one per airspace. */
    OPERATING_AREA("operating-area", true),
    /** An exclusion polygon, optionally limited to a band of altitudes. */
    NO_FLY("no-fly", true),
    /** A quarantine (lockdown) zone: drops only to the points it lists; transit restricted. */
    QUARANTINE_ZONE("quarantine-zone", true),
    /** Where drones take off and return to (a Point). */
    LAUNCH_SITE("launch-site", false),
    /** Where a parcel may be released (a Point). */
    DROP_POINT("drop-point", false);

    private final String jsonName;
    private final boolean polygonal;

    ZoneKind(String jsonName, boolean polygonal) {
        this.jsonName = jsonName;
        this.polygonal = polygonal;
    }

    /** The value of the {@code kind} property in a GeoJSON file. */
    public String jsonName() {
        return jsonName;
    }

    /** Whether features of this kind carry a (Multi)Polygon rather than a Point. */
    public boolean isPolygonal() {
        return polygonal;
    }

    /** The kind spelled {@code name} in a file, if any. */
    public static Optional<ZoneKind> fromJson(String name) {
        return Arrays.stream(values()).filter(k -> k.jsonName.equals(name)).findFirst();
    }

    /** All spellings, for error messages: {@code "operating-area", "no-fly", ...}. */
    public static String spellings() {
        return Arrays.stream(values()).map(k -> '"' + k.jsonName + '"').collect(Collectors.joining(", "));
    }
}
