package org.lifeline.groundstation.dispatch.flight;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.groundstation.dispatch.state.Transition;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.dispatch.store.SortieRecord;

/**
 * Where a recorded sortie's {@code .plan} is: the wave wrote it before moving the parcels to
 * PLANNED with {@code plan <file>} as the reason, so the history says it.
 */
final class SortiePlanFile {

    static final String PREFIX = "plan ";

    private SortiePlanFile() {
    }

    /** The plan file named by the latest PLANNED transition of the sortie's first parcel. */
    static Optional<Path> of(DeliveryStore store, SortieRecord sortie) {
        if (sortie.parcelIds().isEmpty()) {
            return Optional.empty();
        }
        List<Transition> history = store.history(sortie.parcelIds().get(0));
        for (int i = history.size() - 1; i >= 0; i--) {
            Transition t = history.get(i);
            if (t.to() == DeliveryState.PLANNED && t.reason().startsWith(PREFIX)) {
                return Optional.of(Path.of(t.reason().substring(PREFIX.length()).trim()));
            }
        }
        return Optional.empty();
    }
}
