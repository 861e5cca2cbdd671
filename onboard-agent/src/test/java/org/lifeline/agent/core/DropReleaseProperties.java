package org.lifeline.agent.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lifeline.agent.core.AgentFixture.DROP_LAT;
import static org.lifeline.agent.core.AgentFixture.DROP_LON;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.lifeline.agent.fc.FakeAutopilot;
import org.lifeline.agent.release.DropPlan;
import org.lifeline.agent.release.InterlockCheck;
import org.lifeline.fleet.EventType;

/**
 * Over arbitrary flights around the drop (arming, mode, mission item, position, altitude and
 * speed all varying, position reports sometimes missing): the parcel leaves at most once, only
 * in a state where every interlock held, and every arrival ends in exactly one of RELEASED or
 * DROP_REFUSED (or is still pending when the flight ends).
 */
class DropReleaseProperties {

    record Step(boolean armed, int mode, int seq, double north, double alt, double speed, boolean positionLost,
                boolean reached) {
    }

    @Provide
    Arbitrary<List<Step>> flights() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.of(true, true, true, true, true, false), Arbitraries.of(3, 3, 3, 3, 3, 5, 4),
                Arbitraries.of(1, 2, 2, 2, 2, 2, 2, 2, 3),
                Arbitraries.doubles().between(-0.0001, 0.0001).ofScale(7),
                Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, Arbitraries.doubles().between(10.5, 13.5)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.doubles().between(5, 20))),
                Arbitraries.doubles().between(0, 3), Arbitraries.of(false, false, false, false, true),
                Arbitraries.of(false, false, true)).as(Step::new);
        return step.list().ofMinSize(5).ofMaxSize(80);
    }

    @Property(tries = 30, seed = "20261129")
    void theParcelLeavesAtMostOnceAndOnlyWhenEveryInterlockHeld(@ForAll("flights") List<Step> flight) throws Exception {
        Path dir = Files.createTempDirectory("drop-props");
        try (AgentFixture f = new AgentFixture(dir.resolve("releases.journal"))) {
            f.flyToDropItem();
            for (Step s : flight) {
                f.fc.deliver(FakeAutopilot.heartbeat(s.armed(), s.mode()));
                f.fc.deliver(FakeAutopilot.current(s.seq(), 5));
                if (!s.positionLost()) {
                    f.fc.deliver(FakeAutopilot.position(DROP_LAT + s.north(), DROP_LON, s.alt(), s.speed()));
                }
                if (s.reached()) {
                    f.fc.deliver(FakeAutopilot.reached(s.seq()));
                }
                f.clock.advance(java.time.Duration.ofMillis(100));
            }
            assertThat(f.opened.get()).isLessThanOrEqualTo(1);
            assertThat(f.out.events(EventType.RELEASED)).hasSize(f.opened.get());
            DropPlan plan = new DropPlan("drop-2-f1", 2, DROP_LAT, DROP_LON, 4, 10, 14, 1.0);
            f.openedAt.forEach(state -> assertThat(new InterlockCheck().check(plan, state, false, state.atMillis()).failed())
                    .as("interlocks at the opening").isEmpty());
            long arrivals = f.out.events(EventType.REACHED_DROP).size();
            long settled = f.out.events(EventType.RELEASED).size() + f.out.events(EventType.DROP_REFUSED).size();
            assertThat(settled).isBetween(arrivals - 1, arrivals);
            boolean refusedOnce = !f.out.events(EventType.DROP_REFUSED).isEmpty();
            net.jqwik.api.statistics.Statistics.label("released").collect(f.opened.get() > 0);
            net.jqwik.api.statistics.Statistics.label("refused").collect(refusedOnce);
            net.jqwik.api.statistics.Statistics.label("released").coverage(c -> {
                c.check(true).percentage(p -> p >= 5);
                c.check(false).percentage(p -> p >= 5);
            });
            net.jqwik.api.statistics.Statistics.label("refused").coverage(c -> c.check(true).percentage(p -> p >= 5));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
