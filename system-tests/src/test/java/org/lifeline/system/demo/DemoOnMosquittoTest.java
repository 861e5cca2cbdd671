package org.lifeline.system.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.groundstation.dispatch.state.Transition;
import org.lifeline.groundstation.dispatch.store.Delivery;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.support.ExternalProgram;
import org.lifeline.support.MosquittoProcess;

/**
 * The same demo against a real Mosquitto ({@code --broker tcp://…}) behaves as on the embedded
 * broker: the three agents and the ground station meet on it, every delivery ends CONFIRMED with
 * its whole history, and nothing the demo started is left running. (Mosquitto is started by the
 * test; the demo itself still runs with no {@code mosquitto} on its PATH.)
 */
class DemoOnMosquittoTest {

    @TempDir
    Path work;

    @Test
    void theDemoOnARealMosquittoConfirmsEveryDeliveryAndLeavesNothingRunning() throws Exception {
        if (ExternalProgram.locate("mosquitto").isEmpty()) {
            ExternalProgram.skipOrFail(ExternalProgram.missingMessage("mosquitto", "mosquitto"));
        }
        try (MosquittoProcess broker = MosquittoProcess.start(work.resolve("broker"));
             DemoProcess demo = DemoProcess.start(work, work.resolve("demo-out"), "--port", "0", "--recipient-delay", "4",
                     "--broker", broker.uri())) {
            assertThat(demo.awaitExit(Duration.ofMinutes(6))).as(demo.output()).isTrue();
            assertThat(demo.exitValue()).as(demo.output()).isZero();
            assertThat(demo.output()).contains("fleet bus: the broker at " + broker.uri(), "3 deliveries, 3 confirmed")
                    .doesNotContain("embedded MQTT broker");
            assertThat(demo.children()).as("the simulators and agents seen while it ran").hasSizeGreaterThanOrEqualTo(6);
            assertThat(demo.stillRunning()).isEmpty();
            try (DeliveryStore store = DeliveryStore.openSqlite(work.resolve("demo-out").resolve("data"), Clock.systemUTC())) {
                List<Delivery> all = store.list(EnumSet.allOf(DeliveryState.class), 100);
                assertThat(all).hasSize(3).allSatisfy(d -> {
                    assertThat(d.state()).isEqualTo(DeliveryState.CONFIRMED);
                    assertThat(store.history(d.id())).extracting(Transition::to).containsExactly(DeliveryState.REQUESTED,
                            DeliveryState.ASSIGNED, DeliveryState.PLANNED, DeliveryState.UPLOADED, DeliveryState.IN_FLIGHT,
                            DeliveryState.RELEASED, DeliveryState.CONFIRMED);
                });
            }
        }
    }
}
