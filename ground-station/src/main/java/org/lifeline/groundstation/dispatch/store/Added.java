package org.lifeline.groundstation.dispatch.store;

import java.util.Objects;
import java.util.Optional;

/**
 * One request handed to the store.
 *
 * @param delivery     the stored delivery (the earlier one when {@code alreadyStored})
 * @param alreadyStored its import key was stored before: a re-import, nothing new was added
 * @param duplicateOf  a likely duplicate stored earlier (same recipient and items within the
 *                     window): flagged on the new delivery, never merged
 */
public record Added(Delivery delivery, boolean alreadyStored, Optional<String> duplicateOf) {

    public Added {
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(duplicateOf, "duplicateOf");
    }
}
