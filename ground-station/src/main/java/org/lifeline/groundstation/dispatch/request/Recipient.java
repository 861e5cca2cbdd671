package org.lifeline.groundstation.dispatch.request;

import java.util.Locale;
import java.util.Objects;

/**
 * Who receives the parcel: a name or flat number and a phone number, nothing else personal.
 *
 * @param label a name or flat number, e.g. "Bldg 5 #302" or "Ms Wang"
 * @param phone digits, with an optional leading '+'
 */
public record Recipient(String label, String phone) {

    public Recipient {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(phone, "phone");
    }

    /** The same person however the label's spacing or case was typed. */
    public String key() {
        return label.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT) + "|" + phone;
    }
}
