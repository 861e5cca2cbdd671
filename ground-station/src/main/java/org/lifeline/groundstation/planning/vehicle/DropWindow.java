package org.lifeline.groundstation.planning.vehicle;

/**
 * The altitudes (metres above the drop point) at which a parcel may be released: low enough to
 * land gently where it is aimed, high enough to stay clear of people, trees and wires. The
 * mission descends to {@code preferred}; the onboard agent refuses a release outside
 * {@code min..max}.
 */
public record DropWindow(double min, double preferred, double max) {

    public DropWindow {
        if (!(min > 0 && min <= preferred && preferred <= max)) {
            throw new IllegalArgumentException("drop window needs 0 < min <= preferred <= max, got "
                    + min + " / " + preferred + " / " + max);
        }
    }

    public boolean contains(double altitude) {
        return altitude >= min && altitude <= max;
    }
}
