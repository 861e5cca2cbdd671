package org.lifeline.groundstation.dispatch.store;

import java.util.Objects;
import java.util.Optional;

/**
 * A sortie recorded, or why not.
 *
 * @param sortie  the recorded sortie
 * @param refusal why nothing was recorded
 */
public record SortieResult(Optional<SortieRecord> sortie, Optional<String> refusal) {

    public SortieResult {
        Objects.requireNonNull(sortie, "sortie");
        Objects.requireNonNull(refusal, "refusal");
        if (sortie.isPresent() == refusal.isPresent()) {
            throw new IllegalArgumentException("either a sortie or a refusal");
        }
    }

    static SortieResult refused(String why) {
        return new SortieResult(Optional.empty(), Optional.of(why));
    }

    public boolean ok() {
        return sortie.isPresent();
    }
}
