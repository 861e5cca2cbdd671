package org.lifeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.fleet.Command;
import org.lifeline.fleet.CommandType;
import org.lifeline.fleet.EventType;
import org.lifeline.fleet.FleetEvent;
import org.lifeline.fleet.mqtt.MqttSettings;
import org.lifeline.groundstation.dispatch.desk.FleetRegistry;
import org.lifeline.groundstation.dispatch.flight.CommandKeyFile;
import org.lifeline.groundstation.dispatch.flight.DropPlanChannel;
import org.lifeline.groundstation.dispatch.flight.FleetCommands;
import org.lifeline.groundstation.dispatch.flight.FlightOrder;
import org.lifeline.groundstation.dispatch.flight.FlightResult;
import org.lifeline.groundstation.dispatch.flight.FlightSettings;
import org.lifeline.groundstation.dispatch.flight.SortieFlight;
import org.lifeline.groundstation.dispatch.flight.VehicleLink;
import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.groundstation.dispatch.store.Delivery;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.fleet.DroneView;
import org.lifeline.groundstation.fleet.FleetBus;
import org.lifeline.groundstation.session.LinkSessionOpener;
import org.lifeline.plan.PlanFiles;
import org.lifeline.time.SystemScheduler;

/**
 * The real agent truly disagreeing: the drop plan it gets lies 110 m north of the drop in the
 * mission uploaded to the simulator (a ground station whose plan and mission went apart). Once
 * the agent has read that mission it stores the plan with its disagreement (one real
 * DROP_PLAN_MISMATCH); the upload fails with the agent's reason, the plan is cancelled, the
 * mission is cleared on the vehicle and the parcel is back in the queue.
 */
class DisagreeingDropPlanTest {

    @TempDir
    Path dir;

    @Test
    void aDropPlanTheAgentDisagreesWithFailsTheUploadClearsTheMissionAndRequeuesTheParcel() throws Exception {
        try (DispatchRig rig = new DispatchRig(dir)) {
            String sortieId = rig.importAndPlan("""
                    ref,requester,recipient,phone,drop_point,items,weight_g,priority
                    R-1,Fire station desk,Yard gate guard,138-0000-0102,dp-fire-yard,test strips,200,URGENT_MEDICINE
                    """);
            try (DeliveryStore store = DeliveryStore.openSqlite(rig.data, Clock.systemUTC());
                 SystemScheduler gsClock = new SystemScheduler("gs-clock");
                 FleetBus bus = new FleetBus(MqttSettings.plain(rig.broker.uri(), "gs-disagree", true), gsClock, 3_000)) {
                String parcel = store.sortie(sortieId).orElseThrow().parcelIds().get(0);
                List<FleetEvent> events = new CopyOnWriteArrayList<>();
                bus.onEvent(events::add);
                bus.start();
                Broker.await("the agent of sim-1 online", Duration.ofSeconds(15),
                        () -> bus.view(DispatchRig.DRONE).map(DroneView::online).orElse(false));
                FleetCommands real = new FleetCommands(bus, CommandKeyFile.signer(rig.commandKey));
                DropPlanChannel offNorth = c -> real.send(c.type() == CommandType.SET_DROP_PLAN ? shifted(c) : c);
                SortieFlight flight = new SortieFlight(store, offNorth, new LinkSessionOpener(), FlightSettings.DEFAULTS,
                        Clock.systemUTC());
                FlightOrder order = FlightOrder.of(sortieId, FleetRegistry.read(rig.fleet).get(0), Optional.empty());
                order = order.withLink(VehicleLink.of(order.link().uri()).withHeartbeatWait(Duration.ofSeconds(20)));
                List<String> notes = new CopyOnWriteArrayList<>();

                FlightResult r = flight.upload(order, notes::add);

                assertThat(r.kind()).as(r + "\n" + notes).isEqualTo(FlightResult.Kind.FAILED);
                assertThat(r.step()).isEqualTo(FlightResult.Step.DROP_PLANS);
                assertThat(r.message()).contains("sim-1's agent does not agree with the drop plan of " + parcel)
                        .contains("from the planned drop point").contains("the mission was cleared on the vehicle")
                        .contains("back in the queue: " + parcel);
                assertThat(notes).anyMatch(n -> n.startsWith("drop plan of " + parcel + " cancelled on sim-1: ACCEPTED"));
                assertThat(store.find(parcel).map(Delivery::state)).contains(DeliveryState.REQUESTED);
                assertThat(store.history(parcel).get(store.history(parcel).size() - 2).reason())
                        .contains("does not agree").contains("from the planned drop point");

                Path onVehicle = dir.resolve("on-vehicle.plan");
                DispatchRig.Run read = DispatchRig.lifeline("mission", "download", "--connect", rig.link, "--no-tlog",
                        "--wait", "20", "--type", "mission", onVehicle.toString());
                assertThat(read.exit()).as(read.err()).isZero();
                assertThat(PlanFiles.read(onVehicle).mission()).as("the mission cleared: it cannot be started").isEmpty();

                Broker.await("the agent reads the cleared mission", Duration.ofSeconds(20), () -> events.stream()
                        .anyMatch(e -> e.type() == EventType.MISSION_CHANGED && e.message().contains("drops at items []")));
                assertThat(events.stream().filter(e -> e.type() == EventType.DROP_PLAN_MISMATCH).toList())
                        .as("only the real disagreement; the cancelled plan is not compared with the cleared mission")
                        .singleElement().satisfies(e -> assertThat(e.parcelId()).contains(parcel));
            }
        }
    }

    /** The drop plan 0.001° (about 110 m) north of the drop the mission holds. */
    private static Command shifted(Command c) {
        Map<String, String> args = new HashMap<>(c.args());
        args.put("lat", String.format(Locale.ROOT, "%.7f", Double.parseDouble(args.get("lat")) + 0.001));
        return new Command(c.commandId(), c.droneId(), c.timeMillis(), c.type(), args, c.signature());
    }
}
