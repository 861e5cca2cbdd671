package org.lifeline.groundstation.dispatch.fleet;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A parcel released but not confirmed in time: someone should phone the recipient.
 *
 * @param parcelId       the parcel
 * @param dropName       where it was released
 * @param recipientLabel for whom
 * @param releasedAt     when
 * @param waiting        how long since
 */
public record UnconfirmedAlert(String parcelId, String dropName, String recipientLabel, Instant releasedAt, Duration waiting) {

    public UnconfirmedAlert {
        Objects.requireNonNull(parcelId, "parcelId");
        Objects.requireNonNull(dropName, "dropName");
        Objects.requireNonNull(recipientLabel, "recipientLabel");
        Objects.requireNonNull(releasedAt, "releasedAt");
        Objects.requireNonNull(waiting, "waiting");
    }

    public String describe() {
        return "parcel " + parcelId + " for " + recipientLabel + " released at " + dropName + " " + waiting.toMinutes()
                + " min ago is not confirmed";
    }
}
