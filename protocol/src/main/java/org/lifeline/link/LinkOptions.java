package org.lifeline.link;

import java.time.Duration;
import java.util.Objects;

/**
 * How a reconnecting link (serial, TCP client) behaves when its device or peer goes away.
 *
 * @param firstBackoff           delay before the first reconnect attempt after a loss
 * @param maxBackoff             the delay doubles per failed attempt up to this bound, then stays there
 * @param connectTimeout         how long one TCP connect attempt may take
 * @param requireFirstConnection true: {@link Links#open} throws when the first attempt fails (a
 *                               mistyped device or a peer that is not running is reported at once);
 *                               false: the link starts DOWN and keeps trying (an onboard computer
 *                               that boots before its flight controller's USB port appears)
 */
public record LinkOptions(Duration firstBackoff, Duration maxBackoff, Duration connectTimeout, boolean requireFirstConnection) {

    /** 200 ms doubling to 5 s, 3 s TCP connect timeout, fail if the first attempt fails. */
    public static final LinkOptions DEFAULTS = new LinkOptions(Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(3), true);

    public LinkOptions {
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (firstBackoff.isNegative() || firstBackoff.isZero() || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("backoff must satisfy 0 < firstBackoff <= maxBackoff, got "
                    + firstBackoff + " and " + maxBackoff);
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be positive, got " + connectTimeout);
        }
    }

    /** The same options with {@code requireFirstConnection} changed. */
    public LinkOptions withRequireFirstConnection(boolean require) {
        return new LinkOptions(firstBackoff, maxBackoff, connectTimeout, require);
    }

    /** The delay before the next attempt after {@code failures} consecutive failed attempts. */
    public Duration backoff(int failures) {
        Duration d = firstBackoff;
        for (int i = 0; i < failures && d.compareTo(maxBackoff) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    }
}
