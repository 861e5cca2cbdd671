package org.lifeline.groundstation.confirm;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The record of tokens that have confirmed their parcel, by {@link DropToken#id()}: a token is
 * valid once. The store's confirmation is the truth; this record turns a replayed token away
 * before the store is asked, and says when it was used.
 */
public interface UsedTokens {

    /** When the token was used, if it was. */
    Optional<Instant> usedAt(String tokenId);

    /** Records the token as used at {@code at}; a second call for the same id changes nothing. */
    void record(String tokenId, Instant at);

    /** A record kept in memory only. */
    static UsedTokens inMemory() {
        ConcurrentHashMap<String, Instant> used = new ConcurrentHashMap<>();
        return new UsedTokens() {
            @Override
            public Optional<Instant> usedAt(String tokenId) {
                return Optional.ofNullable(used.get(tokenId));
            }

            @Override
            public void record(String tokenId, Instant at) {
                used.putIfAbsent(tokenId, at);
            }
        };
    }
}
