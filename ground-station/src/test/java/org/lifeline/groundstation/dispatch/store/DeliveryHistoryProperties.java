package org.lifeline.groundstation.dispatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.lifeline.groundstation.dispatch.DispatchFixtures;
import org.lifeline.groundstation.testing.MutableClock;
import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.groundstation.dispatch.state.Lifecycle;
import org.lifeline.groundstation.dispatch.state.Transition;

/**
 * The store's history against random sequences of requested transitions (on an in-memory
 * SQLite: the same SQL as the file, without the disk): nothing is recorded without a reason,
 * every accepted transition is recorded once and in order, a refused one leaves no trace,
 * and replaying the history gives the stored state.
 */
class DeliveryHistoryProperties {

    record Attempt(DeliveryState to, String reason) {
    }

    @Provide
    Arbitrary<Attempt> attempts() {
        return Combinators.combine(Arbitraries.of(DeliveryState.class),
                Arbitraries.oneOf(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10), Arbitraries.of("", "  "))
        ).as(Attempt::new);
    }

    @Property(tries = 200)
    void theHistoryHoldsEveryAcceptedTransitionOnceAndReplaysToTheState(
            @ForAll @Size(max = 25) List<@From("attempts") Attempt> attempts) {
        MutableClock clock = new MutableClock(DispatchFixtures.T0);
        try (DeliveryStore store = DeliveryStore.open("jdbc:sqlite::memory:", new Properties(), clock)) {
            String id = store.add(DispatchFixtures.request(1), DeliveryStore.DEFAULT_DUPLICATE_WINDOW).delivery().id();
            List<Attempt> accepted = new ArrayList<>();
            DeliveryState expected = DeliveryState.REQUESTED;
            for (Attempt a : attempts) {
                clock.advance(Duration.ofSeconds(1));
                if (a.reason().isBlank()) {
                    assertThatThrownBy(() -> store.transition(id, a.to(), a.reason())).isInstanceOf(IllegalArgumentException.class);
                    continue;
                }
                Outcome o = store.transition(id, a.to(), a.reason());
                boolean allowed = expected.canMoveTo(a.to());
                assertThat(o.kind()).isEqualTo(allowed ? Outcome.Kind.DONE : Outcome.Kind.REFUSED);
                if (allowed) {
                    accepted.add(a);
                    expected = a.to();
                }
            }
            List<Transition> history = store.history(id);
            assertThat(history).hasSize(1 + accepted.size());
            for (int i = 0; i < accepted.size(); i++) {
                assertThat(history.get(i + 1).to()).isEqualTo(accepted.get(i).to());
                assertThat(history.get(i + 1).reason()).isEqualTo(accepted.get(i).reason());
            }
            assertThat(history).allSatisfy(t -> assertThat(t.reason()).isNotBlank());
            Delivery d = store.find(id).orElseThrow();
            assertThat(Lifecycle.replay(history)).contains(d.state());
            assertThat(d.state()).isEqualTo(expected);
            assertThat(d.version()).isEqualTo(history.size());
        }
    }
}
