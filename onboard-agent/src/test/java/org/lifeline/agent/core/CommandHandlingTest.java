package org.lifeline.agent.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.fleet.Command;
import org.lifeline.fleet.CommandAck;
import org.lifeline.fleet.CommandType;
import org.lifeline.fleet.EventType;

/** Commands from the ground station: signed, fresh, once each — anything else is rejected with its reason. */
class CommandHandlingTest {

    @TempDir
    Path dir;

    private AgentFixture fixture() throws Exception {
        return new AgentFixture(dir.resolve("releases.journal"));
    }

    private static CommandAck lastAck(AgentFixture f) {
        return f.out.acks.get(f.out.acks.size() - 1);
    }

    @Test
    void aSignedPingIsAccepted() throws Exception {
        try (AgentFixture f = fixture()) {
            Command ping = f.signed(CommandType.PING, Map.of());
            f.agent.onCommand(ping);
            assertThat(lastAck(f)).satisfies(a -> {
                assertThat(a.commandId()).isEqualTo(ping.commandId());
                assertThat(a.result()).isEqualTo(CommandAck.Result.ACCEPTED);
            });
        }
    }

    @Test
    void anUnsignedCommandIsRejectedAndDoesNothing() throws Exception {
        try (AgentFixture f = fixture()) {
            f.agent.onCommand(f.unsigned(CommandType.SET_DROP_PLAN, AgentFixture.planArgs("P-9", 2, 34.06895, 114.40785)));
            assertThat(lastAck(f).result()).isEqualTo(CommandAck.Result.REJECTED);
            assertThat(lastAck(f).reason()).contains("UNSIGNED");
            assertThat(f.agent.drops().planFor("P-9")).isEmpty();
        }
    }

    @Test
    void aCommandWithAForgedOrAlteredSignatureIsRejected() throws Exception {
        try (AgentFixture f = fixture()) {
            Command good = f.signed(CommandType.CANCEL_DROP, Map.of("parcelId", "P-9"));
            Command altered = new Command(good.commandId(), "d1", good.timeMillis(), CommandType.RELEASE,
                    Map.of("parcelId", "P-9"), good.signature());
            f.agent.onCommand(altered);
            assertThat(lastAck(f).reason()).contains("BAD_SIGNATURE");
            f.agent.onCommand(good.withSignature("zz-not-hex"));
            assertThat(lastAck(f).reason()).contains("BAD_SIGNATURE");
        }
    }

    @Test
    void aStaleCommandIsRejected() throws Exception {
        try (AgentFixture f = fixture()) {
            Command old = f.signed(CommandType.PING, Map.of());
            f.clock.advance(Duration.ofSeconds(31));
            f.agent.onCommand(old);
            assertThat(lastAck(f).result()).isEqualTo(CommandAck.Result.REJECTED);
            assertThat(lastAck(f).reason()).contains("STALE");
        }
    }

    @Test
    void aDifferentCommandUnderAnIdAlreadyUsedIsRejectedAsReplayed() throws Exception {
        try (AgentFixture f = fixture()) {
            Command first = f.signed(CommandType.PING, Map.of());
            f.agent.onCommand(first);
            Command reuse = f.groundSigner.sign(new Command(first.commandId(), "d1", first.timeMillis() + 1,
                    CommandType.CANCEL_DROP, Map.of("parcelId", "drop-2"), ""));
            f.agent.onCommand(reuse);
            assertThat(lastAck(f).result()).isEqualTo(CommandAck.Result.REJECTED);
            assertThat(lastAck(f).reason()).contains("REPLAYED");
        }
    }

