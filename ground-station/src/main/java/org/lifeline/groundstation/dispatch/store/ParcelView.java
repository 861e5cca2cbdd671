package org.lifeline.groundstation.dispatch.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.lifeline.groundstation.dispatch.state.DeliveryState;

/**
 * What a label or the recipient's confirmation page shows about a parcel: no phone number,
 * no requester.
 *
 * @param parcelId       the parcel (= delivery) id
 * @param dropPointId    the airspace drop point, empty for a drop by coordinates
 * @param dropName       the drop point's name; for a drop by coordinates, the coordinates with
 *                       their hemispheres ({@code 34.080500° N, 114.401500° E})
 * @param itemsSummary   the items, shortened to {@value #SUMMARY_LENGTH} characters
 * @param recipientLabel the recipient's name or flat number
 * @param state          where the delivery is
 * @param stateSince     since when
 * @param sortieId       the sortie carrying it, if any
 * @param dropId         the drop as its sortie's plan and its drop token name it: the drop point
 *                       id, or the coordinates as text ({@code 34.080500,114.401500})
 */
public record ParcelView(String parcelId, Optional<String> dropPointId, String dropName, String itemsSummary,
                         String recipientLabel, DeliveryState state, Instant stateSince, Optional<String> sortieId,
                         String dropId) {

    public static final int SUMMARY_LENGTH = 60;

    public ParcelView {
        Objects.requireNonNull(parcelId, "parcelId");
        Objects.requireNonNull(dropPointId, "dropPointId");
        Objects.requireNonNull(dropName, "dropName");
        Objects.requireNonNull(itemsSummary, "itemsSummary");
        Objects.requireNonNull(recipientLabel, "recipientLabel");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(stateSince, "stateSince");
        Objects.requireNonNull(sortieId, "sortieId");
        Objects.requireNonNull(dropId, "dropId");
    }

    static ParcelView of(Delivery d) {
        String items = d.request().items();
        String summary = items.length() <= SUMMARY_LENGTH ? items : items.substring(0, SUMMARY_LENGTH - 1) + "…";
        return new ParcelView(d.id(), d.request().drop().dropPointId(), d.request().drop().displayName(), summary,
                d.request().recipient().label(), d.state(), d.stateSince(), d.sortieId(), d.request().drop().planId());
    }
}
