package org.lifeline.groundstation.confirm;

import java.time.Instant;
import java.util.Optional;

/**
 * The port from the confirmation side to the delivery store. The store owns the delivery's
 * state machine; this side only reads a parcel and asks to confirm it.
 *
 * <p>{@link #confirm} must be atomic and idempotent: of any number of concurrent calls for one
 * parcel, exactly one answers {@link ConfirmResult.Status#CONFIRMED} and the others
 * {@link ConfirmResult.Status#ALREADY_CONFIRMED}, and the confirmation is durable before it
 * returns.
 */
public interface ParcelDirectory {

    /** The parcel, if the store knows it. */
    Optional<ParcelView> find(String parcelId);

    /** Moves the parcel to CONFIRMED at {@code at}, if it has been released and not yet confirmed. */
    ConfirmResult confirm(String parcelId, Instant at);
}
