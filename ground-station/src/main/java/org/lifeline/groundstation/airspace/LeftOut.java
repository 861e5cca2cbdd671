package org.lifeline.groundstation.airspace;

import java.util.Objects;

/**
 * A launch site or drop point the file names but that cannot be used, and why, in words a
 * pilot reads in a refusal: {@code dp-x lies inside no-fly zone nf-hospital (County People's
 * Hospital)}. A plan or request that names {@code id} is refused with {@code reason}.
 *
 * @param id     the feature's id as the file gives it
 * @param reason what is wrong with it, naming the zones involved by id and name
 */
public record LeftOut(String id, String reason) {

    public LeftOut {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
    }
}
