package org.lifeline.groundstation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ClientRateLimiterTest {

    private final AtomicLong nanos = new AtomicLong();
    private final ClientRateLimiter limiter = new ClientRateLimiter(3, 0.5, nanos::get);

    @Test
    void aClientGetsItsBurstThenOneRequestPerRefillInterval() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("10.0.0.7")).isTrue();
        }
        assertThat(limiter.tryAcquire("10.0.0.7")).isFalse();
        assertThat(limiter.secondsUntilNext("10.0.0.7")).isEqualTo(2);
        nanos.addAndGet(1_900_000_000L);
        assertThat(limiter.tryAcquire("10.0.0.7")).isFalse();
        nanos.addAndGet(200_000_000L);
        assertThat(limiter.tryAcquire("10.0.0.7")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.7")).isFalse();
    }

    @Test
    void oneClientOverItsRateDoesNotSlowAnother() {
        for (int i = 0; i < 5; i++) {
            limiter.tryAcquire("10.0.0.7");
        }
        assertThat(limiter.tryAcquire("10.0.0.8")).isTrue();
    }

    @Test
    void aBucketNeverFillsBeyondItsBurstAndAClockReadLateNeverDrainsIt() {
        nanos.set(1_000_000_000_000L);
        assertThat(limiter.tryAcquire("a")).isTrue();
        nanos.addAndGet(-5_000_000_000L);
        assertThat(limiter.tryAcquire("a")).isTrue();
        nanos.addAndGet(3_600_000_000_000L);
        int allowed = 0;
        while (limiter.tryAcquire("a")) {
            allowed++;
        }
        assertThat(allowed).isEqualTo(3);
    }

    @Test
    void aLimitThatAllowsNothingIsRefusedNamingTheValues() {
        assertThatThrownBy(() -> new ClientRateLimiter(0, 1, System::nanoTime))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("burst");
    }
}
