package org.lifeline.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.lifeline.mavlink.sim.LinkProfile;
import org.lifeline.mavlink.sim.MavlinkFrameSize;
import org.lifeline.mavlink.sim.SimulatedChannelPair;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;
import org.lifeline.mission.transfer.MissionServer;
import org.lifeline.mission.transfer.MissionTransferClient;
import org.lifeline.mission.transfer.ServerOptions;
import org.lifeline.mission.transfer.TransferOptions;
import org.lifeline.mission.transfer.TransferResult;
import org.lifeline.time.ManualScheduler;

/**
 * One mission upload from the ground-station engine to the vehicle-side server over a simulated
 * 57600-baud radio with 25 ms one-way latency, run to completion in simulated time.
 */
final class UploadScenario {

    static final Duration LATENCY = Duration.ofMillis(25);

    /** Who uses which timeouts. */
    enum Timeouts {
        /** Ground station and vehicle both adapt (RFC 6298 RTO under the spec ceilings). */
        ADAPTIVE(true, true),
        /** Ground station adapts; the vehicle keeps the spec's fixed 250 ms item timeout (like an autopilot). */
        ADAPTIVE_CLIENT_ONLY(true, false),
        /** Both use the spec's fixed 1500 ms / 250 ms timeouts: the baseline. */
        FIXED(false, false);

        final boolean client;
        final boolean server;

        Timeouts(boolean client, boolean server) {
            this.client = client;
            this.server = server;
        }
    }

    /** What one run produced. */
    record Outcome(boolean success, boolean exact, double simulatedMillis, int retransmissions, long wallNanos) {
    }

    private UploadScenario() {
    }

    static MissionPlan plan(int items) {
        List<MissionItem> list = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            list.add(i % 10 == 5
                    ? MissionItem.command(MavCmd.DO_GRIPPER, 1, MavCmd.GRIPPER_ACTION_RELEASE, 0, 0)
                    : MissionItem.waypointWithHold(52.52 + i * 1e-4, 13.405 + i * 1e-4, 30 + i % 7, i % 4));
        }
        return new MissionPlan(MissionType.MISSION, list);
    }

    static Outcome run(MissionPlan plan, double loss, Timeouts timeouts, long seed) {
        long wall = System.nanoTime();
        ManualScheduler scheduler = new ManualScheduler();
        LinkProfile profile = LinkProfile.radio57600(LATENCY).withLoss(loss);
        SimulatedChannelPair link = SimulatedChannelPair.symmetric(scheduler, profile, seed);
        MissionTransferClient client = new MissionTransferClient(link.ground(), scheduler,
                TransferOptions.defaults().withAdaptive(timeouts.client));
        ServerOptions serverOptions = ServerOptions.defaults().withCapacity(1000);
        MissionServer server = new MissionServer(link.vehicle(), scheduler,
                timeouts.server ? serverOptions : serverOptions.withFixedTimeouts());
        CompletableFuture<TransferResult> future = client.upload(plan);
        while (!future.isDone()) {
            long next = scheduler.nextDueNanos();
            if (next < 0) {
                throw new IllegalStateException("upload stalled with nothing scheduled");
            }
            scheduler.advance(Duration.ofNanos(next - scheduler.nanoTime()));
        }
        TransferResult r = future.join();
        scheduler.advance(Duration.ofSeconds(10)); // let the vehicle finish whatever it still does
        boolean exact = server.plan(MissionType.MISSION).equals(plan);
        client.close();
        server.close();
        return new Outcome(r.isSuccess(), exact, r.elapsed().toNanos() / 1e6, r.retransmissions(),
                System.nanoTime() - wall);
    }

    /**
     * The link's floor for an upload: per item one request and one item frame, each serialised
     * at 5760 bytes/s and each crossing the 25 ms latency — items × (round trip + serialisation).
     */
    static double floorMillis(MissionPlan plan) {
        double perByte = 1000.0 / LinkProfile.BAUD_57600;
        double total = 0;
        for (int i = 0; i < plan.size(); i++) {
            int request = MavlinkFrameSize.frameBytes(io.dronefleet.mavlink.common.MissionRequestInt.builder()
                    .targetSystem(255).targetComponent(190).seq(i)
                    .missionType(io.dronefleet.mavlink.util.EnumValue.create(0)).build());
            int item = MavlinkFrameSize.frameBytes(io.dronefleet.mavlink.common.MissionItemInt.builder()
                    .targetSystem(1).targetComponent(1).seq(i)
                    .frame(io.dronefleet.mavlink.util.EnumValue.create(plan.item(i).frame()))
                    .command(io.dronefleet.mavlink.util.EnumValue.create(plan.item(i).command()))
                    .current(0).autocontinue(1).param1(plan.item(i).param1()).param2(plan.item(i).param2())
                    .param3(plan.item(i).param3()).param4(plan.item(i).param4())
                    .x(plan.item(i).x()).y(plan.item(i).y()).z(plan.item(i).z())
                    .missionType(io.dronefleet.mavlink.util.EnumValue.create(0)).build());
            total += 2 * LATENCY.toMillis() + (request + item) * perByte;
        }
        return total;
    }
}
