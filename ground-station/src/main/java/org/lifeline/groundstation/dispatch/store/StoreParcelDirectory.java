package org.lifeline.groundstation.dispatch.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.lifeline.groundstation.confirm.ConfirmResult;
import org.lifeline.groundstation.confirm.ParcelDirectory;
import org.lifeline.groundstation.dispatch.state.DeliveryState;

/**
 * The delivery store as the confirmation page sees it: a parcel's public view, and the
 * recipient's confirmation as the store's own RELEASED → CONFIRMED transition (atomic, idempotent,
 * written to the history before it answers).
 */
public final class StoreParcelDirectory implements ParcelDirectory {

    private final DeliveryStore store;

    public StoreParcelDirectory(DeliveryStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public Optional<org.lifeline.groundstation.confirm.ParcelView> find(String parcelId) {
        return store.parcel(parcelId).map(StoreParcelDirectory::publicView);
    }

    @Override
    public ConfirmResult confirm(String parcelId, Instant at) {
        Outcome outcome = store.confirm(parcelId, at);
        return switch (outcome.kind()) {
            case DONE -> ConfirmResult.confirmed(at);
            case ALREADY -> ConfirmResult.alreadyConfirmed(
                    store.parcel(parcelId).map(ParcelView::stateSince).orElse(at));
            case REFUSED -> ConfirmResult.notReleasedYet(outcome.message());
            case UNKNOWN -> ConfirmResult.unknown();
        };
    }

    private static org.lifeline.groundstation.confirm.ParcelView publicView(ParcelView p) {
        Instant confirmedAt = p.state() == DeliveryState.CONFIRMED ? p.stateSince() : null;
        return new org.lifeline.groundstation.confirm.ParcelView(p.parcelId(), p.dropId(),
                p.dropName(), p.itemsSummary(), p.recipientLabel(), confirmedAt);
    }
}
