package org.lifeline.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The reconnect delay is bounded: never below the first backoff, never above the bound, never shrinking. */
class LinkBackoffPropertyTest {

    @Property(tries = 300)
    void backoffDoublesFromTheFirstDelayAndNeverExceedsTheBound(
            @ForAll @LongRange(min = 1, max = 10_000) long firstMillis,
            @ForAll @LongRange(min = 0, max = 100_000) long extraMillis,
            @ForAll @IntRange(min = 0, max = 200) int failures) {
        Duration first = Duration.ofMillis(firstMillis);
        Duration max = first.plusMillis(extraMillis);
        LinkOptions options = new LinkOptions(first, max, Duration.ofSeconds(1), true);

        Duration d = options.backoff(failures);
        Duration next = options.backoff(failures + 1);

        assertThat(d).isBetween(first, max);
        assertThat(next).isGreaterThanOrEqualTo(d);
        double uncapped = firstMillis * Math.pow(2, failures);
        assertThat(d.toMillis()).isEqualTo((long) Math.min(uncapped, max.toMillis()));
    }
}
