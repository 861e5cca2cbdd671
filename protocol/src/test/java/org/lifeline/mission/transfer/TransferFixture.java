package org.lifeline.mission.transfer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.lifeline.mavlink.sim.LinkProfile;
import org.lifeline.mavlink.sim.SimulatedChannelPair;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;
import org.lifeline.time.ManualScheduler;

/** A ground-station engine and a vehicle-side server joined by a simulated link on fake time. */
final class TransferFixture {

    final ManualScheduler scheduler = new ManualScheduler();
    final SimulatedChannelPair link;
    final MissionTransferClient client;
    final MissionServer server;

    TransferFixture(LinkProfile profile, long seed, TransferOptions clientOptions, ServerOptions serverOptions) {
        link = SimulatedChannelPair.symmetric(scheduler, profile, seed);
        client = new MissionTransferClient(link.ground(), scheduler, clientOptions);
        server = new MissionServer(link.vehicle(), scheduler, serverOptions);
    }

    TransferFixture(LinkProfile profile, long seed) {
        this(profile, seed, TransferOptions.defaults(), ServerOptions.defaults());
    }

    static TransferFixture radio() {
        return new TransferFixture(LinkProfile.radio57600(Duration.ofMillis(25)), 1);
    }

    /** Runs fake time until {@code future} completes (or nothing is left to run) and returns its result. */
    TransferResult await(CompletableFuture<TransferResult> future) {
        long limit = scheduler.nanoTime() + Duration.ofHours(1).toNanos();
        while (!future.isDone()) {
            long next = scheduler.nextDueNanos();
            if (next < 0 || next > limit) {
                throw new AssertionError("transfer never finished: nothing left to run at "
                        + scheduler.millis() + " ms");
            }
            scheduler.advance(Duration.ofNanos(next - scheduler.nanoTime()));
        }
        return future.join();
    }

    /** Lets every message still in flight arrive. */
    void drain() {
        scheduler.advance(Duration.ofSeconds(30));
    }

    /** A plan of {@code n} items for {@code type}: waypoints with a drop (gripper) for MISSION. */
    static MissionPlan plan(MissionType type, int n) {
        List<MissionItem> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double lat = 52.52 + i * 1e-4;
            double lon = 13.405 + i * 2e-4;
            MissionItem item = switch (type) {
                case MISSION -> i % 7 == 3
                        ? MissionItem.command(MavCmd.DO_GRIPPER, 1, MavCmd.GRIPPER_ACTION_RELEASE, 0, 0)
                        : MissionItem.waypointWithHold(lat, lon, 30 + i % 5, i % 3);
                case FENCE -> new MissionItem(MavCmd.NAV_FENCE_POLYGON_VERTEX_INCLUSION, 5, false, true,
                        n, 0, 0, 0, MissionItem.toE7(lat), MissionItem.toE7(lon), 0f);
                case RALLY -> MissionItem.at(MavCmd.NAV_RALLY_POINT, lat, lon, 40, 0, 0, 0, 0);
            };
            items.add(item);
        }
        return new MissionPlan(type, items);
    }
}
