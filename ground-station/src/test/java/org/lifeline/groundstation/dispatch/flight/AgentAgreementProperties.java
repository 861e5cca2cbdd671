package org.lifeline.groundstation.dispatch.flight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.lifeline.fleet.CommandAck;
import org.lifeline.fleet.CommandType;
import org.lifeline.groundstation.dispatch.store.SortieRecord;
import org.lifeline.mission.MissionDigest;
import org.lifeline.time.Scheduler;

/**
 * The interlock before UPLOADED: whatever the agent answers, a sortie's drop plans count as
 * agreed only when every one ended ACCEPTED with an empty reason, after at most the attempts the
 * mission-read deadline allows; every plan the agent stored is reported for cancelling, and a
 * failure always says why.
 */
class AgentAgreementProperties {

    /** How the agent answers one parcel's plan: "not read yet" {@code notRead} times, then {@code last}. */
    record Answers(int notRead, CommandAck.Result last, String reason) {
    }

    private static final FlightSettings SETTINGS = FlightSettings.DEFAULTS.withAckTimeout(Duration.ofMillis(50))
            .withMissionReadTimeout(Duration.ofSeconds(2));
    private static final long ATTEMPTS = 2000 / FlightSettings.MISSION_READ_RETRY.toMillis() + 1;

    /** A scheduler whose pauses pass at once: the property is about answers, not time. */
    private static final Scheduler INSTANT = new Scheduler() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public long epochMicros() {
            return System.currentTimeMillis() * 1000;
        }

        @Override
        public Cancellable schedule(Duration delay, Runnable task) {
            task.run();
            return () -> { };
        }
    };

    @Provide
    Arbitrary<List<Answers>> answers() {
        Arbitrary<Answers> one = Combinators.combine(Arbitraries.integers().between(0, 7),
                Arbitraries.of(CommandAck.Result.values()),
                Arbitraries.of("", "", "stored; disagrees with the mission: [far]", "BAD_SIGNATURE")).as(Answers::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 300)
    void plansAreAgreedOnlyWhenEachEndedAcceptedWithoutAReasonAndEveryStoredPlanIsReported(
            @ForAll("answers") List<Answers> script) throws Exception {
        List<ParcelDrop> drops = new ArrayList<>();
        for (int i = 0; i < script.size(); i++) {
            drops.add(new ParcelDrop("P-" + i, 2 + 2 * i, 34.06, 114.40, 5, 8, 15, 1));
        }
        int[] calls = new int[script.size()];
        DropPlanChannel agent = c -> {
            assertThat(c.type()).isEqualTo(CommandType.SET_DROP_PLAN);
            assertThat(c.args()).containsEntry("missionDigest", "0123456789abcdef");
            int i = Integer.parseInt(c.args().get("parcelId").substring(2));
            Answers a = script.get(i);
            CommandAck.Result r = calls[i]++ < a.notRead() ? CommandAck.Result.FAILED : a.last();
            String why = calls[i] <= a.notRead() ? MissionDigest.NOT_READ_YET + ": not yet" : a.reason();
            return CompletableFuture.completedFuture(new CommandAck(c.commandId(), c.droneId(), 0, r, why));
        };
        SortieRecord sortie = new SortieRecord("S-1", "sim-1", drops.stream().map(ParcelDrop::parcelId).toList(),
                Instant.EPOCH, Optional.empty());
        List<String> stored = new ArrayList<>();

        Optional<AgentAgreement.Disagreement> no = new AgentAgreement(agent, SETTINGS, Clock.systemUTC(), INSTANT)
                .send(sortie, drops, "0123456789abcdef", stored, n -> { });

        List<String> expectStored = new ArrayList<>();
        boolean agreed = true;
        for (int i = 0; i < script.size() && agreed; i++) {
            Answers a = script.get(i);
            boolean readInTime = a.notRead() < ATTEMPTS;
            boolean notReadForever = a.last() == CommandAck.Result.FAILED && a.reason().startsWith(MissionDigest.NOT_READ_YET);
            if (readInTime && !notReadForever && a.last() == CommandAck.Result.ACCEPTED) {
                expectStored.add("P-" + i);
            }
            agreed = readInTime && a.last() == CommandAck.Result.ACCEPTED && a.reason().isEmpty();
            assertThat(calls[i]).as("never more attempts than the deadline allows").isLessThanOrEqualTo((int) ATTEMPTS);
        }
        assertThat(no.isEmpty()).as(script + " -> " + no).isEqualTo(agreed);
        assertThat(stored).as("every plan the agent stored, to cancel").isEqualTo(expectStored);
        no.ifPresent(d -> assertThat(d.why()).isNotBlank().contains("P-"));
    }
}
