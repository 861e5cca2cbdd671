package org.lifeline.groundstation.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address: {@code burst} requests at once, refilled at
 * {@code perSecond}. Phones share addresses behind a compound's Wi-Fi, so the defaults are loose;
 * guessing fallback codes is stopped per parcel by the confirmation desk, not here.
 */
public final class ClientRateLimiter {

    /** Buckets kept before idle (full) ones are dropped. */
    private static final int MAX_CLIENTS = 10_000;

    private final boolean unlimited;
    private final double burst;
    private final double perNano;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    /**
     * @param burst     requests a client may make at once (at least 1)
     * @param perSecond sustained requests per second per client (more than 0)
     * @param nanoTime  the monotonic time source ({@code System::nanoTime} outside tests)
     */
    public ClientRateLimiter(int burst, double perSecond, LongSupplier nanoTime) {
        if (burst < 1 || !(perSecond > 0)) {
            throw new IllegalArgumentException("rate limit: expected a burst of at least 1 and a rate above 0, got "
                    + burst + " and " + perSecond + "/s");
        }
        this.unlimited = false;
        this.burst = burst;
        this.perNano = perSecond / 1e9;
        this.nanoTime = nanoTime;
    }

    /** A limiter that lets everything through (benchmarks, tests of other things). */
    public static ClientRateLimiter unlimited() {
        return new ClientRateLimiter();
    }

    private ClientRateLimiter() {
        this.unlimited = true;
        this.burst = 1;
        this.perNano = 1;
        this.nanoTime = System::nanoTime;
    }

    /** Takes one token for {@code client}; false when its bucket is empty. */
    public boolean tryAcquire(String client) {
        if (unlimited) {
            return true;
        }
        long now = nanoTime.getAsLong();
        if (buckets.size() > MAX_CLIENTS) {
            buckets.entrySet().removeIf(e -> refilled(e.getValue(), now) >= burst);
        }
        Bucket b = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
        synchronized (b) {
            b.tokens = refilled(b, now);
            b.at = Math.max(b.at, now);
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return true;
            }
            return false;
        }
    }

    /** Whole seconds until {@code client} has a token again (at least 1). */
    public long secondsUntilNext(String client) {
        Bucket b = buckets.get(client);
        if (b == null) {
            return 1;
        }
        synchronized (b) {
            double missing = 1 - refilled(b, nanoTime.getAsLong());
            return Math.max(1, (long) Math.ceil(missing / perNano / 1e9));
        }
    }

    private double refilled(Bucket b, long now) {
        synchronized (b) {
            // another thread may have read the clock earlier and taken the lock later
            return Math.min(burst, b.tokens + Math.max(0, now - b.at) * perNano);
        }
    }
}
