package org.lifeline.groundstation.dispatch.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.dispatch.DispatchFixtures;
import org.lifeline.groundstation.planning.mission.AirspaceLegRouter;
import org.lifeline.groundstation.planning.mission.DeliveryPlan;
import org.lifeline.groundstation.planning.mission.DeliveryPlanner;
import org.lifeline.groundstation.planning.mission.DeliveryRequest;
import org.lifeline.groundstation.planning.mission.Landing;
import org.lifeline.groundstation.planning.mission.SampleAirspace;
import org.lifeline.groundstation.planning.vehicle.VehicleFileReader;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;
import org.lifeline.plan.FlightPlan;
import org.lifeline.plan.PlanFiles;

/** The preview of a written {@code .plan} says what the planner said when it made it. */
class PlanPreviewsTest {

    @TempDir
    Path dir;

    @Test
    void thePreviewOfAPlanFileHasThePlannersEnergyReleasesAndAProfileThatEndsOnTheGround() throws Exception {
        VehicleProfile vehicle = VehicleFileReader.read(SampleAirspace.VEHICLE);
        DeliveryPlanner planner = new DeliveryPlanner(DispatchFixtures.AIRSPACE, vehicle,
                new AirspaceLegRouter(DispatchFixtures.AIRSPACE, vehicle, 30), DeliveryPlanner.projectionFor(DispatchFixtures.AIRSPACE));
        DeliveryPlan plan = planner.plan(new DeliveryRequest("launch-fire", List.of("dp-jianshe-b3", "dp-elderly-home"), 30,
                OptionalDouble.of(0.8), List.of(), Landing.LAND));
        Path file = dir.resolve("s.plan");
        PlanFiles.write(file, plan.flightPlan());

        PlanPreview p = PlanPreviews.of("S-1", "drone-1", PlanFiles.read(file), vehicle);

        assertThat(p.wattHours()).isCloseTo(plan.energy().wattHours(), within(0.05));
        assertThat(p.seconds()).isCloseTo(plan.energy().seconds(), within(0.5));
        assertThat(p.marginWh()).isCloseTo(plan.energy().marginWh(), within(0.05));
        assertThat(p.keepsReserve()).isEqualTo(plan.energy().marginWh() >= 0);
        assertThat(p.reservePercent()).isEqualTo(vehicle.reservePercent());
        assertThat(p.releases()).hasSize(2);
        assertThat(p.legs()).extracting(l -> l.leg()).containsExactly("to drop 1", "to drop 2", "home");
        assertThat(p.profile().get(0)).containsExactly(0, 0);
        assertThat(p.profile().get(p.profile().size() - 1)[1]).as("it lands").isZero();
        assertThat(p.profile()).extracting(d -> d[0]).isSorted();
        assertThat(p.route()).hasSameSizeAs(p.profile());
        assertThat(p.fence()).isEqualTo(plan.flightPlan().fence());
        assertThat(PlanPreviews.route(PlanFiles.read(file))).isEqualTo(p.route());
    }

    @Test
    void aPlanWithoutAHomeIsRefusedSayingWhatIsMissing() {
        FlightPlan homeless = new FlightPlan(Optional.empty(), List.of(), org.lifeline.plan.Geofence.none(), List.of());
        assertThatThrownBy(() -> PlanPreviews.route(homeless)).hasMessageContaining("plannedHomePosition");
    }
}
