package org.lifeline.agent.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lifeline.agent.fc.FakeAutopilot.heartbeat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.fleet.CommandAck;
import org.lifeline.fleet.CommandType;
import org.lifeline.fleet.EventType;
import org.lifeline.mission.MissionDigest;
import org.lifeline.mission.MissionItem;

/**
 * A drop plan that names the mission it was made for (its {@link MissionDigest}) is only stored
 * and compared once the agent has read that mission: before, it is answered "mission not read
 * yet" and leaves no trace, so that a ground station that has just uploaded a new mission never
 * causes a mismatch against the old one.
 */
class MissionDigestPlanTest {

    @TempDir
    Path dir;

    private static Map<String, String> planFor(String digest, double lat) {
        Map<String, String> args = new HashMap<>(AgentFixture.planArgs("P-1", 2, lat, AgentFixture.DROP_LON));
        args.put("missionDigest", digest);
        return args;
    }

    private static CommandAck lastAck(AgentFixture f) {
        return f.out.acks.get(f.out.acks.size() - 1);
    }

    @Test
    void aPlanForAMissionTheAgentHasNotReadYetIsNeitherStoredNorComparedAndSaysSo() throws Exception {
        try (AgentFixture f = new AgentFixture(dir.resolve("releases.journal"))) {
            f.fc.deliver(heartbeat(false, 3)); // link up: the agent reads the vehicle's mission
            List<MissionItem> other = List.of(AgentFixture.MISSION.get(0), AgentFixture.MISSION.get(2), AgentFixture.MISSION.get(3));

            f.agent.onCommand(f.signed(CommandType.SET_DROP_PLAN, planFor(MissionDigest.of(other), AgentFixture.DROP_LAT)));

            assertThat(lastAck(f).result()).isEqualTo(CommandAck.Result.FAILED);
            assertThat(lastAck(f).reason()).startsWith(MissionDigest.NOT_READ_YET).contains("mission of 5 items")
                    .contains(MissionDigest.of(other));
            assertThat(f.agent.drops().planFor("P-1")).as("the mission's drop under its own name only").isEmpty();
            assertThat(f.out.events(EventType.DROP_PLAN_MISMATCH)).isEmpty();
        }
    }

    @Test
    void aPlanForAMissionNotReadYetMakesTheAgentReadTheVehiclesMissionSoTheNextOneIsChecked() throws Exception {
        try (AgentFixture f = new AgentFixture(dir.resolve("releases.journal"))) {
            String digest = MissionDigest.of(AgentFixture.MISSION);

            f.agent.onCommand(f.signed(CommandType.SET_DROP_PLAN, planFor(digest, AgentFixture.DROP_LAT)));

            assertThat(lastAck(f).result()).isEqualTo(CommandAck.Result.FAILED);
            assertThat(lastAck(f).reason()).startsWith(MissionDigest.NOT_READ_YET).contains("has read no mission");
            assertThat(f.agent.drops().planFor("P-1")).isEmpty();

            f.agent.onCommand(f.signed(CommandType.SET_DROP_PLAN, planFor(digest, AgentFixture.DROP_LAT)));

            assertThat(lastAck(f).result()).as("read on demand, no event from the autopilot needed").isEqualTo(CommandAck.Result.ACCEPTED);
            assertThat(lastAck(f).reason()).isEmpty();
            assertThat(f.out.events(EventType.DROP_PLAN_MISMATCH)).isEmpty();
        }
    }

    @Test
    void onceTheMissionIsReadAnAgreeingPlanIsAcceptedWithoutAWordAndADisagreeingOneIsAMismatch() throws Exception {
        try (AgentFixture f = new AgentFixture(dir.resolve("releases.journal"))) {
            f.fc.deliver(heartbeat(false, 3));
            String digest = MissionDigest.of(AgentFixture.MISSION);

            f.agent.onCommand(f.signed(CommandType.SET_DROP_PLAN, planFor(digest, AgentFixture.DROP_LAT)));

            assertThat(lastAck(f).result()).isEqualTo(CommandAck.Result.ACCEPTED);
            assertThat(lastAck(f).reason()).isEmpty();
            assertThat(f.agent.drops().planFor("P-1")).isPresent();
            assertThat(f.out.events(EventType.DROP_PLAN_MISMATCH)).isEmpty();

            f.agent.onCommand(f.signed(CommandType.SET_DROP_PLAN, planFor(digest, AgentFixture.DROP_LAT + 0.001)));

            assertThat(lastAck(f).result()).isEqualTo(CommandAck.Result.ACCEPTED);
            assertThat(lastAck(f).reason()).startsWith("stored; disagrees with the mission").contains("from the planned drop point");
            assertThat(f.out.events(EventType.DROP_PLAN_MISMATCH)).hasSize(1);
        }
    }
}
