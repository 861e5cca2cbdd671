package org.lifeline.groundstation.confirm;

import java.time.Instant;
import java.util.Objects;

/**
 * What a drop token says, once its signature has been checked: which parcel, at which drop
 * point, until when. Nothing personal.
 *
 * @param parcelId    the parcel (at most {@value #MAX_ID_BYTES} bytes of UTF-8)
 * @param dropPointId the drop point it was released at (same limit)
 * @param expiresAt   after this instant the token confirms nothing (whole seconds)
 * @param id          a short fingerprint of the token's bytes, kept in the used-token record
 */
public record DropToken(String parcelId, String dropPointId, Instant expiresAt, String id) {

    /** The longest parcel or drop-point id a token carries, in bytes of UTF-8. */
    public static final int MAX_ID_BYTES = 64;

    public DropToken {
        Objects.requireNonNull(parcelId, "parcelId");
        Objects.requireNonNull(dropPointId, "dropPointId");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(id, "id");
    }
}
