package org.lifeline.groundstation.dispatch.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** The state machine's rules, without storage. */
class DeliveryLifecycleProperties {

    record Attempt(DeliveryState to, String reason) {
    }

    @Provide
    Arbitrary<Attempt> attempts() {
        return Combinators.combine(Arbitraries.of(DeliveryState.class),
                Arbitraries.oneOf(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12), Arbitraries.of("", " ", "\t"))
        ).as(Attempt::new);
    }

    @Property
    void noTransitionExistsWithoutAReason(@ForAll DeliveryState from, @ForAll DeliveryState to) {
        for (String blank : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> new Transition("P-1", 2, from, to, blank, Instant.EPOCH))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Property
    void aTerminalStateHasNoWayOutAndEveryOtherStateHasOne(@ForAll DeliveryState s) {
        boolean terminal = s == DeliveryState.CONFIRMED || s == DeliveryState.REFUSED || s == DeliveryState.FAILED
                || s == DeliveryState.CANCELLED;
        assertThat(s.terminal()).isEqualTo(terminal);
        assertThat(s.next()).doesNotContain(s);
    }

    @Property
    void replayingTheTransitionsThatWereAllowedGivesTheLastState(@ForAll @Size(max = 30) List<@From("attempts") Attempt> attempts) {
        List<Transition> history = new ArrayList<>();
        history.add(new Transition("P-1", 1, null, DeliveryState.REQUESTED, "requested", Instant.EPOCH));
        DeliveryState state = DeliveryState.REQUESTED;
        for (Attempt a : attempts) {
            if (state.canMoveTo(a.to()) && !a.reason().isBlank()) {
                history.add(new Transition("P-1", history.size() + 1, state, a.to(), a.reason(), Instant.EPOCH));
                state = a.to();
            }
        }
        assertThat(Lifecycle.replay(history)).contains(state);
    }

    @Property
    void aHistoryWithAGapOrABrokenChainIsRejected(@ForAll @Size(min = 2, max = 20) List<@From("attempts") Attempt> attempts) {
        List<Transition> history = new ArrayList<>();
        history.add(new Transition("P-1", 1, null, DeliveryState.REQUESTED, "requested", Instant.EPOCH));
        DeliveryState state = DeliveryState.REQUESTED;
        for (Attempt a : attempts) {
            if (state.canMoveTo(a.to()) && !a.reason().isBlank()) {
                history.add(new Transition("P-1", history.size() + 1, state, a.to(), a.reason(), Instant.EPOCH));
                state = a.to();
            }
        }
        if (history.size() < 3) {
            return;
        }
        List<Transition> gap = new ArrayList<>(history);
        gap.remove(1);
        assertThatThrownBy(() -> Lifecycle.replay(gap)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing");
        assertThat(Lifecycle.replay(List.of())).isEqualTo(Optional.empty());
    }
}
