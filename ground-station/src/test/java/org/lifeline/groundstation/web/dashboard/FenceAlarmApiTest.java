package org.lifeline.groundstation.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.fleet.Telemetry;
import org.lifeline.groundstation.logs.archive.UploadedPlans;
import org.lifeline.support.Await;

/**
 * The dashboard's fence alarms, end to end through the API: the plan uploaded to the drone is the
 * one recorded in the data folder; an armed drone reported outside its fence raises a breach, and
 * back well inside, the alarm is gone.
 */
class FenceAlarmApiTest {

    @TempDir
    Path data;

    @Test
    void anArmedDroneOutsideItsUploadedFenceRaisesTheBreachAlarmAndBackInsideItClears() throws Exception {
        try (FleetRig rig = new FleetRig()) {
            try (OperationsFixture web = new OperationsFixture(data, rig.fleet, null, 200)) {
                new UploadedPlans(data).record(OperationsFixture.DRONE, web.planFile);
                String[] s = web.session();
                send(rig, 34.20, 114.60); // kilometres north-east of the operating area
                assertThat(Await.until(() -> kinds(web, s[0]).contains("FENCE_BREACH"), Duration.ofSeconds(15)))
                        .as(web.get("/api/alarms", s[0]).body()).isTrue();
                assertThat(web.get("/api/alarms", s[0]).body()).contains(OperationsFixture.DRONE + ": ", "OUTSIDE the fence (breach)");

                send(rig, 34.0655, 114.401); // the fire station, where the sortie starts
                assertThat(Await.until(() -> !kinds(web, s[0]).contains("FENCE_BREACH") && !kinds(web, s[0]).contains("FENCE_MARGIN"),
                        Duration.ofSeconds(15))).as(web.get("/api/alarms", s[0]).body()).isTrue();
            }
        }
    }

    private static void send(FleetRig rig, double lat, double lon) throws Exception {
        rig.telemetry(new Telemetry(OperationsFixture.DRONE, System.currentTimeMillis(), lat, lon, 40, 90, 10, 0, 80, 15.9, 3, 12, "AUTO",
                true, 2));
    }

    @SuppressWarnings("unchecked")
    private static List<String> kinds(OperationsFixture web, String cookie) {
        try {
            List<Object> alarms = OperationsFixture.jsonList(web.get("/api/alarms", cookie).body());
            return alarms.stream().map(a -> String.valueOf(((Map<String, Object>) a).get("kind"))).toList();
        } catch (Exception e) {
            return List.of();
        }
    }
}
