package org.lifeline.groundstation.dispatch.request;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A checked request, ready to be stored.
 *
 * @param requester   who asked (a person, a compound office, a hotline operator)
 * @param recipient   who receives it
 * @param drop        where it goes
 * @param items       what, in words ("insulin pens x2")
 * @param weightGrams the parcel's weight
 * @param priority    its class
 * @param deadline    when it must have arrived, if anyone said
 * @param importKey   what makes re-imports idempotent: the file's {@code ref} when given,
 *                    otherwise a hash of the row's content; empty for single requests
 */
public record DispatchRequest(String requester, Recipient recipient, DropTarget drop, String items, int weightGrams,
                              Priority priority, Optional<Instant> deadline, Optional<String> importKey) {

    public DispatchRequest {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(drop, "drop");
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(importKey, "importKey");
        if (weightGrams <= 0) {
            throw new IllegalArgumentException("weight " + weightGrams + " g is not positive");
        }
    }

    /** Items compared for duplicates: case, spacing and punctuation between words ignored. */
    public String itemsKey() {
        return itemsKey(items);
    }

    public static String itemsKey(String items) {
        return items.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s,;.]+", " ").trim();
    }
}
