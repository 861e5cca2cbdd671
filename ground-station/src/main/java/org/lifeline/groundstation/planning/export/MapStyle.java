package org.lifeline.groundstation.planning.export;

import java.awt.Color;

import org.lifeline.groundstation.airspace.QuarantineLevel;

/**
 * The colours of every map and KML export, in one place so that a pilot who learned one sees
 * the same thing in the other: red for no-fly, quarantine levels from deep purple (sealed) to
 * amber (precaution), the route in dark blue.
 */
public final class MapStyle {

    public static final Color PAPER = new Color(0xF7F5F0);
    public static final Color OPERATING_AREA_FILL = new Color(0xFFFFFF);
    public static final Color OPERATING_AREA_LINE = new Color(0x2B2D42);
    public static final Color NO_FLY = new Color(0xD62828);
    public static final Color SEALED = new Color(0x6A1B9A);
    public static final Color CONTROLLED = new Color(0xE8590C);
    public static final Color PRECAUTION = new Color(0xE0A800);
    public static final Color FENCE = new Color(0x495057);
    public static final Color ROUTE = new Color(0x0B3D91);
    public static final Color LAUNCH = new Color(0x2B9348);
    public static final Color DROP = new Color(0x0B3D91);
    public static final Color OTHER_DROP = new Color(0x868E96);
    public static final Color TEXT = new Color(0x212529);
    public static final Color HALO = new Color(255, 255, 255, 220);

    /** Fill opacity of zones, 0..255. */
    public static final int ZONE_ALPHA = 70;

    private MapStyle() {
    }

    public static Color quarantine(QuarantineLevel level) {
        return switch (level) {
            case SEALED -> SEALED;
            case CONTROLLED -> CONTROLLED;
            case PRECAUTION -> PRECAUTION;
        };
    }

    public static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** {@code #rrggbb}, as SVG writes it. */
    public static String hex(Color c) {
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    /** {@code aabbggrr}, as KML writes it. */
    public static String kml(Color c, int alpha) {
        return String.format("%02x%02x%02x%02x", alpha, c.getBlue(), c.getGreen(), c.getRed());
    }
}
