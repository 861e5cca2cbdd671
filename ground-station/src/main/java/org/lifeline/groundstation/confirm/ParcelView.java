package org.lifeline.groundstation.confirm;

import java.time.Instant;
import java.util.Objects;

/**
 * What the confirmation side may know of a parcel: where it goes, what it holds and how the
 * recipient is labelled (a name or a flat number). Never the recipient's phone number.
 *
 * @param parcelId       the delivery's id, printed on the label
 * @param dropPointId    the airspace drop point the parcel was dropped at
 * @param dropPointName  the drop point's name as people know it (may be Chinese)
 * @param itemsSummary   a short list of the items, e.g. "insulin ×2, formula"
 * @param recipientLabel a name or a flat number, e.g. "5-302"
 * @param confirmedAt    when the recipient confirmed it, or null while it is not confirmed
 */
public record ParcelView(String parcelId, String dropPointId, String dropPointName, String itemsSummary,
                         String recipientLabel, Instant confirmedAt) {

    public ParcelView {
        Objects.requireNonNull(parcelId, "parcelId");
        Objects.requireNonNull(dropPointId, "dropPointId");
        dropPointName = dropPointName == null ? dropPointId : dropPointName;
        itemsSummary = itemsSummary == null ? "" : itemsSummary;
        recipientLabel = recipientLabel == null ? "" : recipientLabel;
    }

    /** True once the recipient has confirmed the parcel. */
    public boolean confirmed() {
        return confirmedAt != null;
    }

    /** This view, confirmed at {@code at}. */
    public ParcelView confirmedAt(Instant at) {
        return new ParcelView(parcelId, dropPointId, dropPointName, itemsSummary, recipientLabel, at);
    }
}
