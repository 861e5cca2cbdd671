package org.lifeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.groundstation.dispatch.state.Transition;
import org.lifeline.groundstation.dispatch.store.Delivery;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.plan.PlanFiles;

/**
 * {@code lifeline dispatch fly} signing with a key the drone's agent does not share: the agent
 * refuses the drop plan, the mission uploaded just before is cleared on the flight controller
 * (read back, it is empty), and the parcel is back in the queue saying why. The next wave takes it again, and the
 * right key uploads it ({@code --no-start}).
 */
class RefusedDropPlanTest {

    @TempDir
    Path dir;

    @Test
    void aDropPlanRefusedByTheAgentLeavesNoMissionOnTheVehicleAndPutsTheParcelBackInTheQueue() throws Exception {
        try (DispatchRig rig = new DispatchRig(dir)) {
            String sortieId = rig.importAndPlan("""
                    ref,requester,recipient,phone,drop_point,items,weight_g,priority
                    R-1,Fire station desk,Yard gate guard,138-0000-0102,dp-fire-yard,test strips,200,URGENT_MEDICINE
                    """);
            Path wrongKey = dir.resolve("wrong.key");
            Files.writeString(wrongKey, "ff".repeat(32) + "\n");
            rig.awaitAgentOnline();
            DispatchRig.Run fly = DispatchRig.lifeline("dispatch", "fly", sortieId, "--data", rig.data.toString(),
                    "--airspace", rig.airspace.toString(), "--fleet", rig.fleet.toString(), "--broker", rig.broker.uri(),
                    "--command-key", wrongKey.toString(), "--no-tlog", "--ack-timeout", "15");
            assertThat(fly.exit()).as(fly.out() + fly.err()).isEqualTo(1);
            assertThat(fly.err()).contains("error: upload FAILED at DROP_PLANS").contains("refused the drop plan")
                    .contains("BAD_SIGNATURE").contains("the mission was cleared on the vehicle").contains("back in the queue");

            try (DeliveryStore store = DeliveryStore.openSqlite(rig.data, Clock.systemUTC())) {
                String parcel = store.sortie(sortieId).orElseThrow().parcelIds().get(0);
                assertThat(store.sortie(sortieId).orElseThrow().closedAt()).as("the sortie is closed").isPresent();
                assertThat(store.find(parcel).map(Delivery::state)).contains(DeliveryState.REQUESTED);
                List<Transition> history = store.history(parcel);
                assertThat(history).extracting(Transition::to).containsExactly(DeliveryState.REQUESTED, DeliveryState.ASSIGNED,
                        DeliveryState.PLANNED, DeliveryState.RETURNED, DeliveryState.REQUESTED);
                assertThat(history.get(3).reason()).contains("sortie " + sortieId + " will not fly")
                        .contains("sim-1's agent refused the drop plan of " + parcel).contains("BAD_SIGNATURE");
                assertThat(history.get(4).reason()).startsWith("back in the queue: ");
            }

            Path onVehicle = dir.resolve("on-vehicle.plan");
            DispatchRig.Run read = DispatchRig.lifeline("mission", "download", "--connect", rig.link, "--no-tlog",
                    "--wait", "20", "--type", "all", onVehicle.toString());
            assertThat(read.exit()).as(read.err()).isZero();
            assertThat(PlanFiles.read(onVehicle).mission()).as("the mission cleared").isEmpty();

            String again = rig.plan();
            DispatchRig.Run upload = DispatchRig.lifeline("dispatch", "fly", again, "--data", rig.data.toString(),
                    "--airspace", rig.airspace.toString(), "--fleet", rig.fleet.toString(), "--broker", rig.broker.uri(),
                    "--command-key", rig.commandKey.toString(), "--tlog-dir", dir.resolve("logs").toString(), "--no-start");
            assertThat(upload.exit()).as(upload.out() + upload.err()).isZero();
            assertThat(upload.out()).contains("drop plan accepted by sim-1: ").contains("mission uploaded and verified")
                    .contains("upload: 1 parcel(s) UPLOADED").doesNotContain("start:");
            assertThat(dir.resolve("logs")).isDirectoryContaining(p -> p.getFileName().toString().startsWith(again + "-upload-"));
            try (DeliveryStore store = DeliveryStore.openSqlite(rig.data, Clock.systemUTC())) {
                assertThat(store.sortie(again).orElseThrow().parcelIds()).hasSize(1).allSatisfy(p ->
                        assertThat(store.find(p).map(Delivery::state)).contains(DeliveryState.UPLOADED));
            }
        }
    }
}
