package org.lifeline.groundstation.planning.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.planning.vehicle.VehicleFileReader;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;
import org.lifeline.mavlink.sim.LinkProfile;
import org.lifeline.mavlink.sim.SimulatedChannelPair;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;
import org.lifeline.mission.transfer.MissionServer;
import org.lifeline.mission.transfer.MissionTransferClient;
import org.lifeline.mission.transfer.ServerOptions;
import org.lifeline.mission.transfer.TransferOptions;
import org.lifeline.mission.transfer.TransferOutcome;
import org.lifeline.mission.transfer.TransferResult;
import org.lifeline.plan.FencePolygon;
import org.lifeline.plan.FlightPlan;
import org.lifeline.plan.Geofence;
import org.lifeline.plan.VehiclePlans;
import org.lifeline.time.ManualScheduler;

/**
 * A planned delivery survives the trip to the vehicle: mission, fence and rally uploaded with
 * the mission transfer engine over a simulated 57600-baud radio (fake time), read back, and
 * turned into the same flight plan.
 */
class MissionUploadRoundTripTest {

    private final ManualScheduler scheduler = new ManualScheduler();
    private final SimulatedChannelPair link = SimulatedChannelPair.symmetric(scheduler,
            LinkProfile.radio57600(Duration.ofMillis(25)), 7);
    private final MissionTransferClient client = new MissionTransferClient(link.ground(), scheduler, TransferOptions.defaults());
    private final MissionServer vehicle = new MissionServer(link.vehicle(), scheduler, ServerOptions.defaults());

    private TransferResult await(CompletableFuture<TransferResult> future) {
        long limit = scheduler.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (!future.isDone()) {
            long next = scheduler.nextDueNanos();
            if (next < 0 || next > limit) {
                throw new AssertionError("transfer never finished by " + scheduler.millis() + " ms");
            }
            scheduler.advance(Duration.ofNanos(next - scheduler.nanoTime()));
        }
        return future.join();
    }

    @Test
    void plannedTourUploadsAndReadsBackUnchanged() throws Exception {
        Airspace airspace = SampleAirspace.read();
        VehicleProfile quad = VehicleFileReader.read(SampleAirspace.VEHICLE);
        DeliveryPlan plan = new DeliveryPlanner(airspace, quad,
                new AirspaceLegRouter(airspace, quad, 30),
                DeliveryPlanner.projectionFor(airspace)).plan(new DeliveryRequest("launch-west",
                List.of("dp-jianshe-b3", "dp-beiguan-market", "dp-xicheng-12"), 30, OptionalDouble.empty(),
                List.of(), Landing.LAND));
        VehiclePlans plans = VehiclePlans.of(plan.flightPlan());
        assertThat(plans.mission().items()).isEqualTo(plan.mission().items());

        for (MissionPlan p : List.of(plans.mission(), plans.fence(), plans.rally())) {
            TransferResult up = await(client.uploadVerified(p));
            assertThat(up.outcome()).as(up.toString()).isEqualTo(TransferOutcome.SUCCESS);
            assertThat(vehicle.plan(p.type())).isEqualTo(p);
        }
        MissionPlan mission = await(client.download(MissionType.MISSION)).plan();
        MissionPlan fence = await(client.download(MissionType.FENCE)).plan();
        MissionPlan rally = await(client.download(MissionType.RALLY)).plan();
        FlightPlan back = new VehiclePlans(mission, fence, rally).toFlightPlan();
        assertThat(back.mission()).isEqualTo(plan.flightPlan().mission());
        assertThat(back.rally()).isEqualTo(plan.flightPlan().rally());
        assertSameAtWireResolution(back.fence(), plan.flightPlan().fence());
    }

    /** Fence vertices travel as degrees × 1e7: equal to within half a unit (about 6 mm). */
    private static void assertSameAtWireResolution(Geofence actual, Geofence expected) {
        assertThat(actual.polygons()).hasSameSizeAs(expected.polygons());
        for (int i = 0; i < expected.polygons().size(); i++) {
            FencePolygon a = actual.polygons().get(i);
            FencePolygon e = expected.polygons().get(i);
            assertThat(a.inclusion()).isEqualTo(e.inclusion());
            assertThat(a.vertices()).hasSameSizeAs(e.vertices());
            for (int k = 0; k < e.vertices().size(); k++) {
                assertThat(a.vertices().get(k).latitude()).isCloseTo(e.vertices().get(k).latitude(), within(0.6e-7));
                assertThat(a.vertices().get(k).longitude()).isCloseTo(e.vertices().get(k).longitude(), within(0.6e-7));
            }
        }
        assertThat(actual.circles()).hasSameSizeAs(expected.circles());
        for (int i = 0; i < expected.circles().size(); i++) {
            assertThat(actual.circles().get(i).radiusMetres()).isCloseTo(expected.circles().get(i).radiusMetres(), within(1e-3));
        }
    }
}