    @Test
    void theSameCommandAgainGetsTheSameAckAndNoSecondAction() throws Exception {
        try (AgentFixture f = fixture()) {
            Command plan = f.signed(CommandType.SET_DROP_PLAN, AgentFixture.planArgs("P-9", 3, 34.06895, 114.40785));
            f.flyToDropItem();
            f.agent.onCommand(plan);
            int mismatches = f.out.events(EventType.DROP_PLAN_MISMATCH).size();
            assertThat(mismatches).as("item 3 is not the mission's drop").isEqualTo(1);
            CommandAck first = lastAck(f);
            f.clock.advance(Duration.ofSeconds(5));
            f.agent.onCommand(plan);
            f.agent.onCommand(plan);
            assertThat(f.out.acks).hasSize(3).containsOnly(first);
            assertThat(f.out.events(EventType.DROP_PLAN_MISMATCH)).as("not carried out again").hasSize(1);
        }
    }

    @Test
    void aCommandRedeliveredAfterARestartGetsItsFirstAckAndIsNotCarriedOutAgain() throws Exception {
        Path journal = dir.resolve("releases.journal");
        Command release;
        CommandAck first;
        org.lifeline.time.ManualScheduler clock = new org.lifeline.time.ManualScheduler();
        try (AgentStores stores = AgentStores.open(dir); AgentFixture f = new AgentFixture(journal, clock, stores)) {
            f.flyToDropItem();
            f.agent.onCommand(f.signed(CommandType.SET_DROP_PLAN, AgentFixture.planArgs("P-9", 2, 34.06895, 114.40785)));
            f.tick(true, 5, 34.06895, 114.40785, 12, 0.1); // LOITER: the mission drop is refused later, the manual one now
            release = f.signed(CommandType.RELEASE, Map.of("parcelId", "P-9"));
            f.agent.onCommand(release);
            first = lastAck(f);
            assertThat(first.result()).isEqualTo(CommandAck.Result.FAILED);
            assertThat(first.reason()).contains("AUTO_MODE");
        }
        try (AgentStores stores = AgentStores.open(dir); AgentFixture again = new AgentFixture(journal, clock, stores)) {
            again.agent.onCommand(release);
            assertThat(again.out.acks).containsExactly(first);
            assertThat(again.out.events(EventType.DROP_REFUSED)).as("not evaluated again").isEmpty();
        }
    }

    @Test
    void malformedArgumentsAreRejectedNamingTheArgument() throws Exception {
        try (AgentFixture f = fixture()) {
            Map<String, String> args = new java.util.HashMap<>(AgentFixture.planArgs("P-9", 2, 34.06895, 114.40785));
            args.put("lat", "north");
            f.agent.onCommand(f.signed(CommandType.SET_DROP_PLAN, args));
            assertThat(lastAck(f).reason()).isEqualTo("argument lat = \"north\": expected a number");
            args.remove("lat");
            f.agent.onCommand(f.signed(CommandType.SET_DROP_PLAN, args));
            assertThat(lastAck(f).reason()).isEqualTo("argument lat is missing");
            args.put("lat", "34.06895");
            args.put("maxAlt", "4");
            f.agent.onCommand(f.signed(CommandType.SET_DROP_PLAN, args));
            assertThat(lastAck(f).reason()).contains("altitude window 8.0..4.0");
            f.agent.onCommand(f.signed(CommandType.RELEASE, Map.of()));
            assertThat(lastAck(f).reason()).isEqualTo("argument parcelId is missing");
            assertThat(f.out.acks).extracting(CommandAck::result).containsOnly(CommandAck.Result.REJECTED);
            assertThat(f.agent.drops().planFor("P-9")).isEmpty();
        }
    }

    @Test
    void aReleaseForAnUnknownParcelIsRejected() throws Exception {
        try (AgentFixture f = fixture()) {
            f.agent.onCommand(f.signed(CommandType.RELEASE, Map.of("parcelId", "P-404")));
            assertThat(lastAck(f).result()).isEqualTo(CommandAck.Result.REJECTED);
            assertThat(lastAck(f).reason()).contains("P-404");
            assertThat(f.opened).hasValue(0);
        }
    }
}
