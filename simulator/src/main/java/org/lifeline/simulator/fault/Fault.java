package org.lifeline.simulator.fault;

import java.util.Objects;

/**
 * One configured fault: a mode and its value (fraction, number or text, per the mode).
 *
 * @param mode  the failure mode
 * @param value the numeric value (fraction, milliseconds, baud, seconds); NaN when the mode takes none or text
 * @param text  the textual value (MISSION_REJECT_ITEM), empty otherwise
 */
public record Fault(FaultMode mode, double value, String text) {

    public Fault {
        Objects.requireNonNull(mode, "mode");
        text = text == null ? "" : text;
        switch (mode.valueKind()) {
            case FRACTION -> {
                if (!(value >= 0 && value <= 1)) {
                    throw new IllegalArgumentException("fault " + mode.cliName() + " needs a fraction between 0 and 1, got " + value);
                }
            }
            case NUMBER -> {
                if (!(value >= 0) || Double.isInfinite(value)) {
                    throw new IllegalArgumentException("fault " + mode.cliName() + " needs a non-negative number, got " + value);
                }
            }
            default -> {
            }
        }
    }

    public static Fault of(FaultMode mode, double value) {
        return new Fault(mode, value, "");
    }

    public static Fault of(FaultMode mode) {
        return new Fault(mode, Double.NaN, "");
    }

    /**
     * Parses {@code NAME[=VALUE]} as given on the command line, e.g. {@code drop-out=0.05},
     * {@code mission-reject-item=3:MAV_MISSION_INVALID_SEQUENCE}, {@code mission-silent}.
     */
    public static Fault parse(String spec) {
        int eq = spec.indexOf('=');
        FaultMode mode = FaultMode.parse(eq < 0 ? spec : spec.substring(0, eq));
        String raw = eq < 0 ? "" : spec.substring(eq + 1).trim();
        switch (mode.valueKind()) {
            case NONE -> {
                if (!raw.isEmpty()) {
                    throw new IllegalArgumentException("fault " + mode.cliName() + " takes no value, got '" + raw + "'");
                }
                return of(mode);
            }
            case TEXT -> {
                MissionRejection.parse(raw);
                return new Fault(mode, Double.NaN, raw);
            }
            default -> {
                if (raw.isEmpty()) {
                    throw new IllegalArgumentException("fault " + mode.cliName() + " needs a value: " + mode.cliName() + "=VALUE");
                }
                try {
                    return of(mode, Double.parseDouble(raw));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("fault " + mode.cliName() + ": '" + raw + "' is not a number");
                }
            }
        }
    }

    /** The value back in CLI form. */
    public String toSpec() {
        return switch (mode.valueKind()) {
            case NONE -> mode.cliName();
            case TEXT -> mode.cliName() + "=" + text;
            default -> mode.cliName() + "=" + value;
        };
    }
}
